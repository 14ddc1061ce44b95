import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import type { AttachedVerb } from '../attach-rules.ts';

export interface AttachedChange {
  /** Href of the domain under the data center (`/datacenters/{dc}/storagedomains/{sd}`). */
  href: string;
  verb: AttachedVerb;
}

/** Activate and deactivate are actions of the attachment; detach is its DELETE. */
export async function changeAttachedDomain({ href, verb }: AttachedChange): Promise<void> {
  if (verb === 'detach') await api().remove(href);
  else await api().action(href, verb);
}

/**
 * @example
 * const change = useChangeAttachedDomain();
 * change.mutate({ href: attached.href, verb: 'deactivate' });
 */
export function useChangeAttachedDomain() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: changeAttachedDomain,
    // The domain's status in the data center, the data center's own status and the domain's
    // top-level status all move: refresh everything rather than chase each href.
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.api }),
  });
}
