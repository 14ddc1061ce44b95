// A failed load: the engine's own reason and detail (not a generic "something went wrong")
// with a retry button.
import { Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { describeError, faultOf } from '../app/api-errors.ts';

export function ErrorState({ error, onRetry, what, secondary }: { error: unknown; onRetry?: () => void; what?: string; secondary?: { label: string; onClick: () => void } }) {
  const { title, detail: given } = describeError(error);
  // The engine's 404 has no body: say what it means.
  const detail = given ?? (faultOf(error)?.status === 404 ? 'The engine has nothing at this address. It may have been removed, or the link is wrong.' : undefined);
  return (
    <EmptyState headingLevel="h2" icon={ExclamationCircleIcon} status="danger" titleText={what ? `Could not load ${what}: ${title}` : title} variant="sm" data-testid="error-state">
      {detail && <EmptyStateBody>{detail}</EmptyStateBody>}
      {(onRetry || secondary) && (
        <EmptyStateFooter>
          <EmptyStateActions>
            {onRetry && (
              <Button variant="primary" onClick={onRetry}>
                Retry
              </Button>
            )}
            {secondary && (
              <Button variant="link" onClick={secondary.onClick}>
                {secondary.label}
              </Button>
            )}
          </EmptyStateActions>
        </EmptyStateFooter>
      )}
    </EmptyState>
  );
}
