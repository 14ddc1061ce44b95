// The app's routes mirror the engine's hrefs (CONTRACTS.md): href `/ovirt-engine/api/vms/1/nics`
// ⇄ route `/vms/1/nics`. Keeping this mapping in one place lets components follow links
// without ever assembling a URL themselves.

/** Route of an engine href (absolute path or absolute URL); null when it is not under `apiBase`. */
export function hrefToRoute(href: string, apiBase: string): string | null {
  let path = href;
  let query = '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) {
    const url = new URL(href);
    path = url.pathname;
    query = url.search;
  } else {
    const q = href.indexOf('?');
    if (q >= 0) {
      path = href.slice(0, q);
      query = href.slice(q);
    }
  }
  const base = trimSlash(apiBase);
  // Matrix parameters (`/events;from=1`) are request options, not a place in the app.
  path = path.replace(/;[^/]*/g, '');
  if (path !== base && !path.startsWith(`${base}/`)) return null;
  const rest = trimSlash(path.slice(base.length));
  return `${rest || '/'}${query}`;
}

/** Engine href of an app route path (no query string). */
export function routeToHref(routePath: string, apiBase: string): string {
  const base = trimSlash(apiBase);
  const rest = trimSlash(routePath.split('?')[0]);
  return rest && rest !== '/' ? `${base}${rest.startsWith('/') ? rest : `/${rest}`}` : base;
}

/** What a route path names: the entry point, a collection (`/vms`, `/vms/1/nics`) or one
 * resource (`/vms/1`). oVirt paths alternate collection and id segments, so parity decides. */
export type RouteTarget = { type: 'entry' } | { type: 'collection'; rel: string } | { type: 'resource'; parentRel: string };

export function routeTarget(routePath: string): RouteTarget {
  const segments = routePath.split('?')[0].split('/').filter(Boolean);
  if (segments.length === 0) return { type: 'entry' };
  if (segments.length % 2 === 1) return { type: 'collection', rel: segments[segments.length - 1] };
  return { type: 'resource', parentRel: segments[segments.length - 2] };
}

/** The route to come back to after login, refusing anything that would leave the app. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** Login route that returns to `current` afterwards. */
export function loginRoute(current: string): string {
  const next = safeNext(current);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

function trimSlash(s: string): string {
  return s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s;
}

/** Path segments of a route, decoded; a malformed escape (`/vms/%E0`) stays as typed rather
 * than throwing. */
export function routeSegments(routePath: string): string[] {
  return routePath
    .split('?')[0]
    .split('/')
    .filter(Boolean)
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    });
}
