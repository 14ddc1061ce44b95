import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { isPrincipal, matchPrincipals, permissionFields, principalLabel, roleOptions } from './permission-body.ts';

const res = (kind: string, id: string, fields: Resource['fields']): Resource => ({ kind, id, fields, links: {}, actions: {} });

describe('permissionFields', () => {
  it('names the role and the user or group', () => {
    expect(permissionFields('r1', { kind: 'user', id: 'u1' })).toEqual({ role: { id: 'r1' }, user: { id: 'u1' } });
    expect(permissionFields('r1', { kind: 'group', id: 'g1' })).toEqual({ role: { id: 'r1' }, group: { id: 'g1' } });
  });
  it('knows principals', () => {
    expect(isPrincipal(res('user', 'u', {}))).toBe(true);
    expect(isPrincipal(res('vm', 'v', {}))).toBe(false);
    expect(isPrincipal(undefined)).toBe(false);
  });
});

describe('roleOptions', () => {
  it('splits administrator and user roles, sorted by name', () => {
    const o = roleOptions([
      res('role', '1', { name: 'UserRole', administrative: false }),
      res('role', '2', { name: 'SuperUser', administrative: true, description: 'all' }),
      res('role', '3', { name: 'ClusterAdmin', administrative: true }),
      res('role', '4', { name: 'Custom' }),
    ]);
    expect(o.admin.map((r) => r.name)).toEqual(['ClusterAdmin', 'SuperUser']);
    expect(o.user.map((r) => r.name)).toEqual(['Custom', 'UserRole']);
    expect(o.admin[1].description).toBe('all');
  });
});

describe('matchPrincipals and principalLabel', () => {
  const dave = res('user', 'u1', { name: 'Dave', last_name: 'Okafor', principal: 'dave@example.com', email: 'dave@example.com' });
  const admin = res('user', 'u0', { name: 'admin', user_name: 'admin@internal-authz' });
  const qa = res('group', 'g1', { name: 'example.com/Groups/qa' });
  it('matches any name field, ignoring case', () => {
    expect(matchPrincipals([dave, admin], 'OKA')).toEqual([dave]);
    expect(matchPrincipals([dave, admin], 'internal')).toEqual([admin]);
    expect(matchPrincipals([dave, admin], ' ')).toHaveLength(2);
  });
  it('labels users with their login and groups with their name', () => {
    expect(principalLabel(dave)).toBe('Dave Okafor (dave@example.com)');
    expect(principalLabel(admin)).toBe('admin (admin@internal-authz)');
    expect(principalLabel(qa)).toBe('example.com/Groups/qa');
  });
});
