// Inventory: data centers, clusters, hosts, storage domains, VMs and events, each with status
// counts that open the filtered list (as the oVirt dashboard's status cards do).
import { Gallery } from '@patternfly/react-core';
import type { EntryPoint } from '../../../api/resource.ts';
import { useT } from '../../i18n/use-t.ts';
import { attachedDomains, countByStatus, statusOf, type GroupCount } from './aggregate.ts';
import { useDashboardClusters } from './api/get-clusters.ts';
import { useDashboardDataCenters } from './api/get-data-centers.ts';
import { useDashboardHosts } from './api/get-hosts.ts';
import { useRecentAlerts } from './api/get-recent-alerts.ts';
import { useVmCounts } from './api/get-vm-counts.ts';
import { InventoryCard, type CardCount } from './inventory-card.tsx';

export function InventoryCards({ entry }: { entry: EntryPoint }) {
  const t = useT();
  const links = entry.links;
  const dcs = useDashboardDataCenters(links.datacenters);
  const clusters = useDashboardClusters(links.clusters);
  const hosts = useDashboardHosts(links.hosts);
  const vms = useVmCounts(links.vms);
  const alerts = useRecentAlerts(links.events);

  const fromGroups = (groups: GroupCount[]): CardCount[] => groups.map((g) => ({ id: g.group, label: t(`status.${g.group}`), count: g.count, query: { search: g.search }, tone: g.group }));
  const domains = attachedDomains(dcs.data);
  const vmOther = vms.data ? Math.max(0, vms.data.total - vms.data.up - vms.data.down) : 0;
  const alertList = alerts.data ?? [];
  const errors = alertList.filter((e) => e.fields.severity === 'error' || e.fields.severity === 'alert').length;

  return (
    <Gallery hasGutter minWidths={{ default: '15rem' }} data-testid="inventory-cards">
      {links.datacenters && (
        <InventoryCard id="datacenters" title={t('collection.datacenters')} href={links.datacenters} loading={dcs.isPending} total={dcs.data?.length} counts={fromGroups(countByStatus((dcs.data ?? []).map((d) => ({ status: statusOf(d) }))))} />
      )}
      {links.clusters && <InventoryCard id="clusters" title={t('collection.clusters')} href={links.clusters} loading={clusters.isPending} total={clusters.data?.length} counts={[]} />}
      {links.hosts && (
        <InventoryCard id="hosts" title={t('collection.hosts')} href={links.hosts} loading={hosts.isPending} total={hosts.data?.length} counts={fromGroups(countByStatus((hosts.data ?? []).map((h) => ({ status: statusOf(h) }))))} />
      )}
      {links.storagedomains && (
        <InventoryCard
          id="storagedomains"
          title={t('collection.storagedomains')}
          href={links.storagedomains}
          loading={dcs.isPending}
          total={entry.summary?.storage_domains?.total ?? domains.length}
          counts={fromGroups(countByStatus(domains.map((d) => ({ status: statusOf(d) }))))}
        />
      )}
      {links.vms && (
        <InventoryCard
          id="vms"
          title={t('collection.vms')}
          href={links.vms}
          loading={vms.isPending}
          total={vms.data?.total}
          counts={
            vms.data
              ? [
                  { id: 'up', label: t('status.up'), count: vms.data.up, query: { search: 'status=up' }, tone: 'up' },
                  { id: 'down', label: t('status.down'), count: vms.data.down, query: { search: 'status=down' }, tone: 'down' },
                  ...(vmOther ? [{ id: 'other', label: t('status.other'), count: vmOther, query: { search: 'status!=up and status!=down' }, tone: 'other' as const }] : []),
                ]
              : []
          }
        />
      )}
      {links.events && (
        <InventoryCard
          id="events"
          title={t('collection.events')}
          href={links.events}
          loading={alerts.isPending}
          total={undefined}
          counts={[
            { id: 'warning', label: `${t('severity.warning')}+`, count: alertList.length, query: { severity: 'warning' }, tone: 'maintenance' },
            { id: 'error', label: `${t('severity.error')}+`, count: errors, query: { severity: 'error' }, tone: 'problem' },
          ]}
        />
      )}
    </Gallery>
  );
}
