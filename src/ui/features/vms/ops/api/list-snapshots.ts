import { useQuery } from '@tanstack/react-query';
import type { Collection } from '../../../../../api/resource.ts';
import { pollInterval } from '../../../../app/polling.ts';
import { collectionQueryOptions } from '../../../collections/api/get-collection.ts';

/** Same cache entry as the generic list of the tab (fetcher: getCollection). */
export const snapshotsQueryOptions = (href: string) => collectionQueryOptions(href, {});

/** Snapshots still being made or changed make the list worth re-reading every second. */
function busy(data: Collection | undefined): boolean {
  return !!data?.items.some((s) => s.fields.snapshot_status === 'locked');
}

/**
 * A VM's snapshots (`vm.links.snapshots`), in the cache the generic list uses; polled every
 * second while one is locked or `fast` (the VM itself is changing), else at the usual rhythm.
 * @example
 * const { data } = useSnapshots(vm.links.snapshots, vmIsLocked);
 */
export function useSnapshots(href: string | undefined, fast: boolean) {
  return useQuery({
    ...snapshotsQueryOptions(href ?? ''),
    enabled: !!href,
    refetchInterval: (q) => (fast || busy(q.state.data) ? 1000 : pollInterval()),
    refetchIntervalInBackground: true,
  });
}
