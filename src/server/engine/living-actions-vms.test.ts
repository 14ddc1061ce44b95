// VM actions over HTTP on a living data center: each action's states, seen by polling GET, and
// the engine's event codes and job left under the request's Correlation-Id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultOf, LivingEngine } from './living-support.ts';

const live = new LivingEngine(21);
beforeAll(() => live.start(), 30_000);
afterAll(() => live.stop());

const vmPath = (vm: { id: string }) => `/vms/${vm.id}`;

/** A down VM of the demo that no pool owns, by name. */
async function downVm(name: string): Promise<any> {
  const vm = await live.byName('vms', 'vm', name);
  expect(vm.status).toBe('down');
  return vm;
}

describe('VM actions over HTTP', () => {
  it('start → wait_for_launch → powering_up → up (153, 32), a job under the correlation id', async () => {
    const vm = await downVm('backup-proxy');
    const r = await live.post(`${vmPath(vm)}/start`, {}, 'vm-start');
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('complete');
    expect(await live.watch(vmPath(vm), 'up')).toEqual(['wait_for_launch', 'powering_up', 'up']);
    expect(await live.codesWhen('vm-start', [153, 32])).toEqual([153, 32]);
    const jobs = await live.jobs('vm-start');
    expect(jobs.map((j) => j.id)).toEqual([r.json.job.id]);
    expect(await live.jobsEnded('vm-start')).toEqual(['finished']);
  });

  it('start paused → paused (179, 1025); start again resumes it → up (40)', async () => {
    const vm = await downVm('win-build01');
    expect((await live.post(`${vmPath(vm)}/start`, { pause: true }, 'vm-pause')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'paused')).toEqual(['wait_for_launch', 'paused']);
    expect(await live.codesWhen('vm-pause', [179, 1025])).toEqual([179, 1025]);
    expect((await live.post(`${vmPath(vm)}/start`, {}, 'vm-resume')).status).toBe(200);
    expect((await live.get(vmPath(vm))).status).toBe('up');
    expect(await live.codes('vm-resume')).toEqual([40]);
  });

  it('run once with overrides (cloud-init, a chosen host) marks the run; it ends with the VM going down', async () => {
    const vm = await downVm('dev-desktop02');
    const host = await live.byName('hosts', 'host', 'host02');
    const r = await live.post(`${vmPath(vm)}/start`, {
      use_cloud_init: true,
      vm: { host: { id: host.id }, initialization: { host_name: 'dev-desktop02.example.com', user_name: 'root', root_password: 'secret' } },
    }, 'vm-runonce');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(await live.watch(vmPath(vm), 'up')).toEqual(['wait_for_launch', 'powering_up', 'up']);
    const up = await live.get(vmPath(vm));
    expect(up.host.id).toBe(host.id);
    expect(String(up.run_once)).toBe('true');
    expect((await live.post(`${vmPath(vm)}/stop`, {}, 'vm-runonce-stop')).status).toBe(200);
    const down = await live.get(vmPath(vm));
    expect(down.status).toBe('down');
    expect(String(down.run_once)).toBe('false');
  });

  it('stop → down at once (33, 61) with the reason kept', async () => {
    const vm = (await live.list('/vms?search=status%3Dup', 'vm')).find((v) => v.name === 'legacy-erp');
    const r = await live.post(`${vmPath(vm)}/stop`, { reason: 'maintenance window' }, 'vm-stop');
    expect(r.status).toBe(200);
    const down = await live.get(vmPath(vm));
    expect(down.status).toBe('down');
    expect(down.stop_reason).toBe('maintenance window');
    expect(down.host).toBeUndefined();
    expect(await live.codes('vm-stop')).toEqual([33, 61]);
  });

  it('shutdown → powering_down → down (73, 61)', async () => {
    const vm = await live.byName('vms', 'vm', 'backup-proxy');
    expect((await live.post(`${vmPath(vm)}/shutdown`, {}, 'vm-shutdown')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['powering_down', 'down']);
    expect(await live.codesWhen('vm-shutdown', [73, 61])).toEqual([73, 61]);
    expect(await live.jobsEnded('vm-shutdown')).toEqual(['finished']);
  });

  it('reboot → reboot_in_progress → up (157)', async () => {
    const vm = await live.byName('vms', 'vm', 'win-build01');
    expect((await live.post(`${vmPath(vm)}/reboot`, {}, 'vm-reboot')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'up')).toEqual(['reboot_in_progress', 'up']);
    expect(await live.codes('vm-reboot')).toEqual([157]);
  });

  it('suspend → saving_state → suspended (501, 503); start → restoring_state → up (153, 32)', async () => {
    const vm = await live.byName('vms', 'vm', 'win-build01');
    expect((await live.post(`${vmPath(vm)}/suspend`, {}, 'vm-suspend')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'suspended')).toEqual(['saving_state', 'suspended']);
    expect(await live.codesWhen('vm-suspend', [501, 503])).toEqual([501, 503]);
    expect((await live.post(`${vmPath(vm)}/start`, {}, 'vm-restore')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'up')).toEqual(['restoring_state', 'up']);
    expect(await live.codesWhen('vm-restore', [153, 32])).toEqual([153, 32]);
  });

  it('migrate to a named host → migrating → up there (62, 63); without a host the scheduler picks one', async () => {
    const vm = await live.byName('vms', 'vm', 'monitoring');
    const from = (await live.get(vmPath(vm))).host.id;
    const target = (await live.list('/hosts?search=status%3Dup', 'host')).find((h) => h.id !== from && h.cluster.id === vm.cluster.id);
    expect((await live.post(`${vmPath(vm)}/migrate`, { host: { id: target.id } }, 'vm-migrate')).status).toBe(200);
    expect(await live.watchUntil(vmPath(vm), (d) => d.status === 'up', 'up')).toEqual(['migrating', 'up']);
    expect((await live.get(vmPath(vm))).host.id).toBe(target.id);
    expect(await live.codesWhen('vm-migrate', [62, 63])).toEqual([62, 63]);
    expect(await live.jobsEnded('vm-migrate')).toEqual(['finished']);

    expect((await live.post(`${vmPath(vm)}/migrate`, {}, 'vm-migrate-auto')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'up')).toEqual(['migrating', 'up']);
    const now = (await live.get(vmPath(vm))).host.id;
    expect(now).not.toBe(target.id);
    expect(await live.codesWhen('vm-migrate-auto', [62, 63])).toEqual([62, 63]);
  });

  it('cancelmigration stops a migration: migrating → up on the source host (62, 161)', async () => {
    const vm = await live.byName('vms', 'vm', 'monitoring');
    const from = (await live.get(vmPath(vm))).host.id;
    expect((await live.post(`${vmPath(vm)}/migrate`, {}, 'vm-cancel')).status).toBe(200);
    expect((await live.get(vmPath(vm))).status).toBe('migrating');
    expect((await live.post(`${vmPath(vm)}/cancelmigration`, {}, 'vm-cancel')).status).toBe(200);
    const after = await live.get(vmPath(vm));
    expect(after.status).toBe('up');
    expect(after.host.id).toBe(from);
    expect(await live.codes('vm-cancel')).toEqual([62, 161]);
  });

  it('ticket answers the value and expiry asked for, or makes a value (164)', async () => {
    const vm = await live.byName('vms', 'vm', 'win-build01');
    const given = await live.post(`${vmPath(vm)}/ticket`, { ticket: { value: 'open-sesame', expiry: 300 } }, 'vm-ticket');
    expect(given.status).toBe(200);
    expect(given.json.ticket.value).toBe('open-sesame');
    expect(Number(given.json.ticket.expiry)).toBe(300);
    const made = await live.post(`${vmPath(vm)}/ticket`, {}, 'vm-ticket');
    expect(made.json.ticket.value).toMatch(/^\S{8,}$/);
    expect(Number(made.json.ticket.expiry)).toBe(120);
    expect(await live.codes('vm-ticket')).toEqual([164, 164]);
    expect((await live.get(vmPath(vm))).status).toBe('up');
  });

  it('detach takes a down VM out of its pool (308); a pooled running VM is refused', async () => {
    const pool = await live.byName('vmpools', 'vm_pool', 'training');
    const members = (await live.list('/vms', 'vm')).filter((v) => v.vm_pool?.id === pool.id);
    const down = members.find((v) => v.status === 'down');
    expect(down, 'a down training VM').toBeTruthy();
    const r = await live.post(`${vmPath(down)}/detach`, {}, 'vm-detach');
    expect(r.status).toBe(200);
    expect((await live.get(vmPath(down))).vm_pool).toBeUndefined();
    expect(await live.codes('vm-detach')).toEqual([308]);
    const loose = await live.byName('vms', 'vm', 'win-build01');
    const refused = await live.post(`${vmPath(loose)}/detach`, {});
    expect(refused.status).toBe(409);
    expect(faultOf(refused.json).detail).toBe('[Cannot detach VM from VM-Pool. VM is not attached to a VM-Pool.]');
  });

  it('clone: the source and the copy are image_locked, then down (37, 53)', async () => {
    const vm = await downVm('backup-proxy');
    const r = await live.post(`${vmPath(vm)}/clone`, { vm: { name: 'backup-proxy-clone' } }, 'vm-clone');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const copy = await live.byName('vms', 'vm', 'backup-proxy-clone');
    expect(copy.status).toBe('image_locked');
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['image_locked', 'down']);
    expect(await live.watch(vmPath(copy), 'down')).toEqual(['down']);
    expect(await live.codesWhen('vm-clone', [37, 53])).toEqual([37, 53]);
    expect((await live.list(`${vmPath(copy)}/diskattachments`, 'disk_attachment')).length).toBe((await live.list(`${vmPath(vm)}/diskattachments`, 'disk_attachment')).length);
  });

  it('export to the export domain → image_locked → down (1162, 1150); import it back as a clone (1165, 1152)', async () => {
    const dc = await live.byName('datacenters', 'data_center', 'Default');
    const exportSd = await live.byName('storagedomains', 'storage_domain', 'export');
    const data = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const attached = `/datacenters/${dc.id}/storagedomains/${exportSd.id}`;
    const vm = await downVm('backup-proxy');

    // The export domain waits in maintenance: exporting to it is refused until it is active.
    const early = await live.post(`${vmPath(vm)}/export`, { storage_domain: { id: exportSd.id } });
    expect(early.status).toBe(409);
    expect(faultOf(early.json).detail).toBe("[Cannot export VM. The relevant Storage Domain's status is Maintenance.]");
    expect((await live.post(`${attached}/activate`, {}, 'sd-export-activate')).status).toBe(200);
    expect(await live.watch(attached, 'active')).toEqual(['activating', 'active']);

    const r = await live.post(`${vmPath(vm)}/export`, { storage_domain: { id: exportSd.id } }, 'vm-export');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['image_locked', 'down']);
    expect(await live.codesWhen('vm-export', [1162, 1150])).toEqual([1162, 1150]);
    expect(await live.jobsEnded('vm-export')).toEqual(['finished']);
    const exported = await live.list(`/storagedomains/${exportSd.id}/vms`, 'vm');
    expect(exported.map((v) => v.name)).toEqual(['backup-proxy']);
    const again = await live.post(`${vmPath(vm)}/export`, { storage_domain: { id: exportSd.id } });
    expect(faultOf(again.json).detail).toBe('[Cannot export VM. VM with the same identifier already exists.]');

    const same = await live.post(`/storagedomains/${exportSd.id}/vms/${vm.id}/import`, { cluster: { name: 'Default' }, storage_domain: { id: data.id } });
    expect(same.status).toBe(409);
    expect(faultOf(same.json).detail).toBe('[Cannot import VM. VM with the same identifier already exists.]');
    const imp = await live.post(`/storagedomains/${exportSd.id}/vms/${vm.id}/import`, { cluster: { name: 'Default' }, storage_domain: { id: data.id }, clone: true, vm: { name: 'backup-proxy-restored' } }, 'vm-import');
    expect(imp.status, JSON.stringify(imp.json)).toBe(200);
    const restored = await live.byName('vms', 'vm', 'backup-proxy-restored');
    expect(await live.watch(vmPath(restored), 'down')).toEqual(['image_locked', 'down']);
    expect(await live.codesWhen('vm-import', [1165, 1152])).toEqual([1165, 1152]);
    const disks = await live.list(`${vmPath(restored)}/diskattachments`, 'disk_attachment');
    expect(disks.length).toBe(1);
    const disk = await live.get(`/disks/${disks[0].disk.id}`);
    expect(disk.status).toBe('ok');
    expect(disk.storage_domains.storage_domain[0].id).toBe(data.id);
    // The copy brings the NICs along, with new MAC addresses since it is a clone.
    const nics = await live.list(`${vmPath(vm)}/nics`, 'nic');
    const restoredNics = await live.list(`${vmPath(restored)}/nics`, 'nic');
    expect(restoredNics.map((n) => n.name)).toEqual(nics.map((n) => n.name));
    for (const n of restoredNics) expect(nics.map((x) => x.mac?.address)).not.toContain(n.mac?.address);
  });

  it('snapshots: create, preview (46) → commit (47); preview → undo; restore (47); delete (342, 356)', async () => {
    const vm = await downVm('backup-proxy');
    const snap = await live.post(`${vmPath(vm)}/snapshots`, { description: 'before-upgrade' }, 'snap-create');
    expect(snap.status).toBe(202);
    const snapPath = `${vmPath(vm)}/snapshots/${snap.json.id}`;
    expect(await live.watch(snapPath, 'ok', 'snapshot_status')).toEqual(['locked', 'ok']);
    expect(await live.codesWhen('snap-create', [45, 68])).toEqual([45, 68]);

    expect((await live.post(`${vmPath(vm)}/previewsnapshot`, { snapshot: { id: snap.json.id } }, 'snap-preview')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['image_locked', 'down']);
    expect((await live.get(snapPath)).snapshot_status).toBe('in_preview');
    expect(await live.codes('snap-preview')).toEqual([46]);
    expect((await live.post(`${vmPath(vm)}/commitsnapshot`, {}, 'snap-commit')).status).toBe(200);
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['image_locked', 'down']);
    expect((await live.get(snapPath)).snapshot_status).toBe('ok');
    expect(await live.codes('snap-commit')).toEqual([47]);

    expect((await live.post(`${vmPath(vm)}/previewsnapshot`, { snapshot: { id: snap.json.id } })).status).toBe(200);
    await live.watch(vmPath(vm), 'down');
    expect((await live.post(`${vmPath(vm)}/undosnapshot`, {}, 'snap-undo')).status).toBe(200);
    expect((await live.get(snapPath)).snapshot_status).toBe('ok');
    await live.watch(vmPath(vm), 'down');
    expect(await live.codes('snap-undo')).toEqual([47]);

    const restore = await live.post(`${snapPath}/restore`, {}, 'snap-restore');
    expect(restore.status).toBe(200);
    expect(await live.watch(vmPath(vm), 'down')).toEqual(['image_locked', 'down']);
    expect(await live.codes('snap-restore')).toEqual([47]);
    expect(await live.jobsEnded('snap-restore')).toEqual(['finished']);

    const removed = await live.del(snapPath, 'snap-delete');
    expect(removed.status).toBe(200);
    expect((await live.t.get(`/ovirt-engine/api${snapPath}`)).status).toBe(404);
    expect(await live.codes('snap-delete')).toEqual([342, 356]);
  });

  it('move is no VM action in API v4 (disks move instead): 404, the VM untouched', async () => {
    const vm = await live.byName('vms', 'vm', 'win-build01');
    const r = await live.post(`${vmPath(vm)}/move`, { storage_domain: { name: 'data-nfs' } });
    expect(r.status).toBe(404);
    expect((await live.get(vmPath(vm))).status).toBe(vm.status);
  });

  it('every XML body seen validates', async () => {
    const vm = await live.byName('vms', 'vm', 'win-build01');
    expect((await live.getXml(`${vmPath(vm)}`)).status).toBe(200);
    const { failures } = await live.t.validateXml();
    expect(failures).toBe('');
  });
});
