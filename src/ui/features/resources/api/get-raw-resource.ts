import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';

export type RawFormat = 'xml' | 'json';

export interface RawDocument {
  text: string;
  contentType: string;
}

/** The resource's document exactly as the engine sends it in `format` (no parsing). */
export async function getRawResource(client: UiApi, href: string, format: RawFormat, signal?: AbortSignal): Promise<RawDocument> {
  const res = await client.transport.request('GET', href, { accept: format === 'json' ? 'application/json' : 'application/xml', signal });
  return { text: res.text, contentType: res.contentType };
}

export const rawResourceQueryOptions = (href: string, format: RawFormat) =>
  queryOptions({
    queryKey: queryKeys.raw(href, format),
    queryFn: (ctx) => getRawResource(apiForQuery(ctx), href, format, ctx.signal),
  });

/**
 * The raw document of a resource, fetched when the Raw tab opens.
 * @example
 * const { data } = useRawResource(vm.href, 'xml');
 * data?.text; // '<vm href=… id=…>…'
 */
export function useRawResource(href: string | undefined, format: RawFormat) {
  return useQuery({ ...rawResourceQueryOptions(href ?? '', format), enabled: !!href });
}
