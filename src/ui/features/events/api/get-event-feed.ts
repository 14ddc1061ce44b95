// The events of one search, kept fresh with incremental polls: the first fetch reads the
// newest `max` events; every later one asks only for `from=<highest index>` and merges.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Resource } from '../../../../api/resource.ts';
import type { UiApi } from '../../../app/api-client.ts';
import { apiForQuery } from '../../../app/query-api.ts';
import { queryKeys } from '../../../app/query-keys.ts';
import { pollInterval } from '../../../app/polling.ts';
import { advanceFeed, firstFeed, type FeedState } from '../event-merge.ts';

export type EventFeed = FeedState<Resource>;

export async function getEvents(client: UiApi, href: string, opts: { search?: string; from?: number; max?: number }, signal?: AbortSignal): Promise<Resource[]> {
  const c = await client.list(
    href,
    {
      ...(opts.search ? { search: opts.search } : {}),
      ...(opts.max ? { max: opts.max } : {}),
      ...(opts.from !== undefined ? { query: { from: opts.from } } : {}),
    },
    signal,
  );
  return c.items;
}

export const eventFeedQueryOptions = (href: string, search: string, max: number) =>
  queryOptions({
    queryKey: queryKeys.eventFeed(href, search),
    queryFn: async (ctx): Promise<EventFeed> => {
      const prev = ctx.client.getQueryData<EventFeed>(ctx.queryKey);
      const client = apiForQuery(ctx);
      if (!prev || prev.highest === undefined) {
        return firstFeed(await getEvents(client, href, { search, max }, ctx.signal));
      }
      return advanceFeed(prev, await getEvents(client, href, { search, from: prev.highest }, ctx.signal));
    },
  });

/**
 * A live event feed.
 * @example
 * const { data } = useEventFeed(entry?.links.events, 'severity>=warning');
 * data?.events.map((e) => e.fields.description);
 */
export function useEventFeed(href: string | undefined, search: string, options: { max?: number; interval?: () => number | false } = {}) {
  return useQuery({
    ...eventFeedQueryOptions(href ?? '', search, options.max ?? 100),
    enabled: !!href,
    refetchInterval: options.interval ?? (() => pollInterval()),
    refetchIntervalInBackground: true,
  });
}
