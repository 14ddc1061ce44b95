// Global utilization of CPU, memory and storage, coloured at 75 % (warning) and 90 % (danger).
import { Card, CardBody, CardTitle, Gallery, Progress, ProgressMeasureLocation, ProgressVariant, Skeleton } from '@patternfly/react-core';
import type { EntryPoint, Resource, Structure } from '../../../api/resource.ts';
import { formatBytes } from '../../lib/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { hostUtilization, storageUtilization, type Utilization } from './aggregate.ts';
import { useDashboardDataCenters } from './api/get-data-centers.ts';
import { useDashboardHosts } from './api/get-hosts.ts';
import { utilizationLevel } from './thresholds.ts';

const VARIANT = { ok: undefined, warning: ProgressVariant.warning, danger: ProgressVariant.danger, unknown: undefined } as const;

function UtilizationCard({ id, title, u, detail, loading }: { id: string; title: string; u: Utilization | undefined; detail?: string; loading: boolean }) {
  const t = useT();
  const level = utilizationLevel(u?.percent);
  return (
    <Card isCompact component="section" data-testid={`utilization-${id}`} data-level={level}>
      <CardTitle component="h3">{title}</CardTitle>
      <CardBody>
        {loading ? (
          <Skeleton screenreaderText={title} />
        ) : u?.percent === undefined ? (
          t('dashboard.noData')
        ) : (
          <Progress
            value={Math.round(u.percent)}
            title={detail ?? ''}
            aria-label={`${title} ${Math.round(u.percent)}%`}
            measureLocation={ProgressMeasureLocation.outside}
            variant={VARIANT[level]}
          />
        )}
      </CardBody>
    </Card>
  );
}

export function UtilizationCards({ entry }: { entry: EntryPoint }) {
  const t = useT();
  const hosts = useDashboardHosts(entry.links.hosts);
  const dcs = useDashboardDataCenters(entry.links.datacenters);
  const hu = hosts.data ? hostUtilization(hosts.data) : undefined;
  const domains: Resource[] = (dcs.data ?? []).flatMap((dc) => (Array.isArray(dc.fields.storage_domains) ? (dc.fields.storage_domains as Structure[]).map((s) => ({ ...s, kind: 'storage_domain' })) : []));
  const su = dcs.data ? storageUtilization(domains) : undefined;
  return (
    <Gallery hasGutter minWidths={{ default: '18rem' }} data-testid="utilization-cards">
      <UtilizationCard id="cpu" title={t('dashboard.cpu')} u={hu?.cpu} loading={hosts.isPending} />
      <UtilizationCard id="memory" title={t('dashboard.memory')} u={hu?.memory} loading={hosts.isPending} detail={hu ? t('dashboard.used', { used: formatBytes(hu.memory.used), total: formatBytes(hu.memory.total) }) : undefined} />
      <UtilizationCard id="storage" title={t('dashboard.storage')} u={su} loading={dcs.isPending} detail={su ? t('dashboard.used', { used: formatBytes(su.used), total: formatBytes(su.total) }) : undefined} />
    </Gallery>
  );
}
