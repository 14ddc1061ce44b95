import { describe, expect, it } from 'vitest';
import type { Resource, Value } from '../../../api/resource.ts';
import { choiceFilter } from './reference-filter.ts';

const ref = (id: string) => ({ id, href: `/x/${id}`, fields: {}, links: {}, actions: {} });
const res = (kind: string, id: string, fields: Record<string, Value>): Resource => ({ kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields, links: {}, actions: {} });

describe('choiceFilter', () => {
  const vm = res('vm', 'v1', { status: 'up', cluster: ref('c1'), host: ref('h1') });
  const hosts = [
    res('host', 'h1', { status: 'up', cluster: ref('c1') }),
    res('host', 'h2', { status: 'up', cluster: ref('c1') }),
    res('host', 'h3', { status: 'maintenance', cluster: ref('c1') }),
    res('host', 'h4', { status: 'up', cluster: ref('c2') }),
  ];
  it('offers a migrating VM the other up hosts of its cluster', () => {
    expect(hosts.filter(choiceFilter(vm, 'host', 'host')).map((h) => h.id)).toEqual(['h2']);
  });
  it('offers everything for unknown combinations', () => {
    expect(hosts.filter(choiceFilter(vm, 'cluster', 'cluster')).length).toBe(4);
  });
});
