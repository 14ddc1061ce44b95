// What "Add permission" sends and offers, kept pure for tests. A permission gives a role to
// a user or a group on one object; POSTed to the object's own `permissions` the engine takes
// the object from the URL. Under a user or group, the permission is system-wide and names the
// user or group itself (the engine requires it in the body).
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';

export type PrincipalKind = 'user' | 'group';

export function isPrincipal(r: Resource | undefined): r is Resource & { kind: PrincipalKind } {
  return r?.kind === 'user' || r?.kind === 'group';
}

export function permissionFields(roleId: string, principal: { kind: PrincipalKind; id: string }): InputFields {
  return { role: { id: roleId }, [principal.kind]: { id: principal.id } };
}

export interface RoleOption {
  id: string;
  name: string;
  description?: string;
}

/** Roles split as the portal's role list does: administrator roles, then user roles, by name. */
export function roleOptions(roles: readonly Resource[]): { admin: RoleOption[]; user: RoleOption[] } {
  const opt = (r: Resource): RoleOption => ({ id: r.id ?? '', name: String(r.fields.name ?? r.id ?? ''), ...(typeof r.fields.description === 'string' ? { description: r.fields.description } : {}) });
  const byName = (a: RoleOption, b: RoleOption) => a.name.localeCompare(b.name);
  return {
    admin: roles.filter((r) => r.fields.administrative === true).map(opt).sort(byName),
    user: roles.filter((r) => r.fields.administrative !== true).map(opt).sort(byName),
  };
}

/** Users or groups matching what the admin typed (name, last name, user name, e-mail). */
export function matchPrincipals(items: readonly Resource[], typed: string): Resource[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [...items];
  return items.filter((r) => ['name', 'last_name', 'user_name', 'principal', 'email'].some((k) => String(r.fields[k] ?? '').toLowerCase().includes(q)));
}

/** "Dave Okafor (dave@example.com)" for a user; a group's name. */
export function principalLabel(r: Resource): string {
  const full = [r.fields.name, r.fields.last_name].filter((x) => typeof x === 'string' && x).join(' ');
  const login = String(r.fields.principal ?? r.fields.user_name ?? '');
  if (r.kind === 'user' || login) return full && login ? `${full} (${login})` : full || login || (r.id ?? '');
  return String(r.fields.name ?? r.id ?? '');
}
