// `/vms/:id/statistics` and `/hosts/:id/statistics`: the statistics collection, with the
// history chart above the engine's list of values.
import { PageSection } from '@patternfly/react-core';
import { useLocation } from 'react-router';
import { routeToHref } from '../../app/routes.ts';
import { useApiBase } from '../../components/api-base-context.ts';
import { ApiRoutePage } from '../resources/api-route-page.tsx';
import { LazyStatisticsChart } from './lazy-statistics-chart.tsx';

export function StatisticsRoutePage() {
  const { pathname } = useLocation();
  const href = routeToHref(pathname, useApiBase());
  return (
    <>
      <PageSection>
        <LazyStatisticsChart key={href} href={href} />
      </PageSection>
      <ApiRoutePage />
    </>
  );
}
