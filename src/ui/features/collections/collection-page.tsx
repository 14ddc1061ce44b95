// A collection as a page of its own (`/vms`, `/vms/1/nics`), state in the URL.
import { Flex, FlexItem, PageBreadcrumb, PageSection, Title } from '@patternfly/react-core';
import { useEffect, type ReactNode } from 'react';
import { RouteBreadcrumb } from '../../components/route-breadcrumb.tsx';
import { collectionTitle } from '../../lib/titles.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { CollectionView } from './collection-view.tsx';
import { useUrlListParams } from './use-url-list-params.ts';

/** `actions` go in the page header beside the title (e.g. the forms feature's "New" button). */
export function CollectionPage({ href, routePath, rel, itemKind, topLevel, actions }: { href: string; routePath: string; rel: string; itemKind?: string; topLevel: boolean; actions?: ReactNode }) {
  const [params, setParams] = useUrlListParams();
  const { data: entry } = useEntryPoint();
  const title = collectionTitle(rel);
  // Only top-level collections accept `search`; the entry point says which ones.
  const searchable = topLevel && !!entry?.links[`${rel}/search`];
  useEffect(() => {
    document.title = `${title} · Vantage`;
  }, [title]);
  return (
    <>
      {!topLevel && (
        <PageBreadcrumb>
          <RouteBreadcrumb routePath={routePath} />
        </PageBreadcrumb>
      )}
      <PageSection>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <Title headingLevel="h1">{title}</Title>
          </FlexItem>
          {actions && <FlexItem>{actions}</FlexItem>}
        </Flex>
      </PageSection>
      <PageSection padding={{ default: 'noPadding' }} isFilled>
        <CollectionView href={href} title={title} itemKind={itemKind} params={params} onParamsChange={setParams} searchable={searchable} />
      </PageSection>
    </>
  );
}
