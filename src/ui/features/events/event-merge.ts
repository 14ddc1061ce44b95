// Incremental event polling (api-reference §10): keep the highest index seen, ask for
// `/events?from=<index>`, and put what comes back on top. Indexes only grow, so the index
// decides both order and identity.
import type { Resource } from '../../../api/resource.ts';

/** How many events a feed keeps in memory (the oldest fall off). */
export const FEED_LIMIT = 500;

export function eventIndex(e: Pick<Resource, 'id' | 'fields'>): number {
  const i = Number(e.fields.index ?? e.id);
  return Number.isFinite(i) ? i : -1;
}

export function highestIndex(events: ReadonlyArray<Pick<Resource, 'id' | 'fields'>>): number | undefined {
  let max: number | undefined;
  for (const e of events) {
    const i = eventIndex(e);
    if (i >= 0 && (max === undefined || i > max)) max = i;
  }
  return max;
}

/** `incoming` merged over `current`: newest first, no duplicates (a re-sent event replaces
 * the old copy), at most `limit` kept. */
export function mergeEvents<E extends Pick<Resource, 'id' | 'fields'>>(current: readonly E[], incoming: readonly E[], limit = FEED_LIMIT): E[] {
  const byIndex = new Map<number | string, E>();
  for (const e of current) byIndex.set(eventIndex(e) >= 0 ? eventIndex(e) : `id:${e.id}`, e);
  for (const e of incoming) byIndex.set(eventIndex(e) >= 0 ? eventIndex(e) : `id:${e.id}`, e);
  return [...byIndex.values()].sort((a, b) => eventIndex(b) - eventIndex(a)).slice(0, limit);
}

export interface FeedState<E> {
  events: E[];
  /** Highest index seen: the next poll's `from`. */
  highest?: number;
  /** Events that arrived by polls (not the first page), for the "new" marker. */
  arrived: number;
  /** Highest index of the first page: events above it arrived while the list was open. */
  baseline?: number;
}

/** The feed after its first page. */
export function firstFeed<E extends Pick<Resource, 'id' | 'fields'>>(events: E[]): FeedState<E> {
  const highest = highestIndex(events);
  return { events, highest, arrived: 0, baseline: highest };
}

/** The feed after a `from=` poll; the same object when nothing new came (no re-render). */
export function advanceFeed<E extends Pick<Resource, 'id' | 'fields'>>(prev: FeedState<E>, fresh: readonly E[]): FeedState<E> {
  // `from` is exclusive on the engine, but be safe with engines that include it.
  const added = fresh.filter((e) => eventIndex(e) > (prev.highest ?? -1));
  if (added.length === 0) return prev;
  const events = mergeEvents(prev.events, added);
  return { events, highest: highestIndex(events), arrived: prev.arrived + added.length, baseline: prev.baseline ?? -1 };
}
