// Last resort for a page that threw while rendering: say so plainly and offer a way on.
import { Bullseye, Button, EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from '@patternfly/react-core';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { isRouteErrorResponse, useRouteError } from 'react-router';

export function RouteError() {
  const err = useRouteError();
  const message = isRouteErrorResponse(err) ? `${err.status} ${err.statusText}` : err instanceof Error ? err.message : String(err);
  return (
    <Bullseye>
      <EmptyState headingLevel="h1" icon={ExclamationCircleIcon} status="danger" titleText="This page could not be shown">
        <EmptyStateBody>{message}</EmptyStateBody>
        <EmptyStateFooter>
          <EmptyStateActions>
            <Button variant="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
            <Button variant="link" component="a" href="/">
              Go to the overview
            </Button>
          </EmptyStateActions>
        </EmptyStateFooter>
      </EmptyState>
    </Bullseye>
  );
}
