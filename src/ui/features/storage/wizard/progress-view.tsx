// After "Create": each request in turn, then the domain's status in its data center as the
// engine moves it (locked → active). Faults stay here, in the engine's words.
import { Alert, Content, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import type { ReactNode } from 'react';
import { describeError } from '../../../app/api-errors.ts';
import { StatusLabel } from '../../../components/status-label.tsx';
import { statusOf } from '../../../lib/fields.ts';
import { useResource } from '../../resources/api/get-resource.ts';
import type { ProvisionResult, ProvisionStep } from '../api/provision-storage-domain.ts';
import { lineState, type Outcome, type StepState } from './progress-lines.ts';

function Line({ state, children, testid }: { state: StepState; children: ReactNode; testid: string }) {
  const icon =
    state === 'running' ? <Spinner size="md" aria-label="In progress" /> :
    state === 'done' ? <CheckCircleIcon color="var(--pf-t--global--icon--color--status--success--default)" /> :
    state === 'failed' ? <ExclamationCircleIcon color="var(--pf-t--global--icon--color--status--danger--default)" /> :
    <span style={{ display: 'inline-block', width: '1em' }} />;
  return (
    <Flex gap={{ default: 'gapSm' }} alignItems={{ default: 'alignItemsCenter' }} data-testid={testid} data-state={state}>
      <FlexItem>{icon}</FlexItem>
      <FlexItem>{children}</FlexItem>
    </Flex>
  );
}

const PASSING = new Set(['locked', 'activating', 'unknown']);

export function ProgressView(props: { name: string; dcName?: string; steps: ProvisionStep[]; result?: ProvisionResult; error?: unknown; importing: boolean }) {
  const { name, dcName, steps, result, error, importing } = props;
  const step = steps[steps.length - 1] ?? null;
  const outcome: Outcome = { step, finished: !!result, failed: error ? step ?? 'create' : result?.attachError ? 'attach' : undefined };
  const attachedHref = result?.attached?.href;
  const live = useResource(attachedHref, { refetchInterval: (q) => (PASSING.has(statusOf(q.state.data ?? { fields: {}, links: {}, actions: {} }) ?? 'unknown') ? 1000 : false) });
  const dcStatus = live.data ? statusOf(live.data) : result?.attached ? statusOf(result.attached) : undefined;
  const fault = error ? describeError(error) : result?.attachError ? describeError(result.attachError) : null;

  return (
    <Flex direction={{ default: 'column' }} gap={{ default: 'gapMd' }} data-testid="sd-progress">
      {fault && (
        <Alert variant="danger" isInline title={fault.title} data-testid="sd-fault">
          {fault.detail}
          {result?.attachError ? <Content component="p">The domain {name} was created and stays unattached; attach it from the data center&apos;s Storage tab.</Content> : null}
        </Alert>
      )}
      <Line state={lineState('create', outcome)} testid="sd-progress-create">
        {importing ? 'Import' : 'Create'} storage domain <strong>{name}</strong>
      </Line>
      {steps.includes('prepare') && (
        <Line state={lineState('prepare', outcome)} testid="sd-progress-prepare">
          The host writes the domain&apos;s metadata (the domain is locked meanwhile)
        </Line>
      )}
      {dcName && (
        <Line state={lineState('attach', outcome)} testid="sd-progress-attach">
          Attach to data center <strong>{dcName}</strong> and activate
          {dcStatus && (
            <>
              {' '}
              <StatusLabel status={dcStatus} />
            </>
          )}
        </Line>
      )}
      {result && !result.attachError && (
        <Content component="p" data-testid="sd-progress-done">
          {dcName ? (dcStatus === 'active' ? `${name} is active in ${dcName}.` : `The engine is bringing ${name} up in ${dcName}.`) : `${name} is ready to be attached to a data center.`}
        </Content>
      )}
    </Flex>
  );
}
