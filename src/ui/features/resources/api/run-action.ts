import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionResult } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { api } from '../../../app/api-client.ts';
import { isAffectedBy } from '../../../app/query-keys.ts';

export interface ActionRequest {
  /** Href of the resource the action applies to. */
  href: string;
  /** Action name as the engine lists it (`start`, `shutdown`, `deactivate`). */
  name: string;
  params?: InputFields;
}

export function runAction({ href, name, params }: ActionRequest): Promise<ActionResult> {
  return api().action(href, name, params);
}

/**
 * Runs an action and refreshes everything it may have changed (the resource, its
 * sub-collections, the lists holding it, the summary counts).
 * @example
 * const start = useRunAction();
 * start.mutate({ href: vm.href, name: 'start' }, { onSuccess: () => toast(...) });
 */
export function useRunAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runAction,
    onSettled: (_data, _err, req) => qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.href) }),
  });
}
