import { describe, expect, it } from 'vitest';
import type { Resource, Value } from '../../../api/resource.ts';
import { columnsFor, inferColumns } from './columns.ts';

const res = (kind: string, id: string, fields: Record<string, Value>): Resource => ({ kind, id, href: `/ovirt-engine/api/x/${id}`, fields, links: {}, actions: {} });
const ref = (kind: string, id: string) => ({ kind, id, href: `/ovirt-engine/api/${kind}s/${id}`, fields: {}, links: {}, actions: {} });

describe('columnsFor known types', () => {
  it('gives VMs the Administration Portal columns', () => {
    const vm = res('vm', '1', { name: 'web1', status: 'up', memory: 1024, host: ref('host', 'h'), cluster: ref('cluster', 'c'), start_time: '2024-01-01T00:00:00Z', description: 'x', cpu: { fields: { topology: { fields: { sockets: 1 }, links: {}, actions: {} } }, links: {}, actions: {} } });
    expect(columnsFor('vm', [vm]).map((col) => col.title)).toEqual(['Name', 'Status', 'Host', 'Cluster', 'Memory', 'CPUs', 'Uptime', 'Description']);
  });
  it('drops known columns that no item fills, but keeps the name', () => {
    const vm = res('vm', '1', { status: 'down', memory: 1 });
    expect(columnsFor('vm', [vm]).map((col) => col.id)).toEqual(['name', 'status', 'memory']);
  });
  it('shows every known column for an empty page', () => {
    expect(columnsFor('host', []).length).toBeGreaterThan(4);
  });
});

describe('inferColumns', () => {
  it('puts name and status first, description last, and picks common scalar and ref fields', () => {
    const items = [
      res('gizmo', '1', { name: 'a', description: 'd', size: 3, enabled: true, owner: ref('user', 'u'), created: '2024-01-01T00:00:00Z', status: 'ok' }),
      res('gizmo', '2', { name: 'b', size: 4, enabled: false, rare: 'only here', owner: ref('user', 'u') }),
      res('gizmo', '3', { name: 'c', size: 5, enabled: false, owner: ref('user', 'u') }),
    ];
    const cols = inferColumns(items);
    expect(cols.map((col) => [col.id, col.kind])).toEqual([
      ['name', 'name'], ['status', 'status'], ['size', 'number'], ['enabled', 'boolean'], ['owner', 'ref'], ['description', 'text'],
    ]);
  });
  it('falls back to the id when items have no name, and caps the column count', () => {
    const fields: Record<string, Value> = {};
    for (let i = 0; i < 20; i++) fields[`f${i}`] = i;
    const cols = inferColumns([res('thing', '1', fields)]);
    expect(cols[0]).toMatchObject({ id: 'id', kind: 'name' });
    expect(cols.length).toBeLessThanOrEqual(8);
  });
  it('unwraps wrapped scalar lists', () => {
    const items = [res('net', '1', { name: 'n', usages: { fields: { usage: ['vm', 'display'] }, links: {}, actions: {} } })];
    expect(inferColumns(items).find((col) => col.id === 'usages')?.kind).toBe('list');
  });
});

describe('followFor', () => {
  it('inlines the reference columns of known types only', async () => {
    const { followFor } = await import('./columns.ts');
    expect(followFor('vm')).toBe('host,cluster');
    expect(followFor('event')).toBeUndefined();
    expect(followFor('gizmo')).toBeUndefined();
    expect(followFor(undefined)).toBeUndefined();
  });
});
