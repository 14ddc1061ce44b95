// The General tab: every field of the resource, readable, references linked.
import { Card, CardBody, CardTitle, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Gallery } from '@patternfly/react-core';
import type { Resource } from '../../../api/resource.ts';
import { humanize } from '../../lib/titles.ts';
import { layoutProperties } from './property-order.ts';
import { ValueView } from './value-view.tsx';

export function ResourceProperties({ resource }: { resource: Resource }) {
  const { simple, nested, eager } = layoutProperties(resource);
  return (
    <>
      <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }} aria-label="Properties" data-testid="resource-properties">
        {simple.map(([k, v]) => (
          <DescriptionListGroup key={k}>
            <DescriptionListTerm>{k === 'id' ? 'ID' : humanize(k)}</DescriptionListTerm>
            <DescriptionListDescription>
              {k === 'id' ? <span className="vantage-mono">{String(v)}</span> : <ValueView name={k} value={v} eager={eager.has(k)} />}
            </DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
      {nested.length > 0 && (
        <Gallery hasGutter minWidths={{ default: '100%', lg: '28rem' }} style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
          {nested.map(([k, v]) => (
            <Card key={k} isCompact isPlain={false} component="section" aria-label={humanize(k)}>
              <CardTitle component="h2">{humanize(k)}</CardTitle>
              <CardBody>
                <ValueView name={k} value={v} depth={0} />
              </CardBody>
            </Card>
          ))}
        </Gallery>
      )}
    </>
  );
}
