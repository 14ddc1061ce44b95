// The entry point's totals (admins only), each opening the matching list, as the
// dashboard's status cards do.
import { Card, CardBody, CardTitle, Flex, FlexItem, Gallery } from '@patternfly/react-core';
import type { EntryPoint } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';

const CARDS: Array<{ key: string; rel: string; title: string; activeLabel: string; activeSearch?: string }> = [
  { key: 'vms', rel: 'vms', title: 'Virtual machines', activeLabel: 'running', activeSearch: 'status = up' },
  { key: 'hosts', rel: 'hosts', title: 'Hosts', activeLabel: 'up', activeSearch: 'status = up' },
  { key: 'storage_domains', rel: 'storagedomains', title: 'Storage domains', activeLabel: 'active', activeSearch: 'status = active' },
  { key: 'users', rel: 'users', title: 'Users', activeLabel: 'active' },
];

export function SummaryCards({ entry }: { entry: EntryPoint }) {
  const summary = entry.summary;
  if (!summary) return null;
  return (
    <Gallery hasGutter minWidths={{ default: '14rem' }} data-testid="summary-cards">
      {CARDS.filter((c) => summary[c.key]).map((c) => {
        const s = summary[c.key];
        const href = entry.links[c.rel];
        return (
          <Card key={c.key} isCompact component="section" aria-labelledby={`summary-${c.key}`} data-testid={`summary-${c.key}`}>
            <CardTitle id={`summary-${c.key}`} component="h2">
              {c.title}
            </CardTitle>
            <CardBody>
              <Flex gap={{ default: 'gapLg' }} alignItems={{ default: 'alignItemsBaseline' }}>
                <FlexItem>
                  <HrefLink href={href} aria-label={`${s.total ?? 0} total`}>
                    <span className="vantage-summary-number">{s.total ?? '—'}</span> total
                  </HrefLink>
                </FlexItem>
                {s.active !== undefined && (
                  <FlexItem>
                    {c.activeSearch ? (
                      <HrefLink href={href} query={{ search: c.activeSearch }} aria-label={`${s.active} ${c.activeLabel}`}>
                        <span className="vantage-summary-number">{s.active}</span> {c.activeLabel}
                      </HrefLink>
                    ) : (
                      <span>
                        <span className="vantage-summary-number">{s.active}</span> {c.activeLabel}
                      </span>
                    )}
                  </FlexItem>
                )}
              </Flex>
            </CardBody>
          </Card>
        );
      })}
    </Gallery>
  );
}
