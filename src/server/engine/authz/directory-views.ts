/**
 * `/users` and `/groups`: adding one copies a directory entry of an authz domain
 * (`/domains/{id}/users`, `/domains/{id}/groups`) into the engine, keeping its id, which is what
 * lets a directory user log in. Removing one also removes the permissions given to it.
 */
import type { Doc } from '../store/store.ts';
import type { ViewCtx, ViewDef } from '../http/views.ts';
import { HttpFault } from '../http/faults.ts';
import { msg } from '../http/messages.ts';
import { groupIdsOf, refId, setUserPassword } from './directory.ts';

type Kind = 'user' | 'group';
const INTERNAL_AUTHZ = 'internal-authz';
const KEYS: Record<Kind, { top: string; directory: string }> = {
  user: { top: 'users', directory: 'domain_users' },
  group: { top: 'groups', directory: 'domain_groups' },
};

function findDomain(v: ViewCtx, doc: Record<string, unknown>): Doc {
  const given = (doc.domain ?? {}) as Record<string, unknown>;
  const domains = v.store.list('domains', '');
  const id = refId(given);
  const hit = id ? domains.find((d) => d.id === id) : typeof given.name === 'string' ? domains.find((d) => d.name === given.name) : undefined;
  if (!hit) throw HttpFault.badRequest(msg('detail.not_found_ref', { type: 'Domain', key: id ? 'id' : 'name', value: String(id ?? given.name ?? '') }));
  return hit;
}

/** The directory entry a new user/group names: by id, domain_entry_id, user_name, principal or name. */
function findEntry(v: ViewCtx, kind: Kind, domain: Doc, doc: Record<string, unknown>): Doc {
  const entries = v.store.list(KEYS[kind].directory, domain.id);
  const authz = String(domain.name ?? '');
  const wanted = (e: Doc) =>
    (typeof doc.id === 'string' && e.id === doc.id) ||
    (typeof doc.domain_entry_id === 'string' && e.domain_entry_id === doc.domain_entry_id) ||
    (typeof doc.user_name === 'string' && (e.user_name === doc.user_name || `${String(e.principal)}@${authz}` === doc.user_name || e.principal === doc.user_name)) ||
    (typeof doc.principal === 'string' && e.principal === doc.principal) ||
    (kind === 'group' && typeof doc.name === 'string' && e.name === doc.name);
  const hit = entries.find(wanted);
  if (!hit) {
    const value = String(doc.user_name ?? doc.principal ?? doc.name ?? doc.id ?? '');
    throw HttpFault.badRequest(msg('detail.not_found_ref', { type: kind === 'user' ? 'User' : 'Group', key: 'name', value }));
  }
  return hit;
}

export function directoryBacked(kind: Kind): ViewDef {
  const { top } = KEYS[kind];
  return {
    list: (v) => v.store.list(top, ''),
    get: (v, id) => v.store.get(top, id, ''),
    add: (v, doc) => {
      const domain = findDomain(v, doc);
      if (kind === 'user' && domain.name === INTERNAL_AUTHZ && typeof doc.password === 'string') return addInternalUser(v, domain, doc);
      const entry = findEntry(v, kind, domain, doc);
      if (v.store.get(top, entry.id, '')) {
        throw HttpFault.conflict(msg('detail.name_in_use', { verb: 'add', entity: kind === 'user' ? 'User' : 'Group', name: String(entry.user_name ?? entry.name) }));
      }
      return v.store.insert(top, { ...entry, domain: { id: domain.id } });
    },
    update: (v, id, patch) => v.store.update(top, id, patch, ''),
    remove: (v, id) => {
      for (const p of v.store.list('permissions', '')) if (refId(p[kind]) === id) v.store.remove('permissions', p.id, '');
      return v.store.remove(top, id, '');
    },
  };
}

/** `/users/{id}/groups`: the engine groups the user belongs to in its directory. */
export function userGroups(): ViewDef {
  return {
    list: (v) => {
      if (!v.parent) return [];
      const ids = new Set(groupIdsOf(v.store, v.parent));
      return v.store.list('groups', '').filter((g) => ids.has(g.id));
    },
  };
}

/**
 * An internal user with a password (what `ovirt-aaa-jdbc-tool user add` does on a real engine):
 * `<user><user_name>joe@internal-authz</user_name><password>…</password><domain name="internal-authz"/></user>`.
 * The password is kept only as a hash in the store's meta, never in the document.
 */
function addInternalUser(v: ViewCtx, domain: Doc, doc: Record<string, unknown>): Doc {
  const given = String(doc.user_name ?? doc.principal ?? '');
  const principal = given.replace(/@internal(-authz)?$/, '');
  if (!principal || principal.includes('@') || !String(doc.password)) {
    throw HttpFault.badRequest(msg('detail.invalid_value', { name: 'user_name', value: given }));
  }
  const userName = `${principal}@${INTERNAL_AUTHZ}`;
  if (v.store.list('users', '').some((u) => u.user_name === userName) || principal === 'admin') {
    throw HttpFault.conflict(msg('detail.name_in_use', { verb: 'add', entity: 'User', name: userName }));
  }
  const { password, id: _id, href: _href, ...rest } = doc;
  const entry = { ...rest, name: rest.name ?? principal, principal, user_name: userName, namespace: '*', domain: { id: domain.id } };
  const user = v.store.insert('users', { ...entry, id: undefined });
  v.store.insert('domain_users', { ...entry, id: user.id }, domain.id);
  setUserPassword(v.store, user.id, String(password));
  return user;
}
