/** Disks, templates, VMs from templates, snapshots and pools. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, GiB, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
beforeEach(() => {
  w = buildWorld();
});
afterEach(() => w.close());

describe('disks', () => {
  it('a new disk is locked, then ok (events 2020, 2021)', () => {
    const disk = w.store.insert('disks', { alias: 'scratch', provisioned_size: 10 * GiB, status: 'ok', storage_domains: [{ id: ids.sdData }] });
    w.sim.onCreate('disk', disk, w.ctx);
    expect(w.trace(() => w.store.get('disks', disk.id, '')?.status, 5_000)).toEqual(['locked', 'ok']);
    expect(w.codes()).toEqual([2020, 2021]);
  });

  it('a disk added through a VM logs 78 and 97', () => {
    const disk = w.store.insert('disks', { alias: 'data', status: 'ok' });
    w.sim.onCreate('disk', disk, { ...w.ctx, parentId: ids.vmDown });
    w.advance(5_000);
    expect(w.codes()).toEqual([78, 97]);
  });

  it('move locks the disk and lands it on the target domain (2008, 2010)', () => {
    w.sim.act('disk', ids.tplDisk, 'move', { storage_domain: { id: ids.sdData2 } }, w.ctx);
    expect(w.trace(() => w.store.get('disks', ids.tplDisk, '')?.status, 8_000)).toEqual(['locked', 'ok']);
    expect(w.store.get('disks', ids.tplDisk, '')?.storage_domains).toEqual([{ id: ids.sdData2 }]);
    expect(w.codes()).toEqual([2008, 2010]);
  });

  it('move without a target is a 400', () => {
    expect(() => w.sim.act('disk', ids.tplDisk, 'move', {}, w.ctx)).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('templates and VMs made from them', () => {
  it('a template from a down VM locks both while disks copy (48, 51)', () => {
    const t = w.store.insert('templates', { name: 'golden', status: 'ok', vm: { id: ids.vmDown } });
    w.sim.onCreate('template', t, w.ctx);
    expect(w.vm(ids.vmDown).status).toBe('image_locked');
    expect(w.trace(() => w.store.get('templates', t.id, '')?.status, 8_000)).toEqual(['locked', 'ok']);
    expect(w.vm(ids.vmDown).status).toBe('down');
    const atts = w.store.list('template_disk_attachments', t.id);
    expect(atts).toHaveLength(1);
    expect(w.store.get('disks', atts[0].id, '')?.status).toBe('ok');
    expect(w.store.list('template_nics', t.id)).toHaveLength(1);
    expect(w.codes()).toEqual([48, 51]);
  });

  it('a VM from a template is image_locked while its disks are cloned (37, 53)', () => {
    const vm = w.store.insert('vms', { name: 'new-vm', status: 'down', cluster: { id: ids.cluster }, template: { id: ids.template } });
    w.sim.onCreate('vm', vm, w.ctx);
    expect(w.trace(() => w.vm(vm.id).status, 8_000)).toEqual(['image_locked', 'down']);
    const atts = w.store.list('vm_disk_attachments', vm.id);
    expect(atts).toHaveLength(1);
    expect(w.store.get('disks', atts[0].id, '')).toMatchObject({ status: 'ok', alias: 'new-vm_Disk1', provisioned_size: 20 * GiB });
    expect(w.codes()).toEqual([37, 53]);
  });

  it('a VM from Blank is simply down (34)', () => {
    const vm = w.store.insert('vms', { name: 'blank-vm', status: 'down', cluster: { id: ids.cluster }, template: { id: '00000000-0000-0000-0000-000000000000' } });
    w.sim.onCreate('vm', vm, w.ctx);
    expect(w.vm(vm.id).status).toBe('down');
    expect(w.codes()).toEqual([34]);
  });
});

describe('snapshots', () => {
  const vmCtx = () => ({ ...w.ctx, parentId: ids.vmDown });

  it('create: locked → ok (45, 68); preview, commit and undo move the snapshot through in_preview', () => {
    const s = w.store.insert('snapshots', { description: 'before upgrade' }, ids.vmDown);
    w.sim.checkCreate('snapshot', s, vmCtx());
    w.sim.onCreate('snapshot', s, vmCtx());
    const snap = () => w.store.get('snapshots', s.id, ids.vmDown);
    expect(snap()).toMatchObject({ snapshot_status: 'locked', snapshot_type: 'regular', vm: { id: ids.vmDown } });
    w.advance(5_000);
    expect(snap()?.snapshot_status).toBe('ok');
    expect(w.codes()).toEqual([45, 68]);

    w.sim.act('vm', ids.vmDown, 'previewsnapshot', { snapshot: { id: s.id } }, w.ctx);
    expect(snap()?.snapshot_status).toBe('in_preview');
    expect(w.trace(() => w.vm(ids.vmDown).status, 5_000)).toEqual(['image_locked', 'down']);
    expect(() => w.sim.checkRemove('snapshot', snap()!, vmCtx())).toThrow(/previewing/);
    w.sim.act('vm', ids.vmDown, 'undosnapshot', {}, w.ctx);
    expect(snap()?.snapshot_status).toBe('ok');
    w.advance(5_000);
    expect(() => w.sim.act('vm', ids.vmDown, 'commitsnapshot', {}, w.ctx)).toThrow(/not in preview mode/);
  });

  it('restore on the snapshot locks the VM briefly; delete logs 342 and 356', () => {
    const s = w.store.insert('snapshots', { description: 'x', snapshot_status: 'ok', snapshot_type: 'regular' }, ids.vmDown);
    w.sim.act('snapshot', s.id, 'restore', {}, vmCtx());
    expect(w.trace(() => w.vm(ids.vmDown).status, 5_000)).toEqual(['image_locked', 'down']);
    w.sim.act('snapshot', s.id, 'delete', {}, vmCtx());
    expect(w.store.get('snapshots', s.id, ids.vmDown)).toBeUndefined();
    expect(w.codes()).toEqual([47, 342, 356]);
  });
});

describe('pools', () => {
  it('creating a pool makes its VMs; allocatevm hands one out and starts it', () => {
    const pool = w.store.insert('vm_pools', { name: 'desk', size: 2, cluster: { id: ids.cluster }, template: { id: ids.template } });
    w.sim.onCreate('vm_pool', pool, w.ctx);
    const vms = w.store.list('vms', '').filter((v) => (v.vm_pool as { id?: string } | undefined)?.id === pool.id);
    expect(vms.map((v) => v.name)).toEqual(['desk-1', 'desk-2']);
    w.advance(8_000);
    const r = w.sim.act('vm_pool', pool.id, 'allocatevm', {}, w.ctx);
    const vmId = (r.extra?.vm as { id: string }).id;
    expect(w.vm(vmId).status).toBe('wait_for_launch');
    w.sim.act('vm_pool', pool.id, 'allocatevm', {}, w.ctx);
    w.advance(12_000);
    expect(() => w.sim.act('vm_pool', pool.id, 'allocatevm', {}, w.ctx)).not.toThrow(); // prestarted (up) VMs are handed out again
    for (const v of vms) w.store.update('vms', v.id, { status: 'image_locked' });
    expect(() => w.sim.act('vm_pool', pool.id, 'allocatevm', {}, w.ctx)).toThrow(/no available VMs/);
  });
});

describe('storage space', () => {
  it('new preallocated disks and clones take space from their domain', () => {
    const sd = () => w.store.get('storage_domains', ids.sdData, '')!;
    const before = sd().available as number;
    const disk = w.store.insert('disks', { alias: 'prealloc', provisioned_size: 10 * GiB, sparse: false, format: 'raw', status: 'ok', storage_domains: [{ id: ids.sdData }] });
    w.sim.onCreate('disk', disk, w.ctx);
    expect(sd().available).toBe(before - 10 * GiB);
    expect((sd().used as number) + (sd().available as number)).toBe(1000 * GiB);
  });

  it('hosts keep max_scheduling_memory in step with their VMs', () => {
    w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    // host2: 64 GiB × 0.9 less two 4 GiB VMs
    expect(w.host(ids.host2).max_scheduling_memory).toBe(Math.round(64 * GiB * 0.9) - 8 * GiB);
  });
});
