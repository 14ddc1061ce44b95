// The few VMs using the most CPU or memory: the engine sorts (`sortby cpu_usage desc`), a
// `max`-limited page comes with its statistics inlined, so each list is one small request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { dashboardInterval } from './dashboard-poll.ts';

export type TopBy = 'cpu' | 'memory';
export const TOP_COUNT = 5;
const SORT: Record<TopBy, string> = { cpu: 'cpu_usage', memory: 'mem_usage' };

export async function getTopVms(client: UiApi, href: string, by: TopBy, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { search: `status=up sortby ${SORT[by]} desc`, max: TOP_COUNT, follow: 'statistics' }, signal)).items;
}

export const topVmsQueryOptions = (href: string, by: TopBy) =>
  queryOptions({ queryKey: queryKeys.dashboard(`top-${by}:${href}`), queryFn: (ctx) => getTopVms(apiForQuery(ctx), href, by, ctx.signal) });

export function useTopVms(href: string | undefined, by: TopBy) {
  return useQuery({ ...topVmsQueryOptions(href ?? '', by), enabled: !!href, refetchInterval: dashboardInterval });
}
