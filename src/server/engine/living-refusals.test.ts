// Refused transitions over HTTP: every action × every state in which the engine must refuse it
// answers 409 "Operation Failed" with the engine's bracketed "[Cannot …]" detail, and leaves the
// object, the event log and the jobs exactly as they were. States are arranged directly in the
// store of the running engine (the only way to reach e.g. `saving_state` without a race); the
// action itself goes over HTTP to the real simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, TestEngine } from './http/test-support.ts';
import type { Store } from './store/store.ts';

let store!: Store;
const t = new TestEngine({
  simulation: { speed: 8, seed: 51, faults: false },
  hooks: (s) => {
    store = s;
    return {};
  },
});
beforeAll(() => t.start(), 30_000);
afterAll(() => t.stop());

const json = { accept: 'application/json', 'content-type': 'application/json' };

async function getJson(p: string): Promise<any> {
  const r = await t.req('GET', `${API}${p}`, { headers: { accept: 'application/json' } });
  expect(r.status, `GET ${p}`).toBe(200);
  return r.json();
}

async function byName(collection: string, key: string, name: string): Promise<any> {
  const found = ((await getJson(`/${collection}`))[key] ?? []).find((x: any) => x.name === name);
  expect(found, name).toBeTruthy();
  return found;
}

/** What must not change: the object as GET shows it, the newest event, the number of jobs. */
async function world(objectPath: string): Promise<string> {
  return JSON.stringify([await getJson(objectPath), store.lastEventIndex(), store.count('jobs')]);
}

/** POSTs the action (or DELETEs) and checks the refusal and that nothing moved. */
async function expectRefused(method: 'POST' | 'DELETE', p: string, body: unknown, objectPath: string): Promise<string> {
  const before = await world(objectPath);
  const r = await t.req(method, `${API}${p}`, { body: method === 'POST' ? JSON.stringify(body) : undefined, headers: method === 'POST' ? json : { accept: 'application/json' } });
  expect(r.status, r.text).toBe(409);
  const answer = r.json();
  const fault = answer.fault ?? answer;
  if (method === 'POST') expect(answer.status).toBe('failed');
  expect(fault.reason).toBe('Operation Failed');
  expect(fault.detail).toMatch(/^\[Cannot .+\]$/);
  expect(await world(objectPath)).toBe(before);
  return fault.detail;
}

const refusedIn = (table: Record<string, readonly string[]>, states: readonly string[]) =>
  Object.entries(table).flatMap(([action, ok]) => states.filter((s) => !ok.includes(s)).map((s) => [action, s] as const));

// ---- VMs ---------------------------------------------------------------------------------------

const VM_STATES = ['down', 'up', 'powering_up', 'paused', 'suspended', 'migrating', 'image_locked', 'saving_state', 'restoring_state', 'wait_for_launch', 'powering_down', 'reboot_in_progress', 'not_responding', 'unknown'];
const RUNNING_ISH = ['up', 'powering_up', 'paused', 'suspended', 'migrating', 'wait_for_launch', 'powering_down', 'reboot_in_progress', 'not_responding'];

/** VM action → the statuses it is accepted in (api-reference §8); refused in every other. */
const VM_ACCEPTED: Record<string, readonly string[]> = {
  start: ['down', 'suspended', 'paused'],
  stop: RUNNING_ISH,
  shutdown: RUNNING_ISH,
  suspend: ['up'],
  reboot: ['up', 'powering_up'],
  migrate: ['up', 'powering_up', 'reboot_in_progress', 'paused'],
  cancelmigration: ['migrating'],
  ticket: ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'paused'],
  export: ['down'],
  clone: ['down'],
  previewsnapshot: ['down'],
  // refused when down too (no preview running): only the status refusals are tabled here
  commitsnapshot: ['down'],
  undosnapshot: ['down'],
};

function vmBody(action: string, ctx: { exportSd: string; snapshot: string }): unknown {
  if (action === 'export') return { storage_domain: { id: ctx.exportSd } };
  if (action === 'clone') return { vm: { name: 'refused-clone' } };
  if (action === 'previewsnapshot') return { snapshot: { id: ctx.snapshot } };
  if (action === 'ticket') return { ticket: { expiry: 60 } };
  return {};
}

