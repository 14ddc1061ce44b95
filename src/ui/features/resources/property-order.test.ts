import { describe, expect, it } from 'vitest';
import type { Resource, Structure } from '../../../api/resource.ts';
import { layoutProperties } from './property-order.ts';

const ref = (kind: string, id: string): Structure => ({ kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields: {}, links: {}, actions: {} });
const struct = (fields: Structure['fields']): Structure => ({ fields, links: {}, actions: {} });

describe('layoutProperties', () => {
  const vm: Resource = {
    kind: 'vm',
    id: 'v1',
    href: '/ovirt-engine/api/vms/v1',
    links: {},
    actions: {},
    fields: {
      memory: 1024,
      status: 'up',
      name: 'web1',
      cpu_profile: ref('cpu_profile', 'p'),
      template: ref('template', 't'),
      cluster: ref('cluster', 'c'),
      host: ref('host', 'h'),
      cpu: struct({ topology: struct({ cores: 2 }) }),
      tags: struct({ tag: ['a', 'b'] }),
      nics: struct({ nic: [struct({ name: 'nic1' })] }),
      comment: '',
    },
  };
  const layout = layoutProperties(vm);
  it('puts identity first and the id last, and drops empty values', () => {
    expect(layout.simple.map(([k]) => k)).toEqual(['name', 'status', 'template', 'memory', 'cluster', 'host', 'cpu_profile', 'tags', 'id']);
  });
  it('sends nested structures and lists of structures to sections', () => {
    expect(layout.nested.map(([k]) => k)).toEqual(['cpu', 'nics']);
  });
  it('resolves only the two most useful references eagerly', () => {
    expect([...layout.eager].sort()).toEqual(['cluster', 'host']);
  });
});
