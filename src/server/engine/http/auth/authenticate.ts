/**
 * API authentication (api-reference §5): Bearer SSO tokens, Basic credentials, and
 * JSESSIONID sessions created by `Prefer: persistent-auth`. A session cookie sent without that
 * Prefer still authenticates the request but ends the session afterwards, like the engine.
 */
import type { Store } from '../../store/store.ts';
import { checkCredentials, type AuthUser } from './users.ts';
import { issueToken, revokeToken, SESSION_TTL_MS, touchSession, userOfToken } from './tokens.ts';

type Headers = Record<string, string | string[] | undefined>;

export interface AuthResult {
  user: AuthUser;
  /** Set-Cookie value for a newly created session */
  setCookie?: string;
  /** session to end once the response is sent */
  endSession?: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function preferences(headers: Headers): Set<string> {
  const raw = headers['prefer'];
  const all = (Array.isArray(raw) ? raw : raw ? [raw] : []).join(',');
  return new Set(all.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
}

export function cookie(headers: Headers, name: string): string | undefined {
  for (const part of (one(headers['cookie']) ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(token: string): string {
  return `JSESSIONID=${token}; Path=/ovirt-engine/api; HttpOnly`;
}

/** `Session-TTL: <minutes>` sets a new session's inactivity timeout (default 180 minutes). */
function sessionTtl(headers: Headers): number {
  const minutes = Number(one(headers['session-ttl']));
  return Number.isInteger(minutes) && minutes > 0 ? minutes * 60_000 : SESSION_TTL_MS;
}

/** Undefined when the request carries no valid credentials (→ 401). */
export function authenticate(store: Store, headers: Headers): AuthResult | undefined {
  const prefer = preferences(headers);
  const persistent = prefer.has('persistent-auth') && !prefer.has('new-auth');
  const auth = one(headers['authorization'])?.trim() ?? '';
  const scheme = auth.split(/\s+/)[0]?.toLowerCase();

  let user: AuthUser | undefined;
  if (scheme === 'bearer') {
    user = userOfToken(store, auth.slice(6).trim(), 'sso');
    if (!user) return undefined;
  } else if (scheme === 'basic') {
    const decoded = Buffer.from(auth.slice(5).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    user = checkCredentials(store, decoded.slice(0, colon), decoded.slice(colon + 1));
    if (!user) return undefined;
  } else if (auth) {
    return undefined;
  }

  if (user) {
    if (!persistent) return { user };
    const { token } = issueToken(store, user, 'session', sessionTtl(headers));
    return { user, setCookie: sessionCookie(token) };
  }

  const session = cookie(headers, 'JSESSIONID') ?? one(headers['jsessionid']);
  if (!session) return undefined;
  const sessionUser = userOfToken(store, session, 'session');
  if (!sessionUser) return undefined;
  if (persistent) {
    touchSession(store, session);
    return { user: sessionUser };
  }
  return { user: sessionUser, endSession: session };
}

export function endSession(store: Store, token: string): void {
  revokeToken(store, token);
}
