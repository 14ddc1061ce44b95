// Gate for every page but /login: waits for /auth/me and sends visitors without a session to
// /login?next=<here>. Kept free of the client core so the first chunk stays small; the
// (lazy) shell connects the client core.
import { Bullseye, Spinner } from '@patternfly/react-core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiBaseContext } from '../../components/api-base-context.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { SessionContext } from '../../components/session-context.ts';
import { useMe } from '../../features/auth/api/get-me.ts';
import { loginRoute } from '../routes.ts';

export function RequireSession() {
  const { data: session, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) {
    return (
      <Bullseye>
        <Spinner aria-label="Checking your session" />
      </Bullseye>
    );
  }
  if (error) {
    return (
      <Bullseye>
        <ErrorState error={error} what="your session" onRetry={() => refetch()} />
      </Bullseye>
    );
  }
  if (!session) return <Navigate to={loginRoute(location.pathname + location.search)} replace />;
  return (
    <SessionContext.Provider value={session}>
      <ApiBaseContext.Provider value={session.engine.apiBase}>
        <Outlet />
      </ApiBaseContext.Provider>
    </SessionContext.Provider>
  );
}
