import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiClient } from '../../../../api/client.ts';
import type { ActionResult } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { api } from '../../../app/api-client.ts';
import { isAffectedBy } from '../../../app/query-keys.ts';
import { newCorrelationId, trackAction } from '../../notifications/correlation.ts';

export interface ActionRequest {
  /** Href of the resource the action applies to. */
  href: string;
  /** Action name as the engine lists it (`start`, `shutdown`, `deactivate`). */
  name: string;
  params?: InputFields;
  /** How the notification drawer names the action (`Start vm01`); the action name otherwise. */
  label?: string;
}

export interface ActionOutcome extends ActionResult {
  /** The `Correlation-Id` the request carried: the engine tags the action's jobs and events with
   * it, and the notification drawer follows them by it. */
  correlationId: string;
}

/** Runs an engine action under a fresh correlation id, tracked for the notification drawer. */
export async function runAction({ href, name, params, label }: ActionRequest): Promise<ActionOutcome> {
  const correlationId = newCorrelationId();
  trackAction({ id: correlationId, method: 'POST', path: `${href.replace(/\/+$/, '')}/${name}`, startedAt: Date.now(), label: label ?? name, href });
  const client = api();
  const headers = { 'Correlation-Id': correlationId };
  // The UI's client interface takes no request options; the client core's does.
  const result = client instanceof ApiClient ? await client.action(href, name, params, { headers }) : await client.action(href, name, params);
  return { ...result, correlationId };
}

/**
 * Runs an action and refreshes everything it may have changed (the resource, its
 * sub-collections, the lists holding it, the summary counts).
 * @example
 * const start = useRunAction();
 * start.mutate({ href: vm.href, name: 'start' }, { onSuccess: (r) => toast(r.correlationId) });
 */
export function useRunAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runAction,
    onSettled: (_data, _err, req) => qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.href) }),
  });
}
