// Mount point for detail pages: loads the chart in its own chunk, on first use.
import { Skeleton } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

const Chart = lazy(async () => ({ default: (await import('./statistics-chart.tsx')).StatisticsChart }));

/** `<LazyStatisticsChart href={resource.href} />` on host and VM pages. */
export function LazyStatisticsChart({ href }: { href: string }) {
  return (
    <Suspense fallback={<Skeleton height="6rem" screenreaderText="Loading statistics" />}>
      <Chart href={href} />
    </Suspense>
  );
}
