import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../app/query-keys.ts';
import { readProxyError } from './session-types.ts';

export interface Credentials {
  username: string;
  password: string;
  engine?: string;
}

/** Logs in through the proxy; the proxy keeps the engine token, the browser gets a cookie. */
export async function login(credentials: Credentials): Promise<void> {
  let res: Response;
  try {
    res = await fetch('/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(credentials),
    });
  } catch {
    throw new Error('The Vantage server cannot be reached. Check that it is running.');
  }
  if (!res.ok) throw await readProxyError(res, res.status === 401 ? 'The user name or password is incorrect.' : `Login failed (HTTP ${res.status}).`);
}

/**
 * @example
 * const { mutate, error, isPending } = useLogin();
 * mutate({ username, password }, { onSuccess: () => navigate(next) });
 */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async () => {
      // Whatever was cached belonged to the previous session (maybe another engine).
      qc.removeQueries({ queryKey: queryKeys.api });
      await qc.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
