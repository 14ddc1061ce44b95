/** SSO bearer tokens and JSESSIONID sessions, both kept in the store so they survive restarts. */
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/store.ts';
import { findUser, type AuthUser } from './users.ts';

export const TOKEN_TTL_MS = 10 * 60 * 60 * 1000;
/** The engine's servlet session timeout: 180 minutes of inactivity. */
export const SESSION_TTL_MS = 180 * 60 * 1000;

export type TokenKind = 'sso' | 'session';

export function issueToken(store: Store, user: AuthUser, kind: TokenKind, ttlMs: number): { token: string; expiresAt: number } {
  const token = randomBytes(kind === 'sso' ? 48 : 24).toString('base64url');
  const expiresAt = Date.now() + ttlMs;
  store.putToken({ token, user: user.principal, kind, expiresAt, data: { ttlMs } });
  return { token, expiresAt };
}

export function userOfToken(store: Store, token: string, kind: TokenKind): AuthUser | undefined {
  const rec = store.getToken(token);
  if (!rec || rec.kind !== kind) return undefined;
  return findUser(store, rec.user);
}

/** Extends a session by its own time-to-live (kept in the token's data). */
export function touchSession(store: Store, token: string): void {
  const rec = store.getToken(token);
  const ttl = typeof (rec?.data as { ttlMs?: unknown } | undefined)?.ttlMs === 'number' ? (rec!.data as { ttlMs: number }).ttlMs : SESSION_TTL_MS;
  if (rec) store.putToken({ ...rec, expiresAt: Date.now() + ttl });
}

export function revokeToken(store: Store, token: string): boolean {
  return store.deleteToken(token);
}
