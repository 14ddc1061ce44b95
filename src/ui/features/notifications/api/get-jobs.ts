// Jobs for the notification drawer, steps inlined: the running ones, and those started by
// this tab's own writes (followed by correlation id, api-reference §12).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { pollInterval } from '../../../app/polling.ts';

export const JOBS_MAX = 50;

export async function getJobs(client: UiApi, href: string, search: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { search, max: JOBS_MAX, follow: 'steps' }, signal)).items;
}

export const jobsQueryOptions = (href: string, search: string) =>
  queryOptions({ queryKey: queryKeys.jobs(href, search), queryFn: (ctx) => getJobs(apiForQuery(ctx), href, search, ctx.signal) });

/** Search for the jobs of some correlation ids (one request for all of them). */
export function correlationSearch(ids: readonly string[]): string {
  return ids.map((id) => `correlation_id=${id}`).join(' or ');
}

/** While an action of the user's is in flight its jobs are read this often (unless refreshing
 * is off), so the drawer follows the steps as they happen. */
export const FOLLOW_MS = 2_000;

/**
 * Jobs matching a search, polled at the app's rate; with `follow`, polled fast while
 * `follow(jobs, fetchedAt)` holds and not at all after.
 * @example
 * const { data } = useJobs(entry?.links.jobs, `correlation_id=${id}`, { follow: (jobs) => !jobs?.length || jobs.some(running) });
 */
export function useJobs(href: string | undefined, search: string, options: { enabled?: boolean; follow?: (jobs: Resource[] | undefined, fetchedAt: number) => boolean } = {}) {
  const { follow } = options;
  return useQuery({
    ...jobsQueryOptions(href ?? '', search),
    enabled: !!href && !!search && options.enabled !== false,
    refetchInterval: (query) => {
      const rate = pollInterval();
      if (rate === false) return false;
      if (!follow) return rate;
      return follow(query.state.data, query.state.dataUpdatedAt) ? Math.min(rate, FOLLOW_MS) : false;
    },
    refetchIntervalInBackground: true,
  });
}
