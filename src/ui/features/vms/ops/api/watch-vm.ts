import { useResource } from '../../../resources/api/get-resource.ts';
import { statusOf } from '../../../../lib/fields.ts';
import { isTransitional } from '../../../../lib/status.ts';

/**
 * The VM as it is now, re-read every second while its status is transitional (locked by a
 * snapshot operation, launching, migrating) so tabs can enable the next step promptly; the
 * detail page's own poll keeps the same cache entry fresh otherwise.
 * @example
 * const vm = useWatchedVm(resource.href).data ?? resource;
 */
export function useWatchedVm(href: string | undefined, eager = false) {
  // staleTime: mounting after the page's own fetch must not fetch the VM a second time
  return useResource(href, { staleTime: 5_000, refetchInterval: (q) => (eager || isTransitional(q.state.data ? statusOf(q.state.data) : undefined) ? 1000 : false) });
}
