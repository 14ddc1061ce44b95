// One inventory card: the total opens the collection, each status count opens it filtered.
import { Card, CardBody, CardTitle, Flex, FlexItem, Skeleton } from '@patternfly/react-core';
import { HrefLink } from '../../components/href-link.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { StatusGroup } from './aggregate.ts';

export interface CardCount {
  id: string;
  label: string;
  count: number;
  /** Search (`status=up`) or other query opening exactly these objects. */
  query?: Record<string, string>;
  tone?: StatusGroup;
}

export function InventoryCard({ id, title, href, total, counts, loading }: { id: string; title: string; href?: string; total?: number; counts: CardCount[]; loading: boolean }) {
  const t = useT();
  return (
    <Card isCompact component="section" aria-labelledby={`inventory-${id}-title`} data-testid={`inventory-${id}`}>
      <CardTitle id={`inventory-${id}-title`} component="h3">
        <HrefLink href={href}>{title}</HrefLink>
      </CardTitle>
      <CardBody>
        {loading ? (
          <Skeleton screenreaderText={title} />
        ) : (
          <Flex direction={{ default: 'column' }} gap={{ default: 'gapXs' }}>
            {total !== undefined && (
              <FlexItem>
                <HrefLink href={href} data-testid={`inventory-${id}-total`}>
                  <span className="vantage-summary-number">{total}</span>
                </HrefLink>{' '}
                {t('dashboard.total')}
              </FlexItem>
            )}
            <FlexItem>
              <Flex gap={{ default: 'gapMd' }}>
                {counts.map((c) => (
                  <FlexItem key={c.id} data-testid={`status-count-${id}-${c.id}`} className={`vantage-status-${c.tone ?? 'other'}`}>
                    {c.query ? (
                      <HrefLink href={href} query={c.query} aria-label={`${c.count} ${c.label}`}>
                        <strong>{c.count}</strong> {c.label}
                      </HrefLink>
                    ) : (
                      <span>
                        <strong>{c.count}</strong> {c.label}
                      </span>
                    )}
                  </FlexItem>
                ))}
              </Flex>
            </FlexItem>
          </Flex>
        )}
      </CardBody>
    </Card>
  );
}
