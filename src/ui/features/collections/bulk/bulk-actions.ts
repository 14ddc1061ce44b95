// Which actions a selection of items can take together: those every selected item lists,
// that need no parameters (a bulk run cannot ask per item), ordered as the portal's toolbar
// orders them; each enabled only when every item's status allows it.
import { describeAction, isActionEnabled } from '../../../../api/actions.ts';
import type { Resource } from '../../../../api/resource.ts';
import { splitActions } from '../../../app/action-rules.ts';
import { statusOf } from '../../../lib/fields.ts';

export interface BulkAction {
  name: string;
  /** Selected items whose status refuses the action. */
  refusedBy: Resource[];
}

function needsInput(kind: string, action: string): boolean {
  return !!describeAction(kind, action)?.params.some((p) => p.required);
}

export function commonActions(items: Resource[]): BulkAction[] {
  if (items.length === 0) return [];
  const kind = items[0].kind;
  // Different kinds never share a bulk action (a mixed selection cannot happen in one table).
  if (items.some((it) => it.kind !== kind)) return [];
  const shared = Object.keys(items[0].actions).filter((a) => items.every((it) => a in it.actions) && !needsInput(kind, a));
  const { primary, more } = splitActions(kind, shared);
  return [...primary, ...more].map((name) => ({ name, refusedBy: items.filter((it) => !isActionEnabled(kind, statusOf(it), name)) }));
}

export interface ItemResult {
  item: Resource;
  state: 'pending' | 'running' | 'done' | 'failed';
  /** Engine job status (`complete`, `pending`) when done, the fault's reason and detail when failed. */
  message?: string;
  detail?: string;
}

/** Runs `run` over the items at most `limit` at a time, reporting each result as it lands;
 * one failure does not stop the others. */
export async function runEach<T>(items: T[], limit: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await run(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
