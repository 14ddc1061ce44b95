// PatternFly's NavItem renders `component` with an `href`; this hands it to the router so
// navigation stays client-side (and middle-click still opens a new tab).
import type { Ref } from 'react';
import { Link } from 'react-router';

export function RouterNavLink({ href, ref, ...rest }: { href?: string; ref?: Ref<HTMLAnchorElement> } & Record<string, unknown>) {
  return <Link ref={ref} to={href ?? '/'} {...rest} />;
}
