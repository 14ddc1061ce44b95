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

export function useJobs(href: string | undefined, search: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...jobsQueryOptions(href ?? '', search),
    enabled: !!href && !!search && options.enabled !== false,
    refetchInterval: () => pollInterval(),
    refetchIntervalInBackground: true,
  });
}
