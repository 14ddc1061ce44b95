// The engine's refusal inside a dialog, in its own words (reason as title, detail below).
// Renders nothing without an error, so a dialog can mount it unconditionally:
//   <FaultAlert error={run.error} testId="action-fault" />
import { Alert } from '@patternfly/react-core';
import { describeError } from '../app/api-errors.ts';

export function FaultAlert({ error, testId }: { error: unknown; testId?: string }) {
  if (!error) return null;
  const { title, detail } = describeError(error);
  return (
    <Alert variant="danger" isInline title={title} data-testid={testId} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
      {detail}
    </Alert>
  );
}
