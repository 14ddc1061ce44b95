import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../app/query-keys.ts';
import { readProxyError, type Session } from './session-types.ts';

/** The current session, or null when there is none (401): not an error, just "log in". */
export async function getMe(signal?: AbortSignal): Promise<Session | null> {
  const res = await fetch('/auth/me', { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (res.status === 401) return null;
  if (!res.ok) throw await readProxyError(res, `The Vantage proxy answered ${res.status} for the session check.`);
  return (await res.json()) as Session;
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });

/**
 * Who is logged in, to which engine.
 * @example
 * const { data: session } = useMe();
 * if (session === null) return <Navigate to="/login" />;
 */
export function useMe() {
  return useQuery(meQueryOptions());
}
