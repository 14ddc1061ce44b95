// VM counts without listing VMs: `detail=-main+size` answers with the count only (api-reference
// §3). Engines that ignore it send the VMs, which are then counted.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { dashboardInterval } from './dashboard-poll.ts';

export interface VmCounts {
  total: number;
  up: number;
  down: number;
}

async function count(client: UiApi, href: string, search: string | undefined, signal?: AbortSignal): Promise<number> {
  const c = await client.list(href, { ...(search ? { search } : {}), query: { detail: '-main+size' } }, signal);
  return c.size ?? c.items.length;
}

export async function getVmCounts(client: UiApi, href: string, signal?: AbortSignal): Promise<VmCounts> {
  const [total, up, down] = await Promise.all([count(client, href, undefined, signal), count(client, href, 'status=up', signal), count(client, href, 'status=down', signal)]);
  return { total, up, down };
}

export const vmCountsQueryOptions = (href: string) =>
  queryOptions({ queryKey: queryKeys.dashboard(`vm-counts:${href}`), queryFn: (ctx) => getVmCounts(apiForQuery(ctx), href, ctx.signal) });

export function useVmCounts(href: string | undefined) {
  return useQuery({ ...vmCountsQueryOptions(href ?? ''), enabled: !!href, refetchInterval: dashboardInterval });
}
