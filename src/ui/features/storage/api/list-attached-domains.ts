import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Collection } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { pollInterval } from '../../../app/polling.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { statusOf } from '../../../lib/fields.ts';

/** Statuses the engine leaves on its own within seconds: worth watching closely. */
const PASSING = new Set(['locked', 'activating', 'preparing_for_maintenance', 'detaching', 'unknown']);

export function listAttachedDomains(client: UiApi, href: string, signal?: AbortSignal): Promise<Collection> {
  return client.list(href, {}, signal);
}

export const attachedDomainsQueryOptions = (href: string) =>
  queryOptions({
    queryKey: [...queryKeys.collection(href, {}), ''] as const,
    queryFn: (ctx) => listAttachedDomains(apiForQuery(ctx), href, ctx.signal),
    placeholderData: keepPreviousData,
  });

/**
 * The storage domains attached to one data center, each with its status THERE
 * (`/datacenters/{dc}/storagedomains`). Polls every second while a domain is passing through
 * locked / activating / preparing for maintenance, at the normal rate otherwise.
 * @example
 * const { data } = useAttachedDomains(dc.links.storagedomains);
 */
export function useAttachedDomains(href: string | undefined) {
  return useQuery({
    ...attachedDomainsQueryOptions(href ?? ''),
    enabled: !!href,
    refetchInterval: (q) => (q.state.data?.items.some((sd) => PASSING.has(statusOf(sd) ?? '')) ? 1000 : pollInterval()),
    refetchIntervalInBackground: true,
  });
}
