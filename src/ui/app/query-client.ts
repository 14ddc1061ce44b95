// Query defaults for the whole app. The transport already retries idempotent GETs on network
// errors, so queries retry only once, and never on engine refusals or an ended session.
// An ended session anywhere sends the user to the login page (RequireSession watches `me`).
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { Session } from '../features/auth/api/session-types.ts';
import { rememberSessionEnd } from '../features/auth/session-end-reason.ts';
import { faultOf, isSessionEnded } from './api-errors.ts';
import { queryKeys } from './query-keys.ts';
import { SessionEndedError } from '../../api/errors.ts';

const GENERIC_END = new SessionEndedError().message;

export function createQueryClient(): QueryClient {
  const onError = (err: unknown) => {
    if (!isSessionEnded(err)) return;
    // Only a reason the proxy gave is worth repeating on the login page.
    if ((err as Error).message !== GENERIC_END) rememberSessionEnd((err as Error).message);
    qc.removeQueries({ queryKey: queryKeys.api });
    qc.setQueryData<Session | null>(queryKeys.me, null);
  };
  const qc: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (count, err) => count < 1 && !isSessionEnded(err) && !faultOf(err),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return qc;
}
