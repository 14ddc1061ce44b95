import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntryPoint } from '../../../../api/resource.ts';
import { type UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { pollInterval } from '../../../app/polling.ts';

export function getEntryPoint(client: UiApi, signal?: AbortSignal): Promise<EntryPoint> {
  return client.entryPoint(signal);
}

export const entryPointQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.entryPoint(),
    queryFn: (ctx) => getEntryPoint(apiForQuery(ctx), ctx.signal),
    // The links never change during a session; the summary counts are worth a slow refresh.
    staleTime: 30_000,
  });

/**
 * The engine's entry point: collection links (navigation), product info, summary counts.
 * @example
 * const { data: api } = useEntryPoint();
 * const vmsHref = api?.links.vms;
 */
export function useEntryPoint(options: { poll?: boolean } = {}) {
  return useQuery({ ...entryPointQueryOptions(), refetchInterval: options.poll ? () => { const ms = pollInterval(); return ms === false ? false : ms * 3; } : false });
}
