/**
 * `POST /vms/{id}/clone` with `<vm><name>`: a new VM with copies of the source's disks and NICs.
 * Like the engine's CloneVmCommand, the source and the copy stay image_locked while the disks
 * are copied, then both go down.
 */
import type { Doc } from '../store/store.ts';
import { cloneDisk, unlockLater } from './disk-machine.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused, checkVm, VM_VERBS } from './refusals.ts';
import { T } from './timings.ts';

/** What a running VM carries that a fresh copy must not inherit. */
const RUNTIME = ['id', 'name', 'host', 'start_time', 'stop_time', 'stop_reason', 'fqdn', 'status_detail', 'vm_pool', 'run_once', 'guest_operating_system'];

export function cloneVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('clone', String(vm.status));
  const wanted = (params.vm ?? {}) as Record<string, unknown>;
  const name = typeof wanted.name === 'string' ? wanted.name.trim() : '';
  if (!name) throw new ActionRefused('Action [vm.name] required for clone', 400, 'Incomplete parameters');
  if (core.store.list('vms', '').some((v) => v.name === name)) throw ActionRefused.cannot(VM_VERBS.clone, 'The given name is already in use.');

  const base = Object.fromEntries(Object.entries(vm).filter(([k]) => !RUNTIME.includes(k)));
  const display = vm.display as Record<string, unknown> | undefined;
  const copy = core.store.insert('vms', {
    ...base,
    name,
    ...(typeof wanted.description === 'string' ? { description: wanted.description } : {}),
    status: 'image_locked',
    creation_time: core.iso(),
    run_once: false,
    ...(display ? { display: { type: display.type, monitors: display.monitors } } : {}),
  });
  const job = core.startJob(`Cloning VM ${String(vm.name)}`, ctx);
  core.setVm(vm.id, { status: 'image_locked' });
  core.emit(37, { VmName: name }, { vm: copy.id, cluster: refId(vm.cluster) }, ctx);

  const clones: string[] = [];
  core.store.list('vm_disk_attachments', vm.id).forEach((att, i) => {
    const disk = core.store.get('disks', refId(att.disk) ?? att.id, '');
    if (!disk) return;
    const d = cloneDisk(core, disk, `${name}_Disk${i + 1}`);
    clones.push(d.id);
    const { id: _id, disk: _d, logical_name: _l, ...rest } = att;
    core.store.insert('vm_disk_attachments', { ...rest, id: d.id, disk: { id: d.id } }, copy.id);
  });
  for (const nic of core.store.list('vm_nics', vm.id)) {
    const { id: _id, vm: _v, mac: _m, ...rest } = nic;
    core.store.insert('vm_nics', { ...rest, vm: { id: copy.id }, mac: { address: newMac(core) } }, copy.id);
  }

  unlockLater(core, clones, T.imageClone, `vm:${copy.id}`, () => {
    if (core.vm(copy.id)?.status === 'image_locked') core.setVm(copy.id, { status: 'down' });
    if (core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    core.emit(53, { VmName: name }, { vm: copy.id, cluster: refId(vm.cluster) }, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id }, extra: { vm: { id: copy.id } } };
}

function newMac(core: SimCore): string {
  const b = [core.rng.int(0, 255), core.rng.int(0, 255), core.rng.int(0, 255)];
  return ['56', '6f', 'c1', ...b.map((x) => x.toString(16).padStart(2, '0'))].join(':');
}
