/**
 * Who can log in: admin@internal, whose password lives in the store's meta as a scrypt hash,
 * and the users added to the engine (`/users`) — see src/server/engine/authz/README.md.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Store } from '../../store/store.ts';
import { checkDirectoryPassword, passwordKey } from '../../authz/directory.ts';
import { canLogin, isSystemAdmin } from '../../authz/evaluate.ts';

export interface AuthUser {
  id: string;
  /** `admin` */
  name: string;
  /** authz domain, `internal` */
  domain: string;
  /** `admin@internal`, `alice@example.com@example.com`: what tokens remember */
  principal: string;
  /** has an administrative role on the system: unfiltered views and the entry point's summary */
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

/**
 * The user a login names, when it is known to the engine (in `/users`): `admin@internal`,
 * `<principal>@<profile>` (`alice@example.com@example.com`), with or without `-authz`, or a bare
 * directory principal (`alice@example.com`) when exactly one domain has it.
 */
export function findUser(store: Store, principal: string): AuthUser | undefined {
  const { name, domain } = splitPrincipal(principal);
  if (name === 'admin' && domain === 'internal') {
    const doc = store
      .list('users', '')
      .find((u) => typeof u.user_name === 'string' && /^admin@internal(-authz)?$/.test(u.user_name));
    const id = doc?.id ?? ADMIN_USER_ID;
    return { id, name, domain, principal: `${name}@${domain}`, admin: true };
  }
  const users = store.list('users', '');
  const domains = new Map(store.list('domains', '').map((d) => [d.id, String(d.name ?? '')]));
  const profileOf = (u: Record<string, unknown>) => (domains.get(refIdOf(u.domain) ?? '') ?? '').replace(/-authz$/, '');
  let hit = users.find((u) => u.principal === name && profileOf(u) === domain);
  if (!hit) {
    const bare = users.filter((u) => u.principal === principal.replace(/-authz$/, ''));
    if (bare.length === 1) hit = bare[0];
  }
  if (!hit) return undefined;
  const profile = profileOf(hit);
  const plain = String(hit.principal);
  return { id: hit.id, name: plain, domain: profile, principal: `${plain}@${profile}`, admin: isSystemAdmin(store, hit.id, false) };
}

const refIdOf = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

/**
 * Checks a login; undefined for unknown users and wrong passwords alike. admin@internal's
 * password is the engine's; other internal users have their own hash; directory users have
 * their directory's password. Like the engine, a user without the `login` permit (no role
 * anywhere) cannot log in.
 */
export function checkCredentials(store: Store, principal: string, password: string): AuthUser | undefined {
  const user = findUser(store, principal);
  if (!user) return undefined;
  if (user.name === 'admin' && user.domain === 'internal') {
    return verifyPassword(password, store.getMeta(ADMIN_HASH_KEY)) ? user : undefined;
  }
  if (!canLogin(store, user.id)) return undefined;
  const own = store.getMeta(passwordKey(user.id));
  if (own) return verifyPassword(password, own) ? user : undefined;
  if (user.domain === 'internal') return undefined;
  return checkDirectoryPassword(store, password) ? user : undefined;
}
