import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import { api } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { statusOf } from '../../../lib/fields.ts';

export interface AttachRequest {
  /** The data center's `storagedomains` link. */
  attachedHref: string;
  storageDomainId: string;
}

/** Statuses after which the engine is already on its way to `active` by itself. */
const ON_ITS_WAY = new Set(['active', 'activating', 'locked']);

/**
 * Attaches a domain to a data center. v4 engines activate on attach; 3.x engines leave it
 * inactive and expect an explicit activate, so ask for one when the domain did not start.
 */
export async function attachStorageDomain({ attachedHref, storageDomainId }: AttachRequest): Promise<Resource> {
  const attached = await api().create(attachedHref, 'storage_domain', { id: storageDomainId });
  if (!ON_ITS_WAY.has(statusOf(attached) ?? '') && attached.href && attached.actions.activate) {
    await api().action(attached.href, 'activate');
  }
  return attached;
}

/**
 * @example
 * const attach = useAttachStorageDomain();
 * attach.mutate({ attachedHref: dc.links.storagedomains, storageDomainId: sd.id });
 */
export function useAttachStorageDomain() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: attachStorageDomain,
    // Attaching changes the domain, the data center's list and status, and both summaries:
    // refresh everything read from the engine rather than guess every href involved.
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.api }),
  });
}
