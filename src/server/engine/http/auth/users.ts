/**
 * Who can log in. For now only admin@internal, whose password lives in the store's meta as a
 * scrypt hash; users, groups and permissions will plug in here (the one lookup function).
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Store } from '../../store/store.ts';

export interface AuthUser {
  id: string;
  /** `admin` */
  name: string;
  /** authz domain, `internal` */
  domain: string;
  /** `admin@internal` */
  principal: string;
  admin: boolean;
}

const ADMIN_HASH_KEY = 'auth.admin_password';
/** The id real engines give admin@internal's user (fixed in the engine's initial data). */
export const ADMIN_USER_ID = 'fdfc627c-d875-11e0-90f0-83df133b58cc';

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * Basic auth checks the password on every request and scrypt is slow on purpose: remember
 * recent successes, keyed by the stored hash too so that a password change forgets them.
 */
const verified = new Set<string>();
const VERIFIED_MAX = 64;

export function verifyPassword(password: string, stored: string | undefined): boolean {
  const [scheme, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const memo = createHash('sha256').update(`${stored}\0${password}`).digest('base64');
  if (verified.has(memo)) return true;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length);
  const ok = timingSafeEqual(expected, actual);
  if (ok) {
    if (verified.size >= VERIFIED_MAX) verified.clear();
    verified.add(memo);
  }
  return ok;
}

/** Stores admin@internal's password hash, replacing it only when the password changed. */
export function ensureAdminPassword(store: Store, password: string): void {
  if (!verifyPassword(password, store.getMeta(ADMIN_HASH_KEY))) store.setMeta(ADMIN_HASH_KEY, hashPassword(password));
}

/** `admin@internal`, `admin` (default domain internal) → user name and domain. */
export function splitPrincipal(login: string): { name: string; domain: string } {
  const at = login.lastIndexOf('@');
  if (at < 0) return { name: login, domain: 'internal' };
  const domain = login.slice(at + 1).replace(/-authz$/, '');
  return { name: login.slice(0, at), domain };
}

/** The user a principal names, when it exists. */
export function findUser(store: Store, principal: string): AuthUser | undefined {
  const { name, domain } = splitPrincipal(principal);
  if (name !== 'admin' || domain !== 'internal') return undefined;
  const doc = store
    .list('users', '')
    .find((u) => typeof u.user_name === 'string' && /^admin@internal(-authz)?$/.test(u.user_name));
  return { id: doc?.id ?? ADMIN_USER_ID, name, domain, principal: `${name}@${domain}`, admin: true };
}

/** Checks a login; undefined for unknown users and wrong passwords alike. */
export function checkCredentials(store: Store, principal: string, password: string): AuthUser | undefined {
  const user = findUser(store, principal);
  if (!user) return undefined;
  return verifyPassword(password, store.getMeta(ADMIN_HASH_KEY)) ? user : undefined;
}
