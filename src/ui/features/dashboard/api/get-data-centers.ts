// Data centers with their attached storage domains inlined (`follow=storage_domains`): one
// request gives the data-center card, the storage-domain statuses (which only exist per data
// center) and the storage utilization.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { CARD_MAX, dashboardInterval } from './dashboard-poll.ts';

export async function getDataCenters(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { max: CARD_MAX, follow: 'storage_domains' }, signal)).items;
}

export const dataCentersQueryOptions = (href: string) =>
  queryOptions({ queryKey: queryKeys.dashboard(`datacenters:${href}`), queryFn: (ctx) => getDataCenters(apiForQuery(ctx), href, ctx.signal) });

export function useDashboardDataCenters(href: string | undefined) {
  return useQuery({ ...dataCentersQueryOptions(href ?? ''), enabled: !!href, refetchInterval: dashboardInterval });
}
