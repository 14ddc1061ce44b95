import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../../api/resource.ts';
import { api } from '../../../../app/api-client.ts';
import { isAffectedBy } from '../../../../app/query-keys.ts';
import { cdromBody, cdromUpdateHref } from '../cdrom.ts';

export interface CdromChange {
  /** The CD-ROM's href (`…/vms/1/cdroms/<zero uuid>`). */
  cdromHref: string;
  /** The VM's href, to refresh its pages afterwards. */
  vmHref: string;
  /** The ISO to insert; undefined ejects. */
  isoId: string | undefined;
  /** The VM runs: change the media now (`current=true`). */
  running: boolean;
}

export function updateCdrom({ cdromHref, isoId, running }: CdromChange): Promise<Resource> {
  return api().update(cdromUpdateHref(cdromHref, running), 'cdrom', cdromBody(isoId));
}

/**
 * Inserts or ejects a VM's CD.
 * @example
 * const change = useUpdateCdrom();
 * change.mutate({ cdromHref, vmHref: vm.href, isoId: 'rhel.iso', running: true });
 */
export function useUpdateCdrom() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateCdrom,
    onSuccess: (_res, req) => qc.invalidateQueries({ predicate: (q) => isAffectedBy(q.queryKey, req.vmHref) }),
  });
}
