import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { api } from '../../../app/api-client.ts';
import { isAffectedBy } from '../../../app/query-keys.ts';

export interface CreateRequest {
  collectionHref: string;
  /** Wire element name of the new object (`vm`, `storage_domain`). */
  kind: string;
  fields: InputFields;
}

export function createResource({ collectionHref, kind, fields }: CreateRequest): Promise<Resource> {
  return api().create(collectionHref, kind, fields);
}

/**
 * POSTs a new object and refreshes the lists that may hold it.
 * @example
 * const create = useCreateResource();
 * create.mutate({ collectionHref: '/ovirt-engine/api/vms', kind: 'vm', fields: { name: 'a', cluster: { id } } });
 */
export function useCreateResource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createResource,
    onSuccess: (_res, req) => qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.collectionHref) }),
  });
}
