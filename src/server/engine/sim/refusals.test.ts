/**
 * Every action refused in the current state answers 409 "Operation Failed" with the engine's
 * bracketed wording, and leaves the store exactly as it was (documents, events, jobs, pending
 * transitions). The accepted-in tables come from api-reference §8.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doc, Store } from '../store/store.ts';
import { ActionRefused } from './refusals.ts';
import { buildWorld, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
// One world for the (many) table cases: each case first puts the object back as it was.
beforeAll(() => {
  w = buildWorld();
});
afterAll(() => w.close());
let pristine: Record<string, Doc> = {};
beforeAll(() => {
  pristine = { vm: w.vm(ids.vmUp), host: w.host(ids.host3), sd: w.store.get('attached_storage_domains', ids.sdIso, ids.dc)! };
});
function reset(): void {
  w.store.replace('vms', ids.vmUp, pristine.vm, '');
  w.store.replace('hosts', ids.host3, pristine.host, '');
  w.store.replace('attached_storage_domains', ids.sdIso, pristine.sd, ids.dc);
}

function snapshot(store: Store): string {
  const collections = ['vms', 'hosts', 'attached_storage_domains', 'storage_domains', 'data_centers', 'jobs', 'job_steps', 'disks', 'snapshots'];
  return JSON.stringify([collections.map((c) => store.list(c)), store.lastEventIndex()]);
}

function refused(fn: () => unknown): ActionRefused {
  try {
    fn();
  } catch (err) {
    if (err instanceof ActionRefused) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

const VM_STATES = ['down', 'up', 'powering_up', 'paused', 'suspended', 'migrating', 'image_locked', 'saving_state', 'restoring_state', 'wait_for_launch', 'powering_down', 'reboot_in_progress', 'not_responding', 'unknown'];

// action → statuses where it is accepted (anything else must be refused)
const VM_TABLE: Record<string, string[]> = {
  start: ['down', 'suspended', 'paused'],
  stop: ['up', 'powering_up', 'paused', 'suspended', 'migrating', 'wait_for_launch', 'powering_down', 'reboot_in_progress', 'not_responding'],
  shutdown: ['up', 'powering_up', 'paused', 'suspended', 'migrating', 'wait_for_launch', 'powering_down', 'reboot_in_progress', 'not_responding'],
  suspend: ['up'],
  reboot: ['up', 'powering_up'],
  reset: ['up', 'powering_up'],
  migrate: ['up', 'powering_up', 'reboot_in_progress', 'paused'],
  cancelmigration: ['migrating'],
  export: ['down'],
};

describe('refused VM transitions', () => {
  const cases = Object.entries(VM_TABLE).flatMap(([action, ok]) => VM_STATES.filter((s) => !ok.includes(s)).map((s) => [action, s] as const));

  it.each(cases)('%s on a %s VM → 409, store unchanged', (action, status) => {
    reset();
    w.store.update('vms', ids.vmUp, { status });
    const before = snapshot(w.store);
    const pending = w.sim.pending();
    const err = refused(() => w.sim.act('vm', ids.vmUp, action, {}, w.ctx));
    expect(err.status).toBe(409);
    expect(err.reason).toBe('Operation Failed');
    expect(err.detail).toMatch(/^\[Cannot .+\. .+\]$/);
    expect(snapshot(w.store)).toBe(before);
    expect(w.sim.pending()).toBe(pending);
  });

  it.each(Object.entries(VM_TABLE).flatMap(([action, ok]) => ok.map((s) => [action, s] as const)))('%s on a %s VM is accepted', (action, status) => {
    reset();
    w.store.update('vms', ids.vmUp, { status });
    // Accepted in this state: no 409; an action that still lacks a parameter (export's storage
    // domain) may answer 400 for that, after the state check.
    try {
      w.sim.act('vm', ids.vmUp, action, {}, w.ctx);
    } catch (err) {
      expect(err instanceof ActionRefused ? err.status : err).toBe(400);
    }
  });

  it('words the common cases like the engine', () => {
    reset();
    expect(refused(() => w.sim.act('vm', ids.vmUp, 'start', {}, w.ctx)).detail).toBe('[Cannot run VM. VM is running.]');
    expect(refused(() => w.sim.act('vm', ids.vmDown, 'stop', {}, w.ctx)).detail).toBe('[Cannot stop VM. VM is not running.]');
    expect(refused(() => w.sim.act('vm', ids.vmDown, 'shutdown', {}, w.ctx)).detail).toBe('[Cannot shutdown VM. VM is not running.]');
    expect(refused(() => w.sim.act('vm', ids.vmLocked, 'start', {}, w.ctx)).detail).toBe('[Cannot run VM. VM is locked. Please try again in a few minutes.]');
    w.store.update('vms', ids.vmUp, { status: 'powering_up' });
    expect(refused(() => w.sim.act('vm', ids.vmUp, 'start', {}, w.ctx)).detail).toBe('[Cannot run VM. VM is already running.]');
  });

  it('refuses removing a running or delete-protected VM', () => {
    expect(refused(() => w.sim.checkRemove('vm', w.vm(ids.vmUp), w.ctx)).detail).toBe('[Cannot remove VM. VM is running.]');
    w.store.update('vms', ids.vmDown, { delete_protected: true });
    expect(refused(() => w.sim.checkRemove('vm', w.vm(ids.vmDown), w.ctx)).detail).toMatch(/Delete protection is enabled/);
  });
});

const HOST_STATES = ['up', 'maintenance', 'non_responsive', 'non_operational', 'install_failed', 'installing', 'preparing_for_maintenance', 'pending_approval', 'down', 'error', 'reboot', 'unassigned'];
const HOST_TABLE: Record<string, string[]> = {
  activate: ['maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'],
  deactivate: ['up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'],
  approve: ['pending_approval'],
  install: ['maintenance', 'install_failed', 'non_operational', 'pending_approval'],
};

describe('refused host transitions', () => {
  const cases = Object.entries(HOST_TABLE).flatMap(([action, ok]) => HOST_STATES.filter((s) => !ok.includes(s)).map((s) => [action, s] as const));

  it.each(cases)('%s on a %s host → 409, store unchanged', (action, status) => {
    reset();
    w.store.update('hosts', ids.host3, { status });
    const before = snapshot(w.store);
    const err = refused(() => w.sim.act('host', ids.host3, action, {}, w.ctx));
    expect(err.status).toBe(409);
    expect(err.detail).toMatch(/^\[Cannot .+\]$/);
    expect(snapshot(w.store)).toBe(before);
  });

  it('words maintenance twice and wrong statuses', () => {
    reset();
    expect(refused(() => w.sim.act('host', ids.host3, 'deactivate', {}, w.ctx)).detail).toBe('[Cannot switch Host to Maintenance mode. Host is already in Maintenance mode.]');
    expect(refused(() => w.sim.act('host', ids.host1, 'approve', {}, w.ctx)).detail).toBe(
      '[Cannot approve Host. The operation requires the Host to be in one of these statuses: Pending Approval. Current status: Up.]',
    );
    expect(refused(() => w.sim.checkRemove('host', w.host(ids.host1), w.ctx)).status).toBe(409);
  });

  it('refuses fencing without power management, and a bad fence type with 400', () => {
    expect(refused(() => w.sim.act('host', ids.host1, 'fence', { fence_type: 'restart' }, w.ctx)).detail).toBe('[Cannot restart Host. Power Management is not enabled for Host.]');
    expect(refused(() => w.sim.act('host', ids.host1, 'fence', { fence_type: 'reboot' }, w.ctx)).status).toBe(400);
  });
});

const SD_STATES = ['active', 'inactive', 'locked', 'maintenance', 'preparing_for_maintenance', 'activating', 'unknown'];
const SD_TABLE: Record<string, string[]> = {
  activate: ['inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'],
  deactivate: ['active', 'inactive', 'activating'],
  detach: ['maintenance'],
};

describe('refused storage domain transitions', () => {
  const cases = Object.entries(SD_TABLE).flatMap(([action, ok]) => SD_STATES.filter((s) => !ok.includes(s)).map((s) => [action, s] as const));

  it.each(cases)('%s on a %s domain → 409, store unchanged', (action, status) => {
    reset();
    w.store.update('attached_storage_domains', ids.sdIso, { status }, ids.dc);
    const before = snapshot(w.store);
    const err = refused(() => w.sim.act('attached_storage_domain', ids.sdIso, action, {}, { ...w.ctx, parentId: ids.dc }));
    expect(err.status).toBe(409);
    expect(err.detail).toMatch(/^\[Cannot \w+ Storage\. The relevant Storage Domain's status is .+\.\]$/);
    expect(snapshot(w.store)).toBe(before);
  });
});

describe('refused disk, template and snapshot operations', () => {
  it('a locked disk cannot move', () => {
    w.store.update('disks', ids.tplDisk, { status: 'locked' });
    expect(refused(() => w.sim.act('disk', ids.tplDisk, 'move', { storage_domain: { id: ids.sdIso } }, w.ctx)).detail).toBe(
      '[Cannot move Virtual Disk. Disk is locked. Please try again later.]',
    );
  });

  it('a template in use cannot be removed; a template from a running VM cannot be made', () => {
    expect(refused(() => w.sim.checkRemove('template', w.store.get('templates', ids.template, '')!, w.ctx)).detail).toMatch(/Template is being used by the following VMs/);
    expect(refused(() => w.sim.checkCreate('template', { name: 't', vm: { id: ids.vmUp } }, w.ctx)).detail).toBe('[Cannot add Template. VM is running.]');
  });

  it('no snapshot while migrating, no preview while running', () => {
    w.store.update('vms', ids.vmUp, { status: 'migrating' });
    expect(refused(() => w.sim.checkCreate('snapshot', { description: 's' }, { ...w.ctx, parentId: ids.vmUp })).status).toBe(409);
    w.store.update('vms', ids.vmUp, { status: 'up' });
    expect(refused(() => w.sim.act('vm', ids.vmUp, 'previewsnapshot', { snapshot: { id: 'x' } }, w.ctx)).detail).toBe('[Cannot preview Snapshot. VM is running.]');
  });
});
