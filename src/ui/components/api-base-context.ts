// The engine's apiBase (from /auth/me) for turning hrefs into app routes. A context, not a
// global, so a component renders the same way wherever the session comes from (tests too).
import { createContext, useCallback, useContext } from 'react';
import { hrefToRoute } from '../app/routes.ts';

export const ApiBaseContext = createContext<string>('/ovirt-engine/api');

/** `href → route` for the current engine; null for hrefs outside the API. */
export function useRouteOf(): (href: string | undefined) => string | null {
  const apiBase = useContext(ApiBaseContext);
  return useCallback((href) => (href ? hrefToRoute(href, apiBase) : null), [apiBase]);
}

export function useApiBase(): string {
  return useContext(ApiBaseContext);
}
