import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { api } from '../../../app/api-client.ts';
import { isAffectedBy, queryKeys } from '../../../app/query-keys.ts';

export interface UpdateRequest {
  href: string;
  kind: string;
  /** Only the changed members (a partial PUT). */
  fields: InputFields;
}

export function updateResource({ href, kind, fields }: UpdateRequest): Promise<Resource> {
  return api().update(href, kind, fields);
}

/**
 * PUTs the changed members of an object; the engine's answer replaces the cached object.
 * @example
 * const edit = useUpdateResource();
 * edit.mutate({ href: vm.href, kind: 'vm', fields: { description: 'web tier' } });
 */
export function useUpdateResource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateResource,
    onSuccess: (res, req) => {
      qc.setQueryData(queryKeys.resource(req.href), res);
      return qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.href) });
    },
  });
}
