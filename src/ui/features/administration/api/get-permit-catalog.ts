import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Value } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { isStructure, unwrapList } from '../../../lib/fields.ts';
import type { PermitInfo } from '../permits/permit-groups.ts';

/** Every permit the engine knows. v4 lists them per cluster level (they are the same on
 * each); the newest level is read. */
export async function getPermitCatalog(client: UiApi, clusterLevelsHref: string, signal?: AbortSignal): Promise<PermitInfo[]> {
  const levels = await client.list(clusterLevelsHref, {}, signal);
  const newest = [...levels.items].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? '', undefined, { numeric: true })).pop();
  return newest ? permitsOf(newest.fields.permits) : [];
}

function permitsOf(v: Value | undefined): PermitInfo[] {
  const u = unwrapList(v);
  const list = Array.isArray(u) ? u : [];
  return list.filter(isStructure).map((p) => ({ id: String(p.id ?? ''), name: String(p.fields.name ?? ''), administrative: p.fields.administrative === true }));
}

export const permitCatalogQueryOptions = (clusterLevelsHref: string) =>
  queryOptions({
    queryKey: [...queryKeys.collectionAll(clusterLevelsHref), 'permit-catalog'] as const,
    queryFn: (ctx) => getPermitCatalog(apiForQuery(ctx), clusterLevelsHref, ctx.signal),
    // The catalogue is the engine's own and does not change while it runs.
    staleTime: Infinity,
  });

/**
 * The permits a role may hold, for the role editor.
 * @example
 * const { data: permits } = usePermitCatalog(entry?.links.clusterlevels);
 */
export function usePermitCatalog(clusterLevelsHref: string | undefined) {
  return useQuery({ ...permitCatalogQueryOptions(clusterLevelsHref ?? ''), enabled: !!clusterLevelsHref });
}
