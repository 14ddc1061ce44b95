import { describe, expect, it } from 'vitest';
import { buildBookmarkLinks, buildNavGroups } from './nav-groups.ts';

const api = (rels: string[]) => Object.fromEntries(rels.map((r) => [r, `/ovirt-engine/api/${r.replace('/search', '?search={query}')}`]));

describe('buildNavGroups', () => {
  it('groups known rels like the Administration Portal and keeps the group order', () => {
    const groups = buildNavGroups(api(['hosts', 'vms', 'vms/search', 'users', 'networks', 'disks', 'events', 'events/search']));
    expect(groups.map((g) => g.id)).toEqual(['compute', 'network', 'storage', 'administration', 'events']);
    expect(groups[0].links.map((l) => l.title)).toEqual(['Virtual machines', 'Hosts']);
    expect(groups[0].links[0].href).toBe('/ovirt-engine/api/vms');
    expect(groups.flatMap((g) => g.links).some((l) => l.rel.includes('/'))).toBe(false);
  });
  it('puts unknown rels under More, humanised and sorted', () => {
    const groups = buildNavGroups(api(['vms', 'zebra_things', 'alpha']));
    const more = groups.find((g) => g.id === 'more');
    expect(more?.links.map((l) => l.title)).toEqual(['Alpha', 'Zebra things']);
  });
  it('omits empty groups', () => {
    expect(buildNavGroups(api(['events'])).map((g) => g.id)).toEqual(['events']);
    expect(buildNavGroups({})).toEqual([]);
  });
});

describe('buildNavGroups targets', () => {
  it('sends a rel to another href when asked (Tags → the root tag)', () => {
    const groups = buildNavGroups(api(['tags', 'users']), { tags: '/ovirt-engine/api/tags/0' });
    const admin = groups.find((g) => g.id === 'administration');
    expect(admin?.links.map((l) => [l.rel, l.href])).toEqual([
      ['users', '/ovirt-engine/api/users'],
      ['tags', '/ovirt-engine/api/tags/0'],
    ]);
  });
});

describe('buildBookmarkLinks', () => {
  it('leads each bookmark to its collection with its search, sorted by name', () => {
    const links = buildBookmarkLinks(
      [
        { id: '2', name: 'Running VMs', value: 'Vms: status=up' },
        { id: '1', name: 'Hosts not up', value: 'Hosts: status!=up' },
        { id: '3', name: 'Broken', value: 'no object here' },
        { id: '4', name: 'Pools', value: 'Pools: name=x' },
      ],
      api(['vms', 'hosts']),
    );
    expect(links).toEqual([
      { id: '1', title: 'Hosts not up', href: '/ovirt-engine/api/hosts', search: 'status!=up' },
      { id: '2', title: 'Running VMs', href: '/ovirt-engine/api/vms', search: 'status=up' },
    ]);
  });
});
