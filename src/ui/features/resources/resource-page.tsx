// A resource's page (`/vms/1`): name and status, actions, Edit/Remove, the General tab with
// every field, one lazy tab per sub-collection link (fetched only when opened) and the Raw
// tab. The open tab and its list state live in the URL (`?tab=nics&page=2`).
import { Flex, FlexItem, PageBreadcrumb, PageSection, Skeleton, Tab, TabTitleText, Tabs, Title } from '@patternfly/react-core';
import { Suspense, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { resolvePath } from '../../../api/model-types.ts';
import { routeSegments } from '../../app/routes.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { RouteBreadcrumb } from '../../components/route-breadcrumb.tsx';
import { StatusLabel } from '../../components/status-label.tsx';
import { displayName, hasName, statusOf } from '../../lib/fields.ts';
import { collectionTitle, kindTitle } from '../../lib/titles.ts';
import { CollectionView } from '../collections/collection-view.tsx';
import { LazyStatisticsChart } from '../statistics/lazy-statistics-chart.tsx';
import { readListParams, writeListParams } from '../collections/list-params.ts';
import { CreateButton } from '../forms/create-button.tsx';
import { useResource } from './api/get-resource.ts';
import { extensionFor } from './extension-registry.ts';
import { EditRemoveButtons } from './edit-remove-buttons.tsx';
import { RawTab } from './raw/raw-tab.tsx';
import { ResourceActions } from './resource-actions.tsx';
import { ResourceProperties } from './resource-properties.tsx';
import { orderTabs } from './tab-order.ts';
import { useFastForward } from './use-fast-forward.ts';

const GENERAL = 'general';
const RAW = 'raw';

export function ResourcePage({ href, routePath }: { href: string; routePath: string }) {
  const ff = useFastForward();
  const { data: resource, error, isPending, refetch } = useResource(href, { refetchInterval: ff.refetchInterval });
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get('tab') ?? GENERAL;
  // Unnamed objects (events, permissions) get their kind and id as a heading.
  const name = resource ? (hasName(resource) ? displayName(resource) : `${kindTitle(resource.kind)} ${resource.id ?? ''}`.trim()) : '';
  const status = resource ? statusOf(resource) : undefined;

  useEffect(() => {
    if (name) document.title = `${name} · Vantage`;
  }, [name]);

  const selectTab = (key: string) =>
    setSearchParams(() => {
      const next = new URLSearchParams();
      if (key !== GENERAL) next.set('tab', key);
      return next;
    });

  const ext = extensionFor(resource?.kind);
  const subRels = resource ? orderTabs(Object.keys(resource.links).filter((rel) => !rel.includes('/') && rel !== RAW)) : [];
  const listParams = readListParams(searchParams);
  const segments = routeSegments(routePath);
  const tabs = [
    <Tab key={GENERAL} eventKey={GENERAL} title={<TabTitleText>General</TabTitleText>}>
      <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }}>
        {resource && (
          <Suspense fallback={<Skeleton height="4rem" screenreaderText="Loading" />}>
            {ext.panels?.map((Panel, i) => <Panel key={i} resource={resource} />)}
          </Suspense>
        )}
        {resource && <ResourceProperties resource={resource} />}
      </div>
    </Tab>,
    ...subRels.map((rel) => {
      const itemKind = resolvePath([...segments, rel])?.type;
      const Custom = ext.tabs?.[rel];
      return (
        <Tab key={rel} eventKey={rel} title={<TabTitleText>{collectionTitle(rel)}</TabTitleText>} data-testid={`tab-${rel}`}>
          {/* Charts live in the lazy Statistics tab so the detail page keeps its request budget. */}
          {resource && rel === 'statistics' && (resource.kind === 'vm' || resource.kind === 'host') && resource.href && <LazyStatisticsChart href={resource.href} />}
          {/* a tab of the area's own brings its own controls */}
          {resource && !Custom && extensionFor(itemKind).create && (
            <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }}>
              <CreateButton collectionHref={resource.links[rel]} kind={itemKind} parent={resource} size="sm" />
            </div>
          )}
          {resource && Custom ? (
            <Suspense fallback={<Skeleton height="8rem" screenreaderText="Loading" />}>
              <Custom resource={resource} rel={rel} href={resource.links[rel]} />
            </Suspense>
          ) : resource && (
            <CollectionView
              href={resource.links[rel]}
              title={collectionTitle(rel)}
              itemKind={itemKind}
              params={listParams}
              searchable={false}
              onParamsChange={(changes) => setSearchParams((cur) => writeListParams(cur, changes))}
            />
          )}
        </Tab>
      );
    }),
    ...(resource ? (ext.extraTabs ?? []).filter((x) => x.shown?.(resource) ?? true) : []).map((x) => (
      <Tab key={x.key} eventKey={x.key} title={<TabTitleText>{x.title}</TabTitleText>} data-testid={`tab-${x.key}`}>
        <Suspense fallback={<Skeleton height="8rem" screenreaderText="Loading" />}>{resource && <x.component resource={resource} />}</Suspense>
      </Tab>
    )),
    <Tab key={RAW} eventKey={RAW} title={<TabTitleText>Raw</TabTitleText>} data-testid="tab-raw">
      {resource?.href && <RawTab href={resource.href} />}
    </Tab>,
  ];

  return (
    <>
      <PageBreadcrumb>
        <RouteBreadcrumb routePath={routePath} />
      </PageBreadcrumb>
      <PageSection>
        {isPending ? (
          <Skeleton fontSize="2xl" width="30%" screenreaderText="Loading" />
        ) : resource ? (
          <Flex alignItems={{ default: 'alignItemsCenter' }} justifyContent={{ default: 'justifyContentSpaceBetween' }} gap={{ default: 'gapMd' }}>
            <Flex alignItems={{ default: 'alignItemsCenter' }} gap={{ default: 'gapMd' }}>
              <FlexItem>
                <Title headingLevel="h1" data-testid="resource-title">
                  {name}
                </Title>
              </FlexItem>
              {status && (
                <FlexItem>
                  <StatusLabel status={status} compact={false} />
                </FlexItem>
              )}
              <FlexItem>
                <span style={{ color: 'var(--pf-t--global--text--color--subtle)' }}>{kindTitle(resource.kind)}</span>
              </FlexItem>
            </Flex>
            <Flex gap={{ default: 'gapMd' }} alignItems={{ default: 'alignItemsCenter' }}>
              <FlexItem>
                <ResourceActions resource={resource} onDone={ff.kick} />
              </FlexItem>
              <FlexItem>
                <EditRemoveButtons resource={resource} />
              </FlexItem>
            </Flex>
          </Flex>
        ) : null}
      </PageSection>
      <PageSection isFilled>
        {error && !resource ? (
          <ErrorState error={error} what="this object" onRetry={() => refetch()} />
        ) : isPending ? (
          <Skeleton height="12rem" screenreaderText="Loading properties" />
        ) : resource ? (
          <Tabs activeKey={tab} onSelect={(_e, key) => selectTab(String(key))} mountOnEnter unmountOnExit aria-label={`${name} details`}>
            {tabs}
          </Tabs>
        ) : null}
      </PageSection>
    </>
  );
}
