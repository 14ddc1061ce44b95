/**
 * Templates and the VMs made from them: a template from a VM locks the VM (image_locked) while
 * its disks are copied; a VM from a template is image_locked while the template's disks are
 * cloned; a pool's VMs are made the same way.
 */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type SimCore } from './core.ts';
import { ActionRefused, checkTemplateOk, checkVm } from './refusals.ts';
import { cloneDisk, unlockLater } from './disk-machine.ts';
import { T } from './timings.ts';

const BLANK = '00000000-0000-0000-0000-000000000000';

/** Refuses a template whose source VM cannot be copied now (store untouched). */
export function checkTemplateSource(core: SimCore, doc: Record<string, unknown>): void {
  const vmId = refId(doc.vm);
  if (!vmId) return;
  const vm = core.vm(vmId);
  if (vm) checkVm('add_template', String(vm.status));
}

export function templateAdded(core: SimCore, template: Doc, ctx: ActionCtx): void {
  const vmId = refId(template.vm);
  const vm = vmId ? core.vm(vmId) : undefined;
  if (!vm) return;
  const job = core.startJob(`Creating Template ${String(template.name)} from VM ${String(vm.name)}`, ctx);
  // A template made from a VM belongs to the VM's cluster unless told otherwise.
  core.store.update('templates', template.id, { status: 'locked', ...(refId(template.cluster) ? {} : { cluster: vm.cluster }) }, '');
  core.setVm(vm.id, { status: 'image_locked' });
  const clones: string[] = [];
  // The HTTP layer's POST /templates may already have copied the VM's disks and NICs: those
  // copies are the ones being written (locked), not a second set.
  const copied = core.store.list('template_disk_attachments', template.id);
  for (const att of copied) {
    const id = refId(att.disk) ?? att.id;
    if (core.store.get('disks', id, '')) {
      core.store.update('disks', id, { status: 'locked' }, '');
      clones.push(id);
    }
  }
  for (const att of copied.length ? [] : core.store.list('vm_disk_attachments', vm.id)) {
    const disk = core.store.get('disks', refId(att.disk) ?? att.id, '');
    if (!disk) continue;
    const copy = cloneDisk(core, disk, `${String(disk.alias ?? disk.name)}_${String(template.name)}`);
    clones.push(copy.id);
    const { id: _id, disk: _d, vm: _v, logical_name: _l, ...rest } = att;
    core.store.insert('template_disk_attachments', { ...rest, id: copy.id, disk: { id: copy.id } }, template.id);
  }
  const hasNics = core.store.list('template_nics', template.id).length > 0;
  for (const nic of hasNics ? [] : core.store.list('vm_nics', vm.id)) {
    const { id: _id, vm: _v, ...rest } = nic;
    core.store.insert('template_nics', { ...rest, template: { id: template.id } }, template.id);
  }
  core.emit(48, { VmTemplateName: String(template.name), VmName: String(vm.name) }, { vm: vm.id, template: template.id, cluster: refId(vm.cluster) }, ctx);
  unlockLater(core, clones, T.templateCreate, `template:${template.id}`, () => {
    core.store.update('templates', template.id, { status: 'ok' }, '');
    if (core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    core.emit(51, { VmTemplateName: String(template.name), VmName: String(vm.name) }, { vm: vm.id, template: template.id }, ctx);
    job.finish();
  });
}

export function checkVmSource(core: SimCore, doc: Record<string, unknown>): void {
  const tid = refId(doc.template);
  if (!tid || tid === BLANK) return;
  const template = core.store.get('templates', tid, '');
  if (template) checkTemplateOk('add VM from', template.status);
}

/** A new VM: from Blank it is simply down (event 34); from a template it clones the disks first. */
export function vmAdded(core: SimCore, vm: Doc, ctx: ActionCtx): void {
  const tid = refId(vm.template);
  const attachments = tid && tid !== BLANK ? core.store.list('template_disk_attachments', tid) : [];
  if (!attachments.length) {
    core.emit(34, { VmName: String(vm.name) }, { vm: vm.id, cluster: refId(vm.cluster) }, ctx);
    return;
  }
  const job = core.startJob(`Creating VM ${String(vm.name)} from Template ${core.nameOf('templates', tid) ?? ''}`, ctx);
  core.setVm(vm.id, { status: 'image_locked' });
  core.emit(37, { VmName: String(vm.name) }, { vm: vm.id, cluster: refId(vm.cluster), template: tid }, ctx);
  const clones: string[] = [];
  attachments.forEach((att, i) => {
    const disk = core.store.get('disks', refId(att.disk) ?? att.id, '');
    if (!disk) return;
    const copy = cloneDisk(core, disk, `${String(vm.name)}_Disk${i + 1}`);
    clones.push(copy.id);
    const { id: _id, disk: _d, template: _t, ...rest } = att;
    core.store.insert('vm_disk_attachments', { ...rest, id: copy.id, disk: { id: copy.id } }, vm.id);
  });
  if (!core.store.list('vm_nics', vm.id).length) {
    for (const nic of core.store.list('template_nics', tid)) {
      const { id: _id, template: _t, mac: _m, ...rest } = nic;
      core.store.insert('vm_nics', { ...rest, vm: { id: vm.id }, mac: { address: macFor(core) } }, vm.id);
    }
  }
  unlockLater(core, clones, T.imageClone, `vm:${vm.id}`, () => {
    if (core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    core.emit(53, { VmName: String(vm.name) }, { vm: vm.id, cluster: refId(vm.cluster) }, ctx);
    job.finish();
  });
}

function macFor(core: SimCore): string {
  const b = [core.rng.int(0, 255), core.rng.int(0, 255), core.rng.int(0, 255)];
  return ['56', '6f', 'a1', ...b.map((x) => x.toString(16).padStart(2, '0'))].join(':');
}

export function checkTemplateRemove(core: SimCore, template: Doc): void {
  if (template.id === BLANK) throw ActionRefused.cannot('remove Template', 'Removing the Blank Template is not allowed.');
  checkTemplateOk('remove', template.status);
  const users = core.store.list('vms', '').filter((v) => refId(v.template) === template.id).map((v) => String(v.name));
  if (users.length) throw ActionRefused.cannot('remove Template', `Template is being used by the following VMs: ${users.join(', ')}.`);
}
