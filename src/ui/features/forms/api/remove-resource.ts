import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryValue } from '../../../../api/transport.ts';
import { api } from '../../../app/api-client.ts';
import { isAffectedBy, queryKeys } from '../../../app/query-keys.ts';

export interface RemoveRequest {
  href: string;
  /** DELETE parameters (`force`, storage domain `format` / `destroy` / `host`). */
  params?: Record<string, QueryValue>;
}

export function removeResource({ href, params }: RemoveRequest): Promise<void> {
  return api().remove(href, params);
}

/**
 * DELETEs an object and drops it from the cache (its lists refetch).
 * @example
 * const remove = useRemoveResource();
 * remove.mutate({ href: sd.href, params: { host: 'h1', format: true } });
 */
export function useRemoveResource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: removeResource,
    onSuccess: async (_r, req) => {
      qc.removeQueries({ queryKey: queryKeys.resource(req.href) });
      await qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.href) && q.queryKey[2] !== req.href, refetchType: 'active' });
    },
  });
}
