// Breadcrumb for nested pages; resource steps show names already in the cache (no requests).
import { Breadcrumb, BreadcrumbItem } from '@patternfly/react-core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Resource } from '../../api/resource.ts';
import { breadcrumbTrail } from '../app/breadcrumb-trail.ts';
import { queryKeys } from '../app/query-keys.ts';
import { displayName } from '../lib/fields.ts';
import { useApiBase } from './api-base-context.ts';

export function RouteBreadcrumb({ routePath }: { routePath: string }) {
  const apiBase = useApiBase();
  const qc = useQueryClient();
  const trail = breadcrumbTrail(routePath, apiBase);
  return (
    <Breadcrumb>
      <BreadcrumbItem render={({ className }) => <Link to="/" className={className}>Overview</Link>} />
      {trail.map((step, i) => {
        const cached = step.href ? qc.getQueryData<Resource>(queryKeys.resource(step.href)) : undefined;
        const label = cached ? displayName(cached) : step.label;
        const last = i === trail.length - 1;
        return last ? (
          <BreadcrumbItem key={step.route} isActive>
            {label}
          </BreadcrumbItem>
        ) : (
          <BreadcrumbItem key={step.route} render={({ className }) => <Link to={step.route} className={className}>{label}</Link>} />
        );
      })}
    </Breadcrumb>
  );
}
