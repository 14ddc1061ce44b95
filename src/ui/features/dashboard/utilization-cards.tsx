// Global utilization of CPU, memory and storage, coloured at 75 % (warning) and 90 % (danger),
// with both thresholds drawn on each bar.
import { Card, CardBody, CardTitle, Flex, FlexItem, Gallery, Label, Skeleton } from '@patternfly/react-core';
import type { EntryPoint } from '../../../api/resource.ts';
import { formatBytes } from '../../lib/format.ts';
import { useT } from '../../i18n/use-t.ts';
import { attachedDomains, hostUtilization, storageUtilization, type Utilization } from './aggregate.ts';
import { useDashboardDataCenters } from './api/get-data-centers.ts';
import { useDashboardHosts } from './api/get-hosts.ts';
import { ThresholdBar } from './threshold-bar.tsx';
import { utilizationLevel } from './thresholds.ts';

function LevelLabel({ level }: { level: ReturnType<typeof utilizationLevel> }) {
  const t = useT();
  if (level === 'warning') return <Label color="orange" isCompact data-testid="utilization-level">{t.dyn('dashboard.level.warning', 'Warning')}</Label>;
  if (level === 'danger') return <Label color="red" isCompact data-testid="utilization-level">{t.dyn('dashboard.level.danger', 'Critical')}</Label>;
  return null;
}

function UtilizationCard({ id, title, u, detail, loading }: { id: string; title: string; u: Utilization | undefined; detail?: string; loading: boolean }) {
  const t = useT();
  const level = utilizationLevel(u?.percent);
  return (
    <Card isCompact component="section" data-testid={`utilization-${id}`} data-level={level}>
      <CardTitle component="h3">
        <Flex gap={{ default: 'gapSm' }} alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>{title}</FlexItem>
          <FlexItem>
            <LevelLabel level={level} />
          </FlexItem>
        </Flex>
      </CardTitle>
      <CardBody>
        {loading ? <Skeleton screenreaderText={title} /> : u?.percent === undefined ? t('dashboard.noData') : <ThresholdBar percent={u.percent} title={title} detail={detail} />}
      </CardBody>
    </Card>
  );
}

export function UtilizationCards({ entry }: { entry: EntryPoint }) {
  const t = useT();
  const hosts = useDashboardHosts(entry.links.hosts);
  const dcs = useDashboardDataCenters(entry.links.datacenters);
  const hu = hosts.data ? hostUtilization(hosts.data) : undefined;
  const su = dcs.data ? storageUtilization(attachedDomains(dcs.data)) : undefined;
  return (
    <Gallery hasGutter minWidths={{ default: '18rem' }} data-testid="utilization-cards">
      <UtilizationCard id="cpu" title={t('dashboard.cpu')} u={hu?.cpu} loading={hosts.isPending} detail={hu ? t.dyn('dashboard.cpuDetail', 'Mean of {count} hosts up', { count: hu.cpu.total / 100 }) : undefined} />
      <UtilizationCard id="memory" title={t('dashboard.memory')} u={hu?.memory} loading={hosts.isPending} detail={hu ? t('dashboard.used', { used: formatBytes(hu.memory.used), total: formatBytes(hu.memory.total) }) : undefined} />
      <UtilizationCard id="storage" title={t('dashboard.storage')} u={su} loading={dcs.isPending} detail={su ? t('dashboard.used', { used: formatBytes(su.used), total: formatBytes(su.total) }) : undefined} />
    </Gallery>
  );
}
