/**
 * Disks: created locked and unlocked when the (simulated) image exists; copy/move/sparsify
 * lock them for a while. Also clones disks for templates and VMs made from them.
 */
import { randomUUID } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused, checkDiskOk } from './refusals.ts';
import { T } from './timings.ts';
import { consumeSpace } from './world.ts';

const key = (id: string) => `disk:${id}`;
const alias = (d: Doc) => String(d.alias ?? d.name ?? d.id);
const sdOf = (d: Doc) => (Array.isArray(d.storage_domains) ? refId(d.storage_domains[0]) : undefined);

/** Space a new image takes at once: all of it when preallocated, a sliver when thin. */
export function initialFootprint(d: Doc): number {
  const size = typeof d.provisioned_size === 'number' ? d.provisioned_size : 0;
  return d.sparse === false || d.format === 'raw' ? size : Math.min(size, 1024 ** 3 / 4);
}

/** After the HTTP layer stored a new disk: locked, then ok. `vmId` when added through a VM. */
export function diskAdded(core: SimCore, disk: Doc, ctx: ActionCtx, vmId?: string): void {
  core.store.update('disks', disk.id, { status: 'locked' }, '');
  consumeSpace(core, sdOf(disk), initialFootprint(disk));
  const vmName = core.nameOf('vms', vmId);
  const refs = { storage_domain: sdOf(disk), ...(vmId ? { vm: vmId } : {}) };
  if (vmId) core.emit(78, { DiskAlias: alias(disk), VmName: vmName ?? '' }, refs, ctx);
  else core.emit(2020, { DiskAlias: alias(disk) }, refs, ctx);
  const job = core.startJob(`Adding Disk ${alias(disk)}`, ctx);
  core.after(T.diskCreate, key(disk.id), () => {
    const now = core.store.get('disks', disk.id, '');
    if (!now || now.status !== 'locked') return;
    core.store.update('disks', disk.id, { status: 'ok' }, '');
    if (vmId) core.emit(97, { DiskAlias: alias(now), VmName: vmName ?? '' }, refs, ctx);
    else core.emit(2021, { DiskAlias: alias(now) }, refs, ctx);
    job.finish();
  });
}

/** Copies a disk document as a new, locked image; returns the new disk. */
export function cloneDisk(core: SimCore, source: Doc, name: string, targetSd?: string): Doc {
  const { id: _id, image_id: _img, ...rest } = source;
  const placed = targetSd ? { storage_domains: [{ id: targetSd }] } : {};
  const copy = core.store.insert('disks', { ...rest, ...placed, id: randomUUID(), image_id: randomUUID(), name, alias: name, status: 'locked' });
  consumeSpace(core, sdOf(copy), typeof source.actual_size === 'number' && source.actual_size > 0 ? source.actual_size : initialFootprint(copy));
  return copy;
}

/** Unlocks cloned disks later. */
export function unlockLater(core: SimCore, diskIds: string[], humanMs: number, keyName: string, then?: () => void): void {
  core.after(humanMs, keyName, () => {
    for (const id of diskIds) if (core.store.get('disks', id, '')?.status === 'locked') core.store.update('disks', id, { status: 'ok' }, '');
    then?.();
  });
}

export function diskAction(core: SimCore, disk: Doc, action: string, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  const verbs: Record<string, string> = { copy: 'copy', move: 'move', sparsify: 'sparsify', export: 'export', reduce: 'reduce', convert: 'convert', refreshlun: 'refresh' };
  const verb = verbs[action];
  if (!verb) return { status: 'complete' };
  checkDiskOk(verb, disk.status);
  const target = refId(params.storage_domain);
  if ((action === 'move' || action === 'copy') && !target) {
    throw new ActionRefused(`Disk [storage_domain.id|name] required for ${action}`, 400, 'Incomplete parameters');
  }
  if (target && !core.store.get('storage_domains', target, '')) throw new ActionRefused('Entity not found: Storage Domain', 404, 'Operation Failed');
  const sdName = core.nameOf('storage_domains', target) ?? '';
  const job = core.startJob(`${action === 'move' ? 'Moving' : action === 'copy' ? 'Copying' : 'Processing'} Disk ${alias(disk)}${target ? ` to ${sdName}` : ''}`, ctx);
  let locked = [disk.id];
  if (action === 'copy') {
    const name = String((params.disk as { alias?: string; name?: string } | undefined)?.alias ?? (params.disk as { name?: string } | undefined)?.name ?? `${alias(disk)}_copy`);
    const copy = cloneDisk(core, disk, name, target);
    locked = [copy.id];
  } else {
    core.store.update('disks', disk.id, { status: 'locked' }, '');
  }
  if (action === 'move') core.emit(2008, { DiskAlias: alias(disk), StorageDomainName: sdName }, { storage_domain: target }, ctx);
  unlockLater(core, locked, T.diskCopy, key(disk.id), () => {
    if (action === 'move' && target) {
      core.store.update('disks', disk.id, { storage_domains: [{ id: target }] }, '');
      core.emit(2010, { DiskAlias: alias(disk), StorageDomainName: sdName }, { storage_domain: target }, ctx);
    }
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}
