import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionBody, builtinActionParams, catalogFromModel, catalogFromRsdl, describeAction, isActionEnabled, loadEngineCatalog } from './actions.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('isActionEnabled (api-reference §8)', () => {
  const vm: [string, string, boolean][] = [
    ['start', 'down', true], ['start', 'suspended', true], ['start', 'paused', true], ['start', 'up', false], ['start', 'powering_up', false],
    ['stop', 'up', true], ['stop', 'paused', true], ['stop', 'migrating', true], ['stop', 'not_responding', true], ['stop', 'down', false],
    ['shutdown', 'saving_state', false], ['shutdown', 'unknown', false], ['shutdown', 'suspended', true],
    ['suspend', 'up', true], ['suspend', 'paused', false],
    ['reboot', 'powering_up', true], ['reboot', 'down', false], ['reset', 'up', true],
    ['migrate', 'reboot_in_progress', true], ['migrate', 'down', false],
    ['cancelmigration', 'migrating', true], ['cancel_migration', 'up', false],
    ['remove', 'down', true], ['delete', 'up', false], ['export', 'down', true], ['export', 'up', false],
    ['add_snapshot', 'up', true], ['add_snapshot', 'migrating', false],
    ['detach', 'image_locked', false], ['ticket', 'up', true], ['ticket', 'down', false],
    ['start', 'Down', true], ['stop', 'MigratingFrom', true], ['cancelmigration', 'migrating_to', true], ['start', 'powered_down', true],
  ];
  for (const [a, s, ok] of vm) it(`vm ${a} in ${s} → ${ok}`, () => expect(isActionEnabled('vm', s, a)).toBe(ok));

  const host: [string, string, boolean][] = [
    ['activate', 'maintenance', true], ['activate', 'up', false], ['deactivate', 'up', true], ['deactivate', 'maintenance', false],
    ['remove', 'maintenance', true], ['remove', 'up', false], ['approve', 'pending_approval', true], ['approve', 'up', false],
    ['install', 'install_failed', true], ['install', 'up', false], ['fence', 'non_responsive', true],
  ];
  for (const [a, s, ok] of host) it(`host ${a} in ${s} → ${ok}`, () => expect(isActionEnabled('host', s, a)).toBe(ok));

  it('storage domains and unknowns', () => {
    expect(isActionEnabled('storage_domain', 'maintenance', 'activate')).toBe(true);
    expect(isActionEnabled('storage_domain', 'active', 'activate')).toBe(false);
    expect(isActionEnabled('storage_domain', 'activating', 'deactivate')).toBe(true);
    expect(isActionEnabled('attached_storage_domain', 'active', 'detach')).toBe(false);
    expect(isActionEnabled('storage_domain', 'unattached', 'remove')).toBe(true);
    expect(isActionEnabled('cluster', 'whatever', 'upgrade')).toBe(true);
    expect(isActionEnabled('vm', undefined, 'start')).toBe(true);
    // moved from the dashboard's former copy of the tables (src/ui/app/action-rules.test.ts)
    expect(isActionEnabled('vm', 'UP', 'suspend')).toBe(true);
    expect(isActionEnabled('vm', 'migrating', 'cancel_migration')).toBe(true);
    expect(isActionEnabled('gizmo', 'down', 'start')).toBe(true);
    expect(isActionEnabled('vm', 'down', 'screenshot')).toBe(true);
  });
});

