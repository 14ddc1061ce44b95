import { describe, expect, it } from 'vitest';
import type { Structure, Value } from '../../api/resource.ts';
import { displayName, hasName, isReference, statusOf, unwrapList, valueAt } from './fields.ts';

const s = (fields: Record<string, Value>, extra: Partial<Structure> = {}): Structure => ({ fields, links: {}, actions: {}, ...extra });

describe('fields', () => {
  const vm = s({ name: 'web1', status: 'up', cpu: s({ topology: s({ cores: 2 }) }), cluster: s({}, { id: 'c', href: '/ovirt-engine/api/clusters/c' }) }, { id: 'v', href: '/h' });
  it('reads dotted paths, identity included', () => {
    expect(valueAt(vm, 'cpu.topology.cores')).toBe(2);
    expect(valueAt(vm, 'cluster.id')).toBe('c');
    expect(valueAt(vm, 'id')).toBe('v');
    expect(valueAt(vm, 'cpu.nothing.here')).toBeUndefined();
    expect(valueAt(vm, 'name.length')).toBeUndefined();
  });
  it('tells references from nested structures', () => {
    expect(isReference(vm.fields.cluster)).toBe(true);
    expect(isReference(vm.fields.cpu)).toBe(false);
    expect(isReference('x')).toBe(false);
  });
  it('unwraps wrapped lists only', () => {
    expect(unwrapList(s({ usage: ['vm', 'display'] }))).toEqual(['vm', 'display']);
    const two = s({ a: [1], b: [2] });
    expect(unwrapList(two)).toBe(two);
    expect(unwrapList(['x'])).toEqual(['x']);
  });
  it('names resources by name, alias or user name, else id', () => {
    expect(displayName(vm)).toBe('web1');
    expect(displayName(s({ alias: 'disk1' }))).toBe('disk1');
    expect(displayName(s({ user_name: 'admin@internal' }))).toBe('admin@internal');
    expect(displayName(s({}, { id: '42', kind: 'event' }))).toBe('42');
    expect(hasName(s({}, { id: '42' }))).toBe(false);
    expect(hasName(vm)).toBe(true);
  });
  it('reads v4 and v3 statuses', () => {
    expect(statusOf(vm)).toBe('up');
    expect(statusOf(s({ status: s({ state: 'down' }) }))).toBe('down');
    expect(statusOf(s({}))).toBeUndefined();
  });
});
