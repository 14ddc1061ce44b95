import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../app/query-keys.ts';
import type { Session } from './session-types.ts';

/** Ends the session: the proxy revokes the engine token and clears the cookie. */
export async function logout(csrfToken: string | undefined): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: csrfToken ? { 'X-Vantage-CSRF': csrfToken } : {},
  }).catch(() => undefined);
}

/** @example const { mutate: signOut } = useLogout(); signOut(session.csrfToken); */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      qc.removeQueries({ queryKey: queryKeys.api });
      qc.setQueryData<Session | null>(queryKeys.me, null);
    },
  });
}