describe('action parameter descriptions', () => {
  it('built-in knowledge covers the common actions', () => {
    const start = builtinActionParams('vm', 'start')!;
    expect(start.source).toBe('builtin');
    expect(start.params.map((p) => p.path)).toEqual(expect.arrayContaining(['pause', 'use_cloud_init', 'vm.os.boot.devices']));
    expect(start.params.find((p) => p.path === 'async')?.advanced).toBe(true);
    expect(builtinActionParams('vm', 'migrate')!.params.find((p) => p.path === 'host')).toMatchObject({ type: 'reference', refType: 'host' });
    expect(builtinActionParams('vm', 'ticket')!.params[0]).toMatchObject({ path: 'ticket.expiry', type: 'integer' });
    expect(builtinActionParams('vm', 'clone')!.params[0]).toMatchObject({ path: 'vm.name', required: true });
    expect(builtinActionParams('host', 'fence')!.params[0]).toMatchObject({ path: 'fence_type', type: 'enum', required: true, values: ['manual', 'restart', 'start', 'status', 'stop'] });
    expect(builtinActionParams('host', 'install')!.params.find((p) => p.path === 'root_password')?.secret).toBe(true);
    expect(builtinActionParams('host', 'iscsi_discover')!.params[0]).toMatchObject({ path: 'iscsi.address', required: true });
    expect(builtinActionParams('storage_domain', 'deactivate')!.params.map((p) => p.path)).toContain('force');
    // no curated entry: the generated model table answers
    const m = builtinActionParams('vm', 'freeze_filesystems');
    expect(m?.source).toBe('model');
    expect(builtinActionParams('vm', 'no_such_action')).toBeUndefined();
  });

  it('reads the v3 RSDL self-description', () => {
    const cat = catalogFromRsdl(fx('v3-rsdl-trimmed.xml'));
    expect(cat.size).toBe(10);
    const fence = describeAction('host', 'fence', cat)!;
    expect(fence.source).toBe('engine');
    expect(fence.params.find((p) => p.path === 'fence_type')?.required).toBe(true);
    const migrate = cat.get('vm', 'migrate')!;
    expect(migrate.find((p) => p.path === 'host')).toMatchObject({ type: 'reference', refType: 'host' });
    // v3 names the kind `storagedomain` and has no force parameter; the curated table adds it
    expect(cat.get('storagedomain', 'deactivate')!.map((p) => p.path)).toEqual(['async', 'grace_period.expiry']);
    const sd = describeAction('storage_domain', 'deactivate', cat)!;
    expect(sd.source).toBe('engine');
    expect(sd.params.map((p) => p.path)).toEqual(['force', 'async', 'grace_period.expiry']);
  });

  it('reads a model.json self-description (the shape the embedded engine serves)', () => {
    const model = {
      types: [{ name: 'fence_type', kind: 'enum', values: ['restart', 'stop'] }],
      services: [{ name: 'host', methods: [{ name: 'fence', kind: 'action', parameters: [{ name: 'fence_type', type: 'fence_type', list: false, in: true, out: false, mandatory: true }, { name: 'async', type: 'boolean', list: false, in: true, out: false, mandatory: false }] }] }],
    };
    const cat = catalogFromModel(model);
    expect(cat.get('host', 'fence')).toEqual([
      { path: 'fence_type', type: 'enum', required: true, label: 'Fence type', values: ['restart', 'stop'] },
      { path: 'async', type: 'boolean', required: false, label: 'Async', advanced: true },
    ]);
  });

  it('loads the engine catalogue, falling back to nothing when it is unavailable', async () => {
    const seen: string[] = [];
    const rsdl = await loadEngineCatalog(async (h) => (seen.push(h), { text: fx('v3-rsdl-trimmed.xml'), contentType: 'application/xml' }), '/api', 3);
    expect(seen).toEqual(['/api?rsdl']);
    expect(rsdl?.size).toBe(10);
    const none = await loadEngineCatalog(async () => {
      throw new Error('404');
    }, '/ovirt-engine/api', 4);
    expect(none).toBeUndefined();
  });

  it('builds action bodies from form paths', () => {
    expect(actionBody({ 'ticket.expiry': 120, 'vm.os.boot.devices': ['cdrom'], pause: false, empty: '' })).toEqual({ ticket: { expiry: 120 }, vm: { os: { boot: { devices: ['cdrom'] } } }, pause: false });
  });
});
