// The VMs and hosts using the most CPU and memory right now, and the fullest storage domains.
import { Card, CardBody, CardTitle, Content, DataList, DataListCell, DataListItem, DataListItemCells, DataListItemRow, Gallery, Progress, ProgressSize, Skeleton } from '@patternfly/react-core';
import type { EntryPoint, Resource, Structure } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { useT } from '../../i18n/use-t.ts';
import { followedStats, sampleOf, statMap } from '../statistics/stat-values.ts';
import { attachedDomains } from './aggregate.ts';
import { useDashboardDataCenters } from './api/get-data-centers.ts';
import { useDashboardHosts } from './api/get-hosts.ts';
import { TOP_COUNT, useTopVms, type TopBy } from './api/get-top-vms.ts';
import { topDomains, topHosts } from './rank.ts';
import { utilizationLevel } from './thresholds.ts';

export function usageOf(vm: Pick<Resource, 'fields'>, by: TopBy): number | undefined {
  return sampleOf(statMap(followedStats(vm)), 0)[by];
}

interface Row {
  key: string;
  href?: string;
  name: string;
  percent: number | undefined;
}

function RankCard({ testId, title, rows, loading }: { testId: string; title: string; rows: Row[]; loading: boolean }) {
  const t = useT();
  return (
    <Card isCompact component="section" data-testid={testId}>
      <CardTitle component="h3">{title}</CardTitle>
      <CardBody>
        {loading ? (
          <Skeleton screenreaderText={title} />
        ) : rows.length === 0 ? (
          <Content component="p">{t('dashboard.noData')}</Content>
        ) : (
          <DataList aria-label={title} isCompact gridBreakpoint="none">
            {rows.map(({ key, href, name, percent }) => {
              const level = utilizationLevel(percent);
              const value = Math.round(percent ?? 0);
              return (
                <DataListItem key={key} data-testid="top-row" data-level={level} data-percent={value}>
                  <DataListItemRow>
                    <DataListItemCells
                      dataListCells={[
                        <DataListCell key="n" width={2}>
                          <HrefLink href={href}>{name}</HrefLink>
                        </DataListCell>,
                        <DataListCell key="v" width={3}>
                          <Progress value={value} size={ProgressSize.sm} aria-label={`${name} ${value}%`} variant={level === 'danger' ? 'danger' : level === 'warning' ? 'warning' : undefined} />
                        </DataListCell>,
                      ]}
                    />
                  </DataListItemRow>
                </DataListItem>
              );
            })}
          </DataList>
        )}
      </CardBody>
    </Card>
  );
}

const nameOf = (r: Pick<Structure, 'id' | 'fields'>) => String(r.fields.name ?? r.id ?? '');

function TopVms({ href, by, title }: { href: string | undefined; by: TopBy; title: string }) {
  const { data, isPending } = useTopVms(href, by);
  const rows = (data ?? [])
    .map((vm) => ({ key: vm.id ?? nameOf(vm), href: vm.href, name: nameOf(vm), percent: usageOf(vm, by) }))
    .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1));
  return <RankCard testId={`top-${by}`} title={title} rows={rows} loading={isPending && !!href} />;
}

export function TopConsumers({ entry }: { entry: EntryPoint }) {
  const t = useT();
  const hosts = useDashboardHosts(entry.links.hosts);
  const dcs = useDashboardDataCenters(entry.links.datacenters);
  const hostRows = (by: TopBy): Row[] => topHosts(hosts.data ?? [], by, TOP_COUNT).map(({ item, percent }) => ({ key: item.id ?? nameOf(item), href: item.href, name: nameOf(item), percent }));
  const domainRows: Row[] = topDomains(attachedDomains(dcs.data), TOP_COUNT).map(({ item, percent }) => ({ key: item.id ?? nameOf(item), href: item.href, name: nameOf(item), percent }));
  return (
    <Gallery hasGutter minWidths={{ default: '22rem' }}>
      <TopVms href={entry.links.vms} by="cpu" title={t('dashboard.byCpu')} />
      <TopVms href={entry.links.vms} by="memory" title={t('dashboard.byMemory')} />
      {entry.links.hosts && (
        <>
          <RankCard testId="top-hosts-cpu" title={t.dyn('dashboard.hostsByCpu', 'Hosts by CPU')} rows={hostRows('cpu')} loading={hosts.isPending} />
          <RankCard testId="top-hosts-memory" title={t.dyn('dashboard.hostsByMemory', 'Hosts by memory')} rows={hostRows('memory')} loading={hosts.isPending} />
        </>
      )}
      {entry.links.datacenters && <RankCard testId="top-storage" title={t.dyn('dashboard.storageByUse', 'Storage domains by used space')} rows={domainRows} loading={dcs.isPending} />}
    </Gallery>
  );
}