describe('refused VM transitions over HTTP', () => {
  const ctx = { vm: '', exportSd: '', snapshot: '', poolVm: '' };
  beforeAll(async () => {
    ctx.vm = (await byName('vms', 'vm', 'backup-proxy')).id;
    ctx.exportSd = (await byName('storagedomains', 'storage_domain', 'export')).id;
    const snaps = (await getJson(`/vms/${ctx.vm}/snapshots`)).snapshot ?? [];
    const snap = await t.req('POST', `${API}/vms/${ctx.vm}/snapshots`, { body: JSON.stringify({ description: 'table-snap' }), headers: { ...json, 'x-ovirt-expect': '201-created' } });
    expect(snap.status).toBe(201);
    ctx.snapshot = snap.json().id;
    expect(((await getJson(`/vms/${ctx.vm}/snapshots`)).snapshot ?? []).length).toBe(snaps.length + 1);
    const pool = await byName('vmpools', 'vm_pool', 'training');
    ctx.poolVm = ((await getJson('/vms')).vm as any[]).find((v) => v.vm_pool?.id === pool.id && v.status === 'down').id;
  });

  it.each(refusedIn(VM_ACCEPTED, VM_STATES))('%s on a %s VM → 409, untouched', async (action, status) => {
    store.update('vms', ctx.vm, { status }, '');
    await expectRefused('POST', `/vms/${ctx.vm}/${action}`, vmBody(action, ctx), `/vms/${ctx.vm}`);
  });

  it.each(VM_STATES.filter((s) => s !== 'down'))('snapshot restore on a %s VM → 409, untouched', async (status) => {
    store.update('vms', ctx.vm, { status }, '');
    await expectRefused('POST', `/vms/${ctx.vm}/snapshots/${ctx.snapshot}/restore`, {}, `/vms/${ctx.vm}`);
  });

  it.each(VM_STATES.filter((s) => s !== 'down'))('detach from its pool of a %s VM → 409, untouched', async (status) => {
    store.update('vms', ctx.poolVm, { status }, '');
    await expectRefused('POST', `/vms/${ctx.poolVm}/detach`, {}, `/vms/${ctx.poolVm}`);
    store.update('vms', ctx.poolVm, { status: 'down' }, '');
  });

  it('words the common cases like the engine', async () => {
    store.update('vms', ctx.vm, { status: 'up' }, '');
    expect(await expectRefused('POST', `/vms/${ctx.vm}/start`, {}, `/vms/${ctx.vm}`)).toBe('[Cannot run VM. VM is running.]');
    expect(await expectRefused('POST', `/vms/${ctx.vm}/export`, vmBody('export', ctx), `/vms/${ctx.vm}`)).toBe('[Cannot export VM. VM is running.]');
    store.update('vms', ctx.vm, { status: 'down' }, '');
    expect(await expectRefused('POST', `/vms/${ctx.vm}/suspend`, {}, `/vms/${ctx.vm}`)).toBe('[Cannot hibernate VM. VM is not running.]');
    expect(await expectRefused('POST', `/vms/${ctx.vm}/commitsnapshot`, {}, `/vms/${ctx.vm}`)).toBe('[Cannot commit Snapshot. VM is not in preview mode.]');
    store.update('vms', ctx.vm, { status: 'image_locked' }, '');
    expect(await expectRefused('POST', `/vms/${ctx.vm}/start`, {}, `/vms/${ctx.vm}`)).toBe('[Cannot run VM. VM is locked. Please try again in a few minutes.]');
    store.update('vms', ctx.vm, { status: 'down' }, '');
  });

  it('snapshots: the active one cannot be removed, nor a locked one', async () => {
    const active = ((await getJson(`/vms/${ctx.vm}/snapshots`)).snapshot as any[]).find((s) => s.snapshot_type === 'active');
    if (active) expect(await expectRefused('DELETE', `/vms/${ctx.vm}/snapshots/${active.id}`, undefined, `/vms/${ctx.vm}/snapshots/${active.id}`)).toBe('[Cannot remove Snapshot. The active snapshot cannot be removed.]');
    store.update('snapshots', ctx.snapshot, { snapshot_status: 'locked' }, ctx.vm);
    expect(await expectRefused('DELETE', `/vms/${ctx.vm}/snapshots/${ctx.snapshot}`, undefined, `/vms/${ctx.vm}/snapshots/${ctx.snapshot}`)).toBe('[Cannot remove Snapshot. Snapshot is currently being created for VM.]');
    store.update('snapshots', ctx.snapshot, { snapshot_status: 'ok' }, ctx.vm);
  });
});

// ---- hosts -------------------------------------------------------------------------------------

const HOST_STATES = ['up', 'maintenance', 'non_responsive', 'non_operational', 'install_failed', 'installing', 'initializing', 'preparing_for_maintenance', 'pending_approval', 'down', 'error', 'reboot', 'unassigned', 'connecting'];
const NET_OK = ['up', 'maintenance', 'non_operational'];

const HOST_ACCEPTED: Record<string, readonly string[]> = {
  activate: ['maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'],
  deactivate: ['up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'],
  approve: ['pending_approval'],
  install: ['maintenance', 'install_failed', 'non_operational', 'pending_approval'],
  upgrade: ['maintenance', 'up'],
  refresh: NET_OK,
  commitnetconfig: NET_OK,
  setupnetworks: NET_OK,
  iscsidiscover: NET_OK,
  iscsilogin: NET_OK,
  'fence restart': ['up', 'non_responsive', 'maintenance', 'non_operational', 'down', 'error'],
  'fence start': ['down', 'non_responsive', 'maintenance'],
  'fence stop': ['up', 'non_responsive', 'maintenance', 'non_operational', 'error', 'preparing_for_maintenance'],
  'fence manual': ['non_responsive', 'down', 'reboot'],
};

