import { queryOptions, useQuery, type Query } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';

export function getResource(client: UiApi, href: string, signal?: AbortSignal): Promise<Resource> {
  return client.get(href, signal);
}

export const resourceQueryOptions = (href: string) =>
  queryOptions({
    queryKey: queryKeys.resource(href),
    queryFn: (ctx) => getResource(apiForQuery(ctx), href, ctx.signal),
  });

/**
 * One resource by href. `refetchInterval` drives polling (the detail page passes its
 * fast-forward schedule); references resolve names with `poll: false` and a long staleTime.
 * @example
 * const { data: vm } = useResource(href, { refetchInterval: () => 10_000 });
 * const { data: cluster } = useResource(vm?.fields.cluster?.href, { staleTime: 300_000 });
 */
export function useResource(
  href: string | undefined,
  options: { enabled?: boolean; refetchInterval?: number | false | ((query: Query<Resource, Error, Resource, any>) => number | false); staleTime?: number } = {},
) {
  return useQuery({
    ...resourceQueryOptions(href ?? ''),
    enabled: !!href && options.enabled !== false,
    refetchInterval: options.refetchInterval ?? false,
    refetchIntervalInBackground: true,
    // Absent means the app's default (5 s): an explicit undefined would make every second
    // observer of the same resource fetch it again as it mounts.
    ...(options.staleTime !== undefined ? { staleTime: options.staleTime } : {}),
  });
}
