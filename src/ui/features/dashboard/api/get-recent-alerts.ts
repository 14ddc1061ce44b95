// The newest warning-or-worse events, counted by severity for the events card.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { dashboardInterval } from './dashboard-poll.ts';

export const RECENT_ALERTS_MAX = 100;

export async function getRecentAlerts(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource[]> {
  return (await client.list(href, { search: 'severity>=warning', max: RECENT_ALERTS_MAX }, signal)).items;
}

export const recentAlertsQueryOptions = (href: string) =>
  queryOptions({ queryKey: queryKeys.dashboard(`alerts:${href}`), queryFn: (ctx) => getRecentAlerts(apiForQuery(ctx), href, ctx.signal) });

export function useRecentAlerts(href: string | undefined) {
  return useQuery({ ...recentAlertsQueryOptions(href ?? ''), enabled: !!href, refetchInterval: dashboardInterval });
}
