import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { directorySearch, preferredDomain, principalFields } from './principal-entry.ts';

const res = (kind: string, id: string, fields: Resource['fields']): Resource => ({ kind, id, fields, links: {}, actions: {} });

describe('directorySearch', () => {
  it('searches names containing the text, quoting what needs it', () => {
    expect(directorySearch('')).toBeUndefined();
    expect(directorySearch('  ')).toBeUndefined();
    expect(directorySearch('dav')).toBe('name=*dav*');
    expect(directorySearch('*dav*')).toBe('name=*dav*');
    expect(directorySearch('Mary Ann')).toBe('name="*Mary Ann*"');
  });
});

describe('preferredDomain', () => {
  it('prefers a directory over the internal domain', () => {
    const internal = res('domain', 'i', { name: 'internal-authz' });
    const ldap = res('domain', 'e', { name: 'example.com-authz' });
    expect(preferredDomain([internal, ldap])?.id).toBe('e');
    expect(preferredDomain([internal])?.id).toBe('i');
    expect(preferredDomain([])).toBeUndefined();
  });
});

describe('principalFields', () => {
  const domain = res('domain', 'd1', { name: 'example.com-authz' });
  it('sends user_name, principal and the domain for a user', () => {
    const dave = res('user', 'u1', { name: 'Dave', principal: 'dave@example.com', user_name: 'dave@example.com@example.com-authz', domain_entry_id: 'abc' });
    expect(principalFields('user', dave, domain)).toEqual({ user_name: 'dave@example.com@example.com-authz', principal: 'dave@example.com', domain_entry_id: 'abc', domain: { id: 'd1' } });
  });
  it('builds user_name from the principal when the directory gave none', () => {
    const joe = res('user', 'u2', { principal: 'joe' });
    expect(principalFields('user', joe, domain)).toMatchObject({ user_name: 'joe@example.com-authz', principal: 'joe' });
  });
  it('sends name and domain for a group', () => {
    const g = res('group', 'g1', { name: 'example.com/Groups/qa', domain_entry_id: 'x' });
    expect(principalFields('group', g, domain)).toEqual({ name: 'example.com/Groups/qa', domain_entry_id: 'x', domain: { id: 'd1' } });
  });
});
