/**
 * The simulated directory behind the non-internal authz domains (`example.com-authz`): which
 * groups a directory user belongs to, and the demo password every directory account has. Real
 * engines ask LDAP/AD; here the directory's entries are the `domain_users` / `domain_groups`
 * documents of the domain, and membership follows from the user's department.
 */
import type { Doc, Store } from '../store/store.ts';
import { hashPassword, verifyPassword } from '../http/auth/users.ts';

/** Every directory account's password (documented in README.md); kept hashed in the store. */
export const DIRECTORY_DEMO_PASSWORD = 'Vantage-demo1';
const DIRECTORY_HASH_KEY = 'authz.directory_password';

/** Directory group (last path element of its name) per department. */
const GROUP_OF_DEPARTMENT: Record<string, string> = {
  Development: 'developers',
  QA: 'qa',
  Infrastructure: 'infra-admins',
};

export const refId = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

/** Ids of the engine groups (`/groups`) a user belongs to in its directory. */
export function groupIdsOf(store: Store, user: Doc): string[] {
  const group = GROUP_OF_DEPARTMENT[String(user.department ?? '')];
  const domain = refId(user.domain);
  if (!group || !domain) return [];
  return store
    .list('groups', '')
    .filter((g) => refId(g.domain) === domain && typeof g.name === 'string' && g.name.split('/').pop() === group)
    .map((g) => g.id);
}

/** Checks a directory account's password, storing the demo password's hash on first use. */
export function checkDirectoryPassword(store: Store, password: string): boolean {
  let stored = store.getMeta(DIRECTORY_HASH_KEY);
  if (!stored) {
    stored = hashPassword(DIRECTORY_DEMO_PASSWORD);
    store.setMeta(DIRECTORY_HASH_KEY, stored);
  }
  return verifyPassword(password, stored);
}

/** Meta key of an internal user's own password hash. */
export const passwordKey = (userId: string) => `authz.password.${userId}`;

export function setUserPassword(store: Store, userId: string, password: string): void {
  store.setMeta(passwordKey(userId), hashPassword(password));
}
