// The trail above a page, from its route alone: `/vms/1/nics` → Virtual machines › (vm 1) ›
// Network interfaces. Resource steps carry their href so the page can name them from cache.
import { collectionTitle } from '../lib/titles.ts';
import { routeSegments, routeToHref } from './routes.ts';

export interface TrailStep {
  label: string;
  route: string;
  /** Set for resource steps: the href whose cached name replaces the id. */
  href?: string;
}

export function breadcrumbTrail(routePath: string, apiBase: string): TrailStep[] {
  // Routes and hrefs keep the segments as they came (escaped); labels show them decoded.
  const raw = routePath.split('?')[0].split('/').filter(Boolean);
  const labels = routeSegments(routePath);
  const steps: TrailStep[] = [];
  for (let i = 0; i < raw.length; i++) {
    const route = `/${raw.slice(0, i + 1).join('/')}`;
    if (i % 2 === 0) steps.push({ label: collectionTitle(labels[i]), route });
    else steps.push({ label: labels[i], route, href: routeToHref(route, apiBase) });
  }
  return steps;
}
