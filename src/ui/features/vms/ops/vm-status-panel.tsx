// The VM's General tab opens with what an administrator looks for first: its state and why,
// where it runs and since when, what the guest reports — and, for a VM that is down or stuck,
// the last warning or error the engine logged about it.
import { Card, CardBody, CardTitle, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Flex, FlexItem } from '@patternfly/react-core';
import { HrefLink } from '../../../components/href-link.tsx';
import { SeverityLabel } from '../../../components/severity-label.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { displayName, statusOf } from '../../../lib/fields.ts';
import { formatDate } from '../../../lib/format.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import type { PanelProps } from '../../resources/extension-types.ts';
import { RefLink } from '../../resources/ref-link.tsx';
import { useLastVmProblem } from './api/last-vm-problem.ts';
import { MigrationProgress } from './migration-progress.tsx';
import { statusFacts, wantsLastProblem } from './vm-status.ts';

export function VmStatusPanel({ resource }: PanelProps) {
  const status = statusOf(resource);
  const facts = statusFacts(resource);
  const entry = useEntryPoint();
  const problem = useLastVmProblem(entry.data?.links.events, displayName(resource), wantsLastProblem(status)).data;
  const severity = problem?.fields.severity;
  const when = problem?.fields.time;
  return (
    <Card isCompact component="section" aria-label="Status" data-testid="vm-status-panel" style={{ marginBottom: 'var(--pf-t--global--spacer--lg)' }}>
      <CardTitle component="h2">
        <Flex gap={{ default: 'gapSm' }} alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>Status</FlexItem>
          {status && (
            <FlexItem>
              <StatusLabel status={status} />
            </FlexItem>
          )}
        </Flex>
      </CardTitle>
      <CardBody>
        <MigrationProgress vm={resource} />
        <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }}>
          {facts.map((f) => (
            <DescriptionListGroup key={f.key} data-testid={`vm-fact-${f.key}`}>
              <DescriptionListTerm>{f.label}</DescriptionListTerm>
              <DescriptionListDescription>{f.ref ? <RefLink value={f.ref} eager /> : f.text}</DescriptionListDescription>
            </DescriptionListGroup>
          ))}
          {problem && wantsLastProblem(status) && (
            <DescriptionListGroup data-testid="vm-fact-last_problem">
              <DescriptionListTerm>Last problem reported</DescriptionListTerm>
              <DescriptionListDescription>
                {typeof severity === 'string' && <SeverityLabel severity={severity} />}{' '}
                <HrefLink href={problem.href}>{String(problem.fields.description ?? '')}</HrefLink>
                {typeof when === 'string' && <> ({formatDate(when)})</>}
              </DescriptionListDescription>
            </DescriptionListGroup>
          )}
        </DescriptionList>
      </CardBody>
    </Card>
  );
}
