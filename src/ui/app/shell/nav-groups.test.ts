import { describe, expect, it } from 'vitest';
import { buildNavGroups } from './nav-groups.ts';

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
