import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { CARD_MAX, dashboardInterval } from './dashboard-poll.ts';

export async function getClusters(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { max: CARD_MAX }, signal)).items;
}

export const clustersQueryOptions = (href: string) =>
  queryOptions({ queryKey: queryKeys.dashboard(`clusters:${href}`), queryFn: (ctx) => getClusters(apiForQuery(ctx), href, ctx.signal) });

/** Clusters for the inventory card (v4 clusters have no status: the card shows the total). */
export function useDashboardClusters(href: string | undefined) {
  return useQuery({ ...clustersQueryOptions(href ?? ''), enabled: !!href, refetchInterval: dashboardInterval });
}
