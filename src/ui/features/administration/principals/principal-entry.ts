// What "Add user/group" sends, and where it searches, kept pure for tests.
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';

/** The directory search for what the admin typed: names containing it (group names carry
 * their directory path, `example.com/Groups/qa`); empty: the whole directory. */
export function directorySearch(typed: string): string | undefined {
  const q = typed.trim().replace(/^\*+|\*+$/g, '');
  if (!q) return undefined;
  return /[\s"=<>!]/.test(q) ? `name="*${q.replace(/"/g, '\\"')}*"` : `name=*${q}*`;
}

/** The domain offered first: a directory rather than the internal domain, which holds the
 * engine's own accounts. */
export function preferredDomain(domains: readonly Resource[]): Resource | undefined {
  return domains.find((d) => !/^internal(-authz)?$/.test(String(d.fields.name ?? ''))) ?? domains[0];
}

/**
 * The POST body for a directory entry, as the API reference describes: a user by
 * `user_name` (`<principal>@<authz>`) plus `principal` and its `domain`; a group by name and
 * domain. The domain entry id lets the engine find the same entry whatever the naming.
 */
export function principalFields(kind: 'user' | 'group', entry: Resource, domain: Resource): InputFields {
  const domainRef = { id: domain.id };
  if (kind === 'group') return { name: String(entry.fields.name ?? ''), ...(entry.fields.domain_entry_id ? { domain_entry_id: String(entry.fields.domain_entry_id) } : {}), domain: domainRef };
  const principal = String(entry.fields.principal ?? entry.fields.name ?? '');
  const userName = typeof entry.fields.user_name === 'string' && entry.fields.user_name ? entry.fields.user_name : `${principal}@${String(domain.fields.name ?? '')}`;
  return { user_name: userName, principal, ...(entry.fields.domain_entry_id ? { domain_entry_id: String(entry.fields.domain_entry_id) } : {}), domain: domainRef };
}
