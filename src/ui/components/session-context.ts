// The logged-in session (from /auth/me), for the masthead and anything that needs the CSRF
// token or the engine's name. Provided by RequireSession.
import { createContext, useContext } from 'react';
import type { Session } from '../features/auth/api/session-types.ts';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession needs a logged-in session (render under RequireSession).');
  return s;
}
