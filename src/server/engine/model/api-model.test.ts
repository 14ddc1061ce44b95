import { describe, expect, it } from 'vitest';
import { apiModel } from './api-model.ts';

const model = apiModel();
const member = (type: string, name: string) => model.member(type, name);

describe('types', () => {
  it('loads once and knows the model version and root', () => {
    expect(apiModel()).toBe(model);
    expect(model.version).toBe('4.6.1');
    expect(model.root).toBe('system');
  });

  it('lists inherited members first, in XSD order, with id as the only attribute', () => {
    const names = model.members('vm').map((m) => m.name);
    expect(names.slice(0, 4)).toEqual(['id', 'name', 'description', 'comment']);
    expect(names.indexOf('memory')).toBeLessThan(names.indexOf('status')); // vm_base before vm
    expect(names).toContain('fqdn');
    for (const type of ['vm', 'host', 'disk', 'cluster']) {
      expect(model.members(type).filter((m) => m.attr).map((m) => m.name)).toEqual(['id']);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('knows wire names, list wrappers and items, and links', () => {
    expect(member('vm', 'nics')).toMatchObject({ wire: 'nics', item: 'nic', list: true, link: true, type: 'nic' });
    expect(member('network', 'usages')).toMatchObject({ wire: 'usages', item: 'usage', type: 'network_usage' });
    expect(member('boot', 'devices')).toMatchObject({ wire: 'devices', item: 'device', type: 'boot_device' });
    expect(member('vm', 'numa_nodes')).toMatchObject({ wire: 'host_numa_nodes', item: 'host_numa_node' });
    expect(member('vm', 'host_numa_nodes')?.name).toBe('numa_nodes');
    expect(member('host', 'transparent_huge_pages')?.wire).toBe('transparent_hugepages');
    expect(member('vm', 'memory')).toEqual({ name: 'memory', wire: 'memory', type: 'integer' });
    expect(member('vm', 'nope')).toBeUndefined();
  });

  it('knows object and collection element names', () => {
    expect(model.struct('vm')).toMatchObject({ element: 'vm', collection: 'vms' });
    expect(model.struct('data_center')).toMatchObject({ element: 'data_center', collection: 'data_centers' });
    expect(model.struct('operating_system_info')).toMatchObject({ element: 'operating_system', collection: 'operation_systems' });
    expect(model.struct('operating_system')?.element).toBe('os');
    expect(model.struct('migration_options')?.element).toBe('migration');
    expect(model.typeByElement('os')?.name).toBe('operating_system');
  });

  it('knows enums and primitives', () => {
    expect(model.enumValues('vm_status')).toContain('powering_up');
    expect(model.enumValues('data_center_status')).toEqual(['uninitialized', 'up', 'maintenance', 'not_operational', 'problematic', 'contend']);
    expect(model.isPrimitive('date')).toBe(true);
    expect(model.isPrimitive('vm')).toBe(false);
    expect(model.enumValues('vm')).toBeUndefined();
  });
});

describe('services', () => {
  it('marks collections and entities, with their types', () => {
    expect(model.service('vms')).toMatchObject({ role: 'collection', type: 'vm' });
    expect(model.service('vm')).toMatchObject({ role: 'entity', type: 'vm' });
    expect(model.service('vm_nics')).toMatchObject({ role: 'collection', type: 'nic' });
    expect(model.service('system')).toMatchObject({ role: 'service', type: 'api' });
    expect(model.idLocator('vms')).toMatchObject({ name: 'vm', service: 'vm', path: '{id}' });
  });

  it('keeps method parameters and signatures as in the source', () => {
    const add = model.method('vms', 'add')!;
    expect(add.kind).toBe('add');
    expect(add.signatures?.map((s) => s.name)).toEqual(expect.arrayContaining(['from_scratch', 'from_snapshot']));
    const stop = model.method('vm', 'stop')!;
    expect(stop).toMatchObject({ kind: 'action', path: 'stop' });
    expect(stop.parameters.find((p) => p.name === 'force')).toMatchObject({ type: 'boolean', in: true, out: false, mandatory: false });
    expect(model.method('vm', 'cancel_migration')?.path).toBe('cancelmigration');
    expect(model.actions('vm').map((a) => a.path)).toEqual(expect.arrayContaining(['start', 'shutdown', 'migrate', 'cancelmigration']));
    expect(model.subLocators('vm').map((l) => l.path)).toEqual(expect.arrayContaining(['nics', 'diskattachments', 'permissions', 'statistics']));
  });

  it('resolves URL paths from the root service', () => {
    const names = (segs: string[]) => model.resolvePath(segs)?.steps.map((s) => s.service.name);
    expect(names([])).toEqual(['system']);
    expect(names(['vms'])).toEqual(['system', 'vms']);
    expect(names(['datacenters', 'dc1', 'storagedomains', 'sd1', 'disks'])).toEqual(
      ['system', 'data_centers', 'data_center', 'attached_storage_domains', 'attached_storage_domain', 'attached_storage_domain_disks']);
    expect(names(['operatingsystems', 'o1'])).toEqual(['system', 'operating_systems', 'operating_system']);
    const start = model.resolvePath(['vms', '123', 'start'])!;
    expect(start.action?.name).toBe('start');
    expect(start.steps.at(-1)).toMatchObject({ id: '123', segment: '123' });
    expect(start.steps.at(-1)!.service.name).toBe('vm');
    expect(model.resolvePath(['vms', '123', 'diskattachments', 'd1'])?.steps.at(-1)?.service.name).toBe('disk_attachment');
    expect(model.resolvePath(['events', 'undelete'])?.action?.name).toBe('undelete');
    expect(model.resolvePath(['nosuch'])).toBeUndefined();
    expect(model.resolvePath(['vms', '123', 'start', 'x'])).toBeUndefined();
    expect(model.resolvePath(['vms', ''])).toBeUndefined();
  });
});
