import { describe, expect, it } from 'vitest';
import type { Resource, Structure, Value } from '../../../api/resource.ts';
import { codeAt, entityFields, hasEntityForm, valuesFromResource } from './entity-fields.ts';
import { changedValues, initialValues, valuesToBody } from './param-fields.ts';

const KINDS = ['vm', 'host', 'cluster', 'data_center', 'network', 'storage_domain', 'disk', 'template', 'vnic_profile', 'tag', 'role'];
const s = (fields: Record<string, Value>, id?: string): Structure => ({ ...(id ? { id } : {}), fields, links: {}, actions: {} });

describe('entityFields', () => {
  it('every curated field exists in the API model with a control', () => {
    for (const kind of KINDS) {
      expect(hasEntityForm(kind)).toBe(true);
      const fields = entityFields(kind, 'create');
      expect(fields.length, kind).toBeGreaterThan(1);
      expect(fields[0].required, kind).toBe(true);
    }
    expect(codeAt('vm', 'cpu.topology.cores')).toBe('i');
    expect(codeAt('vm', 'no_such_member')).toBeUndefined();
  });
  it('reads types, enums and references from the model', () => {
    const vm = entityFields('vm', 'create');
    expect(vm.find((f) => f.path === 'cluster')).toMatchObject({ control: 'reference', refType: 'cluster', required: true });
    expect(vm.find((f) => f.path === 'type')?.options).toEqual(expect.arrayContaining(['desktop', 'server']));
    expect(vm.find((f) => f.path === 'stateless')?.control).toBe('checkbox');
    expect(entityFields('host', 'create').find((f) => f.path === 'root_password')?.control).toBe('password');
    expect(entityFields('disk', 'create').find((f) => f.path === 'storage_domains')).toMatchObject({ control: 'reference', list: true });
  });
  it('adds what the engine model marks mandatory, and sends a mandatory flag even when false', () => {
    expect(entityFields('data_center', 'create').find((f) => f.path === 'local')?.required).toBe(false);
    const dc = entityFields('data_center', 'create', ['local', 'name']);
    expect(dc.find((f) => f.path === 'local')?.required).toBe(true);
    expect(valuesToBody(dc, { ...initialValues(dc), name: 'dc9' })).toEqual({ name: 'dc9', local: false });
  });
  it('leaves create-only fields out of the edit form', () => {
    const paths = entityFields('vm', 'edit').map((f) => f.path);
    expect(paths).toContain('description');
    expect(paths).not.toContain('cluster');
    expect(paths).not.toContain('template');
  });
  it('builds a create body with units and references', () => {
    const fields = entityFields('vm', 'create');
    const body = valuesToBody(fields, { ...initialValues(fields), name: 'new1', cluster: 'c1', template: 't0', memory: '1024', 'cpu.topology.cores': '2' });
    expect(body).toEqual({ name: 'new1', cluster: { id: 'c1' }, template: { id: 't0' }, memory: 1024 ** 3, cpu: { topology: { cores: 2 } } });
    const disk = entityFields('disk', 'create');
    expect(valuesToBody(disk, { name: 'd', provisioned_size: '1.5', format: 'cow', storage_domains: 'sd1' })).toEqual({ name: 'd', provisioned_size: 1.5 * 1024 ** 3, format: 'cow', storage_domains: [{ id: 'sd1' }] });
  });
  it('edits send only what changed', () => {
    const vm: Resource = { kind: 'vm', ...s({ name: 'web1', description: 'old', memory: 2 * 1024 ** 3, stateless: false, cluster: s({}, 'c1') }, 'v1') } as Resource;
    const fields = entityFields('vm', 'edit');
    const start = valuesFromResource(fields, vm);
    expect(start.memory).toBe('2048');
    const changed = changedValues(fields, start, { ...start, description: 'new' });
    expect(valuesToBody(fields, changed, { edit: true })).toEqual({ description: 'new' });
    expect(valuesToBody(fields, changedValues(fields, start, { ...start, description: '' }), { edit: true })).toEqual({ description: '' });
  });
});
