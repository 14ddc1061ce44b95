// The VMs using the most CPU and memory right now.
import { Card, CardBody, CardTitle, DataList, DataListCell, DataListItem, DataListItemCells, DataListItemRow, Gallery, Progress, ProgressSize, Skeleton } from '@patternfly/react-core';
import type { EntryPoint, Resource } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { useT } from '../../i18n/use-t.ts';
import { followedStats, sampleOf, statMap } from '../statistics/stat-values.ts';
import { useTopVms, type TopBy } from './api/get-top-vms.ts';
import { utilizationLevel } from './thresholds.ts';

export function usageOf(vm: Pick<Resource, 'fields'>, by: TopBy): number | undefined {
  return sampleOf(statMap(followedStats(vm)), 0)[by];
}

function TopList({ href, by, title }: { href: string | undefined; by: TopBy; title: string }) {
  const { data, isPending } = useTopVms(href, by);
  const rows = (data ?? []).map((vm) => ({ vm, v: usageOf(vm, by) })).sort((a, b) => (b.v ?? -1) - (a.v ?? -1));
  return (
    <Card isCompact component="section" data-testid={`top-${by}`}>
      <CardTitle component="h3">{title}</CardTitle>
      <CardBody>
        {isPending ? (
          <Skeleton screenreaderText={title} />
        ) : (
          <DataList aria-label={title} isCompact gridBreakpoint="none">
            {rows.map(({ vm, v }) => (
              <DataListItem key={vm.id}>
                <DataListItemRow>
                  <DataListItemCells
                    dataListCells={[
                      <DataListCell key="n" width={2}>
                        <HrefLink href={vm.href}>{String(vm.fields.name ?? vm.id)}</HrefLink>
                      </DataListCell>,
                      <DataListCell key="v" width={3}>
                        <Progress value={Math.round(v ?? 0)} size={ProgressSize.sm} aria-label={`${String(vm.fields.name)} ${Math.round(v ?? 0)}%`} variant={utilizationLevel(v) === 'danger' ? 'danger' : utilizationLevel(v) === 'warning' ? 'warning' : undefined} />
                      </DataListCell>,
                    ]}
                  />
                </DataListItemRow>
              </DataListItem>
            ))}
          </DataList>
        )}
      </CardBody>
    </Card>
  );
}

export function TopConsumers({ entry }: { entry: EntryPoint }) {
  const t = useT();
  return (
    <Gallery hasGutter minWidths={{ default: '22rem' }}>
      <TopList href={entry.links.vms} by="cpu" title={t('dashboard.byCpu')} />
      <TopList href={entry.links.vms} by="memory" title={t('dashboard.byMemory')} />
    </Gallery>
  );
}
