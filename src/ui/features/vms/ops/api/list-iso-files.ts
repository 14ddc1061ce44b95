import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Collection, Resource } from '../../../../../api/resource.ts';
import type { UiApi } from '../../../../app/api-client.ts';
import { apiForQuery } from '../../../../app/query-api.ts';
import { queryKeys } from '../../../../app/query-keys.ts';

/** The ISO images of every ISO domain given, each listed from the domain's `files` link. */
export async function getIsoFiles(client: UiApi, domains: readonly Resource[], signal?: AbortSignal): Promise<Resource[]> {
  const lists: Collection[] = await Promise.all(domains.filter((d) => d.links.files).map((d) => client.list(d.links.files, {}, signal)));
  const seen = new Set<string>();
  return lists.flatMap((l) => l.items).filter((f) => {
    const key = f.id ?? '';
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const isoFilesQueryOptions = (domains: readonly Resource[]) =>
  queryOptions({
    queryKey: [...queryKeys.collectionAll(domains.map((d) => d.links.files ?? '').join(',')), 'iso-files'] as const,
    queryFn: (ctx) => getIsoFiles(apiForQuery(ctx), domains, ctx.signal),
    staleTime: 60_000,
  });

/**
 * ISO images to attach as a CD (run once), from the ISO storage domains.
 * @example
 * const isos = useIsoFiles(storageDomains.filter((d) => d.fields.type === 'iso'));
 */
export function useIsoFiles(domains: readonly Resource[], enabled = true) {
  return useQuery({ ...isoFilesQueryOptions(domains), enabled: enabled && domains.length > 0 });
}
