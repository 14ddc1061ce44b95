// `<StatisticsChart href={vm.href} />`: CPU, memory and network of a host or VM, polled with
// the app's refresh rate, with the history kept while the page is open.
import { Card, CardBody, CardTitle, Content, Flex, FlexItem, Skeleton } from '@patternfly/react-core';
import { ErrorState } from '../../components/error-state.tsx';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { useStatisticsHistory } from './api/get-statistics-history.ts';
import { Sparkline, type SparklineSeries } from './sparkline.tsx';
import type { Sample } from './stat-values.ts';

const COLORS = { cpu: 'var(--pf-t--chart--color--blue--300, #0066cc)', memory: 'var(--pf-t--chart--color--purple--300, #5e40be)', network: 'var(--pf-t--chart--color--green--300, #3e8635)' };

const hasValues = (x: Sample) => x.cpu !== undefined || x.memory !== undefined || x.network !== undefined;

export function StatisticsChart({ href }: { href: string }) {
  const t = useT();
  const { data, error, isPending, refetch } = useStatisticsHistory(href);
  if (error && !data) return <ErrorState error={error} what={t('stats.title')} onRetry={() => refetch()} />;
  if (isPending) return <Skeleton height="6rem" screenreaderText={t('stats.title')} />;
  const s = data.samples;
  const series: SparklineSeries[] = [
    { label: t('stats.cpu'), color: COLORS.cpu, values: s.map((x) => x.cpu) },
    { label: t('stats.memory'), color: COLORS.memory, values: s.map((x) => x.memory) },
    { label: t('stats.network'), color: COLORS.network, values: s.map((x) => x.network) },
  ].filter((x) => x.values.some((v) => v !== undefined));
  const last = [...s].reverse().find(hasValues);
  const observed = s.filter(hasValues).length;
  const since = s.find(hasValues)?.t;
  return (
    <Card isCompact data-testid="statistics-chart">
      <CardTitle component="h2">{t('stats.title')}</CardTitle>
      <CardBody>
        {series.length === 0 ? (
          <Content component="p">{t('stats.noData')}</Content>
        ) : (
          <>
            <Sparkline series={series} title={series.map((x) => x.label).join(', ')} />
            <Flex gap={{ default: 'gapLg' }}>
              {series.map((x) => {
                const key = x.color === COLORS.cpu ? 'cpu' : x.color === COLORS.memory ? 'memory' : 'network';
                const v = last?.[key];
                return (
                  <FlexItem key={x.label} data-testid={`stat-${key}`}>
                    <span style={{ color: x.color }} aria-hidden>
                      ■
                    </span>{' '}
                    {x.label}: {v !== undefined ? Math.round(v) : '—'}
                  </FlexItem>
                );
              })}
              <FlexItem>
                <Content component="small" data-testid="stats-samples" data-count={observed}>
                  {t('stats.samples', { count: observed })}
                  {since !== undefined && ` · ${t.dyn('stats.since', 'from {time}', { time: formatDate(since, t.lang) })}`}
                </Content>
              </FlexItem>
            </Flex>
          </>
        )}
      </CardBody>
    </Card>
  );
}