function hostRequest(action: string): { path: string; body: unknown } {
  const [name, fenceType] = action.split(' ');
  if (fenceType) return { path: 'fence', body: { fence_type: fenceType } };
  if (name === 'iscsidiscover') return { path: name, body: { iscsi: { address: '192.168.20.5', port: 3260 } } };
  if (name === 'iscsilogin') return { path: name, body: { iscsi: { address: '192.168.20.5', port: 3260, target: 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab' } } };
  return { path: name, body: {} };
}

describe('refused host transitions over HTTP', () => {
  let host = '';
  beforeAll(async () => {
    host = (await byName('hosts', 'host', 'host03')).id;
    // Power management on, so that fencing is refused for the status alone.
    const put = await t.req('PUT', `${API}/hosts/${host}`, { body: JSON.stringify({ power_management: { enabled: true } }), headers: json });
    expect(put.status).toBe(200);
  });

  it.each(refusedIn(HOST_ACCEPTED, HOST_STATES))('%s on a %s host → 409, untouched', async (action, status) => {
    store.update('hosts', host, { status }, '');
    const { path, body } = hostRequest(action);
    await expectRefused('POST', `/hosts/${host}/${path}`, body, `/hosts/${host}`);
  });

  it('words maintenance twice like the engine', async () => {
    store.update('hosts', host, { status: 'maintenance' }, '');
    expect(await expectRefused('POST', `/hosts/${host}/deactivate`, {}, `/hosts/${host}`)).toBe('[Cannot switch Host to Maintenance mode. Host is already in Maintenance mode.]');
  });
});

// ---- storage, disks, templates -----------------------------------------------------------------

const SD_STATES = ['active', 'inactive', 'locked', 'maintenance', 'preparing_for_maintenance', 'activating', 'unknown'];
const SD_ACCEPTED: Record<string, readonly string[]> = {
  activate: ['inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'],
  deactivate: ['active', 'inactive', 'activating'],
  detach: ['maintenance'],
};

describe('refused storage, disk and template operations over HTTP', () => {
  const ids = { dc: '', iso: '', disk: '', template: '', exportSd: '' };
  beforeAll(async () => {
    ids.dc = (await byName('datacenters', 'data_center', 'Default')).id;
    ids.iso = (await byName('storagedomains', 'storage_domain', 'iso')).id;
    ids.exportSd = (await byName('storagedomains', 'storage_domain', 'export')).id;
    ids.template = (await byName('templates', 'template', 'rhel8-base')).id;
    ids.disk = ((await getJson('/disks')).disk as any[]).find((d) => d.status === 'ok').id;
  });

  it.each(refusedIn(SD_ACCEPTED, SD_STATES))('%s of a %s domain in a data center → 409, untouched', async (action, status) => {
    store.update('attached_storage_domains', ids.iso, { status }, ids.dc);
    const att = `/datacenters/${ids.dc}/storagedomains/${ids.iso}`;
    const detail = action === 'detach' ? await expectRefused('DELETE', att, undefined, att) : await expectRefused('POST', `${att}/${action}`, {}, att);
    expect(detail).toMatch(/^\[Cannot \w+ Storage\. The relevant Storage Domain's status is .+\.\]$/);
  });

  it.each([
    ['move', 'locked'], ['move', 'illegal'], ['copy', 'locked'], ['copy', 'illegal'], ['sparsify', 'locked'],
  ] as const)('%s of a %s disk → 409, untouched', async (action, status) => {
    store.update('disks', ids.disk, { status }, '');
    const detail = await expectRefused('POST', `/disks/${ids.disk}/${action}`, { storage_domain: { name: 'data-nfs' } }, `/disks/${ids.disk}`);
    expect(detail).toMatch(/^\[Cannot \w+ Virtual Disk\. /);
    store.update('disks', ids.disk, { status: 'ok' }, '');
  });

  it('a locked template cannot be exported; an export domain in maintenance takes no template', async () => {
    store.update('templates', ids.template, { status: 'locked' }, '');
    expect(await expectRefused('POST', `/templates/${ids.template}/export`, { storage_domain: { id: ids.exportSd } }, `/templates/${ids.template}`)).toBe('[Cannot export Template. Template is locked. Please try again in a few minutes.]');
    store.update('templates', ids.template, { status: 'ok' }, '');
    expect(await expectRefused('POST', `/templates/${ids.template}/export`, { storage_domain: { id: ids.exportSd } }, `/templates/${ids.template}`)).toBe("[Cannot export Template. The relevant Storage Domain's status is Maintenance.]");
  });
});
