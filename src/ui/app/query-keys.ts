// Query keys derived from engine hrefs (Headlamp's key factories): one place decides how the
// cache is shaped, so invalidation after a change can find every related query by href.
import type { QueryKey } from '@tanstack/react-query';

export interface CollectionKeyParams {
  search?: string;
  page?: number;
  max?: number;
}

export const queryKeys = {
  /** Everything read from the engine (cleared on login/logout). */
  api: ['api'] as const,
  me: ['session', 'me'] as const,
  engines: ['session', 'engines'] as const,
  entryPoint: () => ['api', 'entry-point'] as const,
  /** All pages of one collection href. */
  collectionAll: (href: string) => ['api', 'collection', href] as const,
  collection: (href: string, params: CollectionKeyParams) =>
    ['api', 'collection', href, { search: params.search || '', page: params.page ?? 1, max: params.max ?? 0 }] as const,
  resource: (href: string) => ['api', 'resource', href] as const,
  /** Events merged from incremental `from=` polls, per collection href and search. */
  eventFeed: (href: string, search: string) => ['api', 'event-feed', href, search] as const,
  /** A resource's statistics with the history kept while the page is open. */
  statistics: (href: string) => ['api', 'statistics', href] as const,
  /** The landing dashboard's aggregates (one key per card source). */
  dashboard: (part: string) => ['api', 'dashboard', part] as const,
  /** Jobs the notification drawer follows (running ones, or one correlation id). */
  jobs: (href: string, search: string) => ['api', 'jobs', href, search] as const,
  /** The engine's self-description of its actions (loaded once per session). */
  actionCatalog: () => ['api', 'action-catalog'] as const,
  /** A resource's document exactly as the engine sent it, per wire format. */
  raw: (href: string, format: 'xml' | 'json') => ['api', 'raw', href, format] as const,
};

/** Does `key` belong to something `changedHref` affects: the resource itself, anything below
 * it, the collection holding it (its parent hrefs), or the entry point's summary counts? */
export function isAffectedBy(key: QueryKey, changedHref: string): boolean {
  if (key[0] !== 'api') return false;
  if (key[1] === 'entry-point') return true;
  const href = key[2];
  if (typeof href !== 'string') return false;
  return href === changedHref || href.startsWith(`${changedHref}/`) || changedHref.startsWith(`${href}/`);
}
