/**
 * Snapshots of a VM: create (locked → ok), preview / commit / undo from the VM, restore on the
 * snapshot, delete. While images change the VM is image_locked.
 */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused, checkVm, VM_VERBS } from './refusals.ts';
import { T } from './timings.ts';

// Engine codes not in the shared table: USER_TRY_BACK_TO_SNAPSHOT, USER_RESTORE_FROM_SNAPSHOT.
const TRY_BACK = 46;
const RESTORED = 47;

const name = (s: Doc) => String(s.description ?? s.name ?? s.id);

export function checkSnapshotCreate(core: SimCore, vmId: string | undefined): void {
  const vm = vmId ? core.vm(vmId) : undefined;
  if (vm) checkVm('add_snapshot', String(vm.status));
}

export function snapshotAdded(core: SimCore, snap: Doc, ctx: ActionCtx): void {
  const vmId = ctx.parentId ?? refId(snap.vm);
  const vm = vmId ? core.vm(vmId) : undefined;
  if (!vm) return;
  core.store.update('snapshots', snap.id, {
    snapshot_status: 'locked', snapshot_type: snap.snapshot_type ?? 'regular', date: core.iso(), vm: { id: vm.id },
    persist_memorystate: snap.persist_memorystate ?? false,
  }, vm.id);
  const wasDown = vm.status === 'down';
  if (wasDown) core.setVm(vm.id, { status: 'image_locked' });
  const job = core.startJob(`Creating VM Snapshot ${name(snap)} for VM ${String(vm.name)}`, ctx);
  core.emit(45, { SnapshotName: name(snap), VmName: String(vm.name) }, { vm: vm.id }, ctx);
  core.after(T.snapshotCreate, `snapshot:${snap.id}`, () => {
    if (!core.store.get('snapshots', snap.id, vm.id)) return;
    core.store.update('snapshots', snap.id, { snapshot_status: 'ok' }, vm.id);
    if (wasDown && core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    core.emit(68, { SnapshotName: name(snap), VmName: String(vm.name) }, { vm: vm.id }, ctx);
    job.finish();
  });
}

function lockBriefly(core: SimCore, vm: Doc, then: () => void): void {
  core.setVm(vm.id, { status: 'image_locked' });
  core.after(T.snapshotRestore, `vm:${vm.id}`, () => {
    if (core.vm(vm.id)?.status === 'image_locked') core.setVm(vm.id, { status: 'down' });
    then();
  });
}

const inPreview = (core: SimCore, vmId: string) => core.store.list('snapshots', vmId).find((s) => s.snapshot_status === 'in_preview');

export function previewSnapshot(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('previewsnapshot', String(vm.status));
  const sid = refId(params.snapshot);
  if (!sid) throw new ActionRefused('Action [snapshot.id] required for previewSnapshot', 400, 'Incomplete parameters');
  const snap = core.store.get('snapshots', sid, vm.id);
  if (!snap) throw new ActionRefused('Entity not found: Snapshot', 404, 'Operation Failed');
  if (inPreview(core, vm.id)) throw ActionRefused.cannot(VM_VERBS.previewsnapshot, 'VM is previewing a Snapshot.');
  if (snap.snapshot_status === 'locked') throw ActionRefused.cannot(VM_VERBS.previewsnapshot, 'Snapshot is currently being created for VM.');
  core.store.update('snapshots', sid, { snapshot_status: 'in_preview' }, vm.id);
  core.emit(TRY_BACK, { Message: `Snapshot-Preview ${name(snap)} for VM ${String(vm.name)} was initiated by ${core.userName(ctx)}.` }, { vm: vm.id }, ctx, 'normal');
  lockBriefly(core, vm, () => undefined);
  return { status: 'complete' };
}

function endPreview(core: SimCore, vm: Doc, ctx: ActionCtx, action: 'commitsnapshot' | 'undosnapshot'): ActionResult {
  checkVm(action, String(vm.status));
  const snap = inPreview(core, vm.id);
  if (!snap) throw ActionRefused.cannot(VM_VERBS[action], 'VM is not in preview mode.');
  core.store.update('snapshots', snap.id, { snapshot_status: 'ok' }, vm.id);
  const text = action === 'commitsnapshot'
    ? `VM ${String(vm.name)} restored from Snapshot ${name(snap)} by ${core.userName(ctx)}.`
    : `Undoing a Snapshot-Preview for VM ${String(vm.name)} was initiated by ${core.userName(ctx)}.`;
  core.emit(RESTORED, { Message: text }, { vm: vm.id }, ctx, 'normal');
  lockBriefly(core, vm, () => undefined);
  return { status: 'complete' };
}

export const commitSnapshot = (core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx) => endPreview(core, vm, ctx, 'commitsnapshot');
export const undoSnapshot = (core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx) => endPreview(core, vm, ctx, 'undosnapshot');

export function snapshotAction(core: SimCore, snap: Doc, action: string, _params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  const vmId = ctx.parentId ?? refId(snap.vm);
  const vm = vmId ? core.vm(vmId) : undefined;
  if (!vm) throw new ActionRefused('Entity not found: VM', 404, 'Operation Failed');
  if (action === 'restore') {
    checkVm('restore_snapshot', String(vm.status));
    if (snap.snapshot_status === 'locked') throw ActionRefused.cannot(VM_VERBS.restore_snapshot, 'Snapshot is currently being created for VM.');
    const job = core.startJob(`Restoring VM Snapshot ${name(snap)} for VM ${String(vm.name)}`, ctx);
    core.emit(RESTORED, { Message: `VM ${String(vm.name)} restored from Snapshot ${name(snap)} by ${core.userName(ctx)}.` }, { vm: vm.id }, ctx, 'normal');
    lockBriefly(core, vm, () => job.finish());
    return { status: 'complete', job: { id: job.id } };
  }
  if (action === 'delete' || action === 'remove') {
    checkSnapshotRemove(core, snap, vm.id);
    core.store.remove('snapshots', snap.id, vm.id);
    snapshotRemoved(core, snap, vm.id, ctx);
    return { status: 'complete' };
  }
  return { status: 'complete' };
}

export function checkSnapshotRemove(core: SimCore, snap: Doc, vmId: string): void {
  const vm = core.vm(vmId);
  if (snap.snapshot_type === 'active') throw ActionRefused.cannot(VM_VERBS.remove_snapshot, 'The active snapshot cannot be removed.');
  if (snap.snapshot_status === 'locked') throw ActionRefused.cannot(VM_VERBS.remove_snapshot, 'Snapshot is currently being created for VM.');
  if (snap.snapshot_status === 'in_preview') throw ActionRefused.cannot(VM_VERBS.remove_snapshot, 'VM is previewing a Snapshot.');
  if (vm) checkVm('remove_snapshot', String(vm.status));
}

export function snapshotRemoved(core: SimCore, snap: Doc, vmId: string, ctx: ActionCtx): void {
  const vmName = core.nameOf('vms', vmId) ?? '';
  core.emit(342, { SnapshotName: name(snap), VmName: vmName }, { vm: vmId }, ctx);
  core.emit(356, { SnapshotName: name(snap), VmName: vmName }, { vm: vmId }, ctx);
}
