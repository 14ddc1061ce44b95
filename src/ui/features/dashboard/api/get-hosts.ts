// Hosts with their statistics inlined: the host card's status counts and the global CPU and
// memory utilization in one request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { CARD_MAX, dashboardInterval } from './dashboard-poll.ts';

export async function getHostsWithStatistics(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { max: CARD_MAX, follow: 'statistics' }, signal)).items;
}

export const hostsQueryOptions = (href: string) =>
  queryOptions({ queryKey: queryKeys.dashboard(`hosts:${href}`), queryFn: (ctx) => getHostsWithStatistics(apiForQuery(ctx), href, ctx.signal) });

export function useDashboardHosts(href: string | undefined) {
  return useQuery({ ...hostsQueryOptions(href ?? ''), enabled: !!href, refetchInterval: dashboardInterval });
}
