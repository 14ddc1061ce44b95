import { keepPreviousData, queryOptions, replaceEqualDeep, useQuery } from '@tanstack/react-query';
import type { Collection } from '../../../../api/resource.ts';
import type { ListOptions, UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { pollInterval } from '../../../app/polling.ts';

export interface CollectionParams {
  search?: string;
  page?: number;
  max?: number;
  /** Link paths to inline (`host,cluster`), so reference columns show names in one request. */
  follow?: string;
}

export function getCollection(client: UiApi, href: string, params: CollectionParams, signal?: AbortSignal): Promise<Collection> {
  const options: ListOptions = {};
  if (params.search) options.search = params.search;
  if (params.max) options.max = params.max;
  if (params.page && params.page > 1) options.page = params.page;
  if (params.follow) options.follow = params.follow;
  return client.list(href, options, signal);
}

export const collectionQueryOptions = (href: string, params: CollectionParams) =>
  queryOptions({
    queryKey: [...queryKeys.collection(href, params), params.follow ?? ''] as const,
    queryFn: (ctx) => getCollection(apiForQuery(ctx), href, params, ctx.signal),
    // Keep the previous page on screen while the next loads, as the portal does.
    placeholderData: keepPreviousData,
    structuralSharing: shareUnchangedItems,
  });

/** Above this many items a refresh replaces the page instead of comparing it item by item. */
export const SHARE_ITEMS_UP_TO = 1000;

// Sharing unchanged items with the previous answer keeps their rows from re-rendering, but the
// deep comparison is paid on every poll: at 5,000 VMs it held the main thread ~0.5 s, far more
// than re-rendering the few dozen rows a virtualized page shows.
export function shareUnchangedItems(previous: unknown, next: unknown): unknown {
  const items = (next as Partial<Collection> | undefined)?.items;
  return Array.isArray(items) && items.length > SHARE_ITEMS_UP_TO ? next : replaceEqualDeep(previous, next);
}

/**
 * One page of a collection, refreshed every 10 s (60 s when the window is in the background).
 * @example
 * const { data, error, isPending, refetch } = useCollection(api.links.vms, { search: 'status=up', page: 2, max: 50 });
 * data?.items.map((vm) => vm.fields.name);
 */
export function useCollection(href: string | undefined, params: CollectionParams, options: { enabled?: boolean; poll?: boolean } = {}) {
  return useQuery({
    ...collectionQueryOptions(href ?? '', params),
    enabled: !!href && options.enabled !== false,
    refetchInterval: options.poll === false ? false : () => pollInterval(),
    refetchIntervalInBackground: true,
  });
}
