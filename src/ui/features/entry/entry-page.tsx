// `/`: the engine's entry point — what it is, its totals, and every collection it offers.
// Collection links here show their API path (the nav already offers them by title), which
// also makes this page a map of the API.
import { Content, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, PageSection, Skeleton, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useEffect, useMemo } from 'react';
import { buildNavGroups } from '../../app/shell/nav-groups.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { HrefLink } from '../../components/href-link.tsx';
import { useSession } from '../../components/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { useEntryPoint } from './api/get-entry-point.ts';
import { SummaryCards } from './summary-cards.tsx';

export function EntryPage() {
  const { data: entry, error, isPending, refetch } = useEntryPoint({ poll: true });
  const session = useSession();
  const groups = useMemo(() => (entry ? buildNavGroups(entry.links) : []), [entry]);
  useEffect(() => {
    document.title = 'Overview · Vantage';
  }, []);

  if (error && !entry) {
    return (
      <PageSection>
        <ErrorState error={error} what="the engine's entry point" onRetry={() => refetch()} />
      </PageSection>
    );
  }
  const product = entry?.productInfo;
  return (
    <>
      <PageSection>
        <Title headingLevel="h1">Overview</Title>
        {isPending ? (
          <Skeleton width="40%" screenreaderText="Loading engine information" />
        ) : (
          <Content component="p" data-testid="product-info">
            {product?.name ?? 'oVirt engine'} {product?.version?.fullVersion ?? ''} {product?.vendor ? `by ${product.vendor}` : ''} · {session.engine.name}
          </Content>
        )}
      </PageSection>
      {entry?.summary && (
        <PageSection aria-label="Summary">
          <SummaryCards entry={entry} />
        </PageSection>
      )}
      {entry && (
        <PageSection>
          <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }} aria-label="Engine">
            <DescriptionListGroup>
              <DescriptionListTerm>API</DescriptionListTerm>
              <DescriptionListDescription>
                v{entry.apiVersion} at <span className="vantage-mono">{entry.basePath}</span>
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>Logged in as</DescriptionListTerm>
              <DescriptionListDescription>
                {entry.authenticatedUser?.href ? <HrefLink href={entry.authenticatedUser.href}>{session.user.name}</HrefLink> : session.user.name}
                {session.admin ? ' (administrator)' : ''}
              </DescriptionListDescription>
            </DescriptionListGroup>
            {entry.time && (
              <DescriptionListGroup>
                <DescriptionListTerm>Engine time</DescriptionListTerm>
                <DescriptionListDescription>{formatDate(entry.time)}</DescriptionListDescription>
              </DescriptionListGroup>
            )}
          </DescriptionList>
        </PageSection>
      )}
      <PageSection isFilled>
        <Title headingLevel="h2" style={{ marginBottom: 'var(--pf-t--global--spacer--sm)' }}>
          Collections
        </Title>
        {isPending ? (
          <Skeleton height="10rem" screenreaderText="Loading collections" />
        ) : (
          <Table aria-label="Collections table" role="table" variant="compact" data-testid="collection-index">
            <Thead>
              <Tr>
                <Th>Area</Th>
                <Th>Collection</Th>
                <Th>API path</Th>
                <Th>Searchable</Th>
              </Tr>
            </Thead>
            <Tbody>
              {groups.flatMap((g) =>
                g.links.map((l) => (
                  <Tr key={l.rel}>
                    <Td dataLabel="Area">{g.title}</Td>
                    <Td dataLabel="Collection">{l.title}</Td>
                    <Td dataLabel="API path">
                      <HrefLink href={l.href}>
                        <span className="vantage-mono">{l.href}</span>
                      </HrefLink>
                    </Td>
                    <Td dataLabel="Searchable">{entry?.links[`${l.rel}/search`] ? 'Yes' : 'No'}</Td>
                  </Tr>
                )),
              )}
            </Tbody>
          </Table>
        )}
      </PageSection>
    </>
  );
}
