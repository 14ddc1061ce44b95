// A collection as a page of its own (`/vms`, `/vms/1/nics`), state in the URL.
import { PageBreadcrumb, PageSection, Title } from '@patternfly/react-core';
import { useEffect } from 'react';
import { RouteBreadcrumb } from '../../components/route-breadcrumb.tsx';
import { collectionTitle } from '../../lib/titles.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { CollectionView } from './collection-view.tsx';
import { useUrlListParams } from './use-url-list-params.ts';

export function CollectionPage({ href, routePath, rel, itemKind, topLevel }: { href: string; routePath: string; rel: string; itemKind?: string; topLevel: boolean }) {
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
        <Title headingLevel="h1">{title}</Title>
      </PageSection>
      <PageSection padding={{ default: 'noPadding' }} isFilled>
        <CollectionView href={href} title={title} itemKind={itemKind} params={params} onParamsChange={setParams} searchable={searchable} />
      </PageSection>
    </>
  );
}
