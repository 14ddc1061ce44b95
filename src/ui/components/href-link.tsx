// A link to an engine href, rendered as an app route: components follow the hrefs the
// engine gave them and never assemble URLs.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useRouteOf } from './api-base-context.ts';

export interface HrefLinkProps {
  href: string | undefined;
  children: ReactNode;
  /** Query string to add (`?search=…`), for links into filtered lists. */
  query?: Record<string, string>;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  'data-testid'?: string;
  'aria-label'?: string;
}

export function HrefLink({ href, children, query, ...rest }: HrefLinkProps) {
  const routeOf = useRouteOf();
  const route = routeOf(href);
  if (!route) return <>{children}</>;
  const qs = query ? new URLSearchParams(query).toString() : '';
  const to = qs ? `${route}${route.includes('?') ? '&' : '?'}${qs}` : route;
  return (
    <Link to={to} {...rest}>
      {children}
    </Link>
  );
}
