import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Collection } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { getCollection } from './get-collection.ts';

/** Upper bound of an "all results" export: one request, no paging; a bigger result says so. */
export const EXPORT_LIMIT = 10_000;

export interface AllItemsParams {
  search?: string;
  follow?: string;
}

/** Every item of a collection (or of a search) up to EXPORT_LIMIT, in one request. */
export function getAllItems(client: UiApi, href: string, params: AllItemsParams, signal?: AbortSignal): Promise<Collection> {
  return getCollection(client, href, { search: params.search, max: EXPORT_LIMIT, follow: params.follow }, signal);
}

export const allItemsQueryOptions = (href: string, params: AllItemsParams) =>
  queryOptions({
    queryKey: [...queryKeys.collection(href, { search: params.search, max: EXPORT_LIMIT }), params.follow ?? '', 'all'] as const,
    queryFn: (ctx) => getAllItems(apiForQuery(ctx), href, params, ctx.signal),
    // An export wants what the engine has now, not what a previous export saw.
    staleTime: 0,
  });

/**
 * A function that loads a collection's whole result on demand (for exports).
 * @example
 * const fetchAll = useFetchAllItems(href);
 * const { items } = await fetchAll({ search: 'status=up', follow: 'host' });
 */
export function useFetchAllItems(href: string) {
  const qc = useQueryClient();
  return useCallback((params: AllItemsParams) => qc.fetchQuery(allItemsQueryOptions(href, params)), [qc, href]);
}
