import type { Resource } from '../../../../../api/resource.ts';
import { isReference } from '../../../../lib/fields.ts';
import { useResource } from '../../../resources/api/get-resource.ts';

/**
 * The cluster and data center a VM lives in, by following its `cluster` reference and the
 * cluster's `data_center` (names and links change rarely: a long staleTime).
 * @example
 * const { dataCenter } = useVmDataCenter(vm);
 * dataCenter?.links.networks;
 */
export function useVmDataCenter(vm: Resource | undefined) {
  const clusterRef = vm?.fields.cluster;
  const cluster = useResource(isReference(clusterRef) ? clusterRef.href : undefined, { staleTime: 300_000 });
  const dcRef = cluster.data?.fields.data_center;
  const dataCenter = useResource(isReference(dcRef) ? dcRef.href : undefined, { staleTime: 300_000 });
  return {
    cluster: cluster.data,
    dataCenter: dataCenter.data,
    /** Still following references (false when the VM has no cluster to follow). */
    isPending: isReference(clusterRef) && (cluster.isPending || (isReference(dcRef) && dataCenter.isPending)) && !cluster.error && !dataCenter.error,
    error: cluster.error ?? dataCenter.error,
  };
}
