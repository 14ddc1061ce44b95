// Hrefs, app routes and search templates. The app's routes mirror API hrefs with the
// engine's apiBase removed (CONTRACTS.md): `/ovirt-engine/api/vms/1/nics` ⇄ `/vms/1/nics`.
import type { EntryPoint } from './resource.ts';

/** An href as an absolute path under `apiBase` (accepts absolute URLs, absolute paths, relative hrefs). */
export function absoluteHref(href: string, apiBase: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href) || href.startsWith('/')) return href;
  return `${apiBase.replace(/\/+$/, '')}/${href.replace(/^\.?\//, '')}`;
}

/** `/ovirt-engine/api/vms/1?x=y` → `/vms/1?x=y`; `/ovirt-engine/api` → `/`. */
export function hrefToRoute(href: string, apiBase: string): string {
  const path = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');
  if (!path.startsWith(apiBase)) return path;
  const rest = path.slice(apiBase.length);
  if (rest === '' || rest.startsWith('?')) return `/${rest}`;
  return rest.startsWith('/') ? rest : path;
}

/** `/vms/1` → `/ovirt-engine/api/vms/1`. */
export function routeToHref(route: string, apiBase: string): string {
  if (route === '/' || route === '') return apiBase;
  if (route.startsWith('/?')) return apiBase + route.slice(1);
  return apiBase + (route.startsWith('/') ? route : `/${route}`);
}

export interface CollectionLink {
  rel: string;
  href: string;
  /** Has a `<rel>/search` template. */
  searchable: boolean;
}

// Entry-point links that lead to a document rather than a collection (v3 `capabilities`).
const NOT_COLLECTIONS = new Set(['capabilities']);

/** Top-level collections of an entry point, in the engine's order. */
export function collectionLinks(entry: EntryPoint): CollectionLink[] {
  return Object.entries(entry.links)
    .filter(([rel]) => !rel.includes('/') && !NOT_COLLECTIONS.has(rel))
    .map(([rel, href]) => ({ rel, href, searchable: entry.links[`${rel}/search`] !== undefined }));
}

/** Fills a `<rel>/search` template (`/vms?search={query}`, `/events;from={event_id}?search={query}`).
 * Falls back to `<collection>?search=` for collections without a template. */
export function searchHref(entry: EntryPoint, collectionRel: string, query: string, params: Record<string, string | number> = {}): string {
  const template = entry.links[`${collectionRel}/search`];
  if (!template) {
    const base = entry.links[collectionRel];
    if (!base) throw new Error(`The engine has no collection "${collectionRel}".`);
    return query ? `${base}${base.includes('?') ? '&' : '?'}search=${encodeURIComponent(query)}` : base;
  }
  let href = template.replace(/\{query\}/g, encodeURIComponent(query));
  // Matrix parameters whose value is not supplied are dropped (`;from={event_id}`).
  href = href.replace(/;([^=;?/]+)=\{([^}]+)\}/g, (_m, name: string, key: string) =>
    params[key] !== undefined ? `;${name}=${encodeURIComponent(String(params[key]))}` : '',
  );
  href = href.replace(/\{([^}]+)\}/g, (_m, key: string) => (params[key] !== undefined ? encodeURIComponent(String(params[key])) : ''));
  if (!query) href = href.replace(/[?&]search=(?=&|$)/, '');
  return href;
}
