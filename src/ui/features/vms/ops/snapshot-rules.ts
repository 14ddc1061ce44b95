// Which snapshot operations the engine accepts now (api-reference §8 and the engine's
// snapshot commands): preview, commit, undo and restore need the VM down; a VM previewing a
// snapshot can only commit or undo; locked snapshots (being made) take nothing; the Active VM
// snapshot is the VM itself and is never previewed, restored or removed.
import type { Resource } from '../../../../api/resource.ts';

export interface Rule {
  enabled: boolean;
  /** Why not, in the engine's words where it has them. */
  reason?: string;
}

export interface SnapshotInfo {
  id?: string;
  status?: string;
  type?: string;
}

const CREATE_OK = ['down', 'up', 'powering_up', 'powering_down', 'reboot_in_progress', 'wait_for_launch', 'paused', 'saving_state', 'restoring_state'];
const REMOVE_OK = ['down', 'up', 'powering_up', 'reboot_in_progress', 'paused'];

const ok: Rule = { enabled: true };
const no = (reason: string): Rule => ({ enabled: false, reason });

export function snapshotInfo(s: Resource): SnapshotInfo {
  const status = s.fields.snapshot_status;
  const type = s.fields.snapshot_type;
  return { id: s.id, status: typeof status === 'string' ? status : undefined, type: typeof type === 'string' ? type : undefined };
}

function vmLocked(vmStatus: string): Rule | null {
  if (vmStatus === 'image_locked') return no('The VM is locked. Try again in a few minutes.');
  return null;
}

const previewing = (all: readonly SnapshotInfo[]) => all.find((s) => s.status === 'in_preview');
const creating = (all: readonly SnapshotInfo[]) => all.some((s) => s.status === 'locked');

/** New snapshot (toolbar). */
export function canCreate(vmStatus: string, all: readonly SnapshotInfo[]): Rule {
  const locked = vmLocked(vmStatus);
  if (locked) return locked;
  if (!CREATE_OK.includes(vmStatus)) return no(`Not possible while the VM is ${vmStatus.replace(/_/g, ' ')}.`);
  if (previewing(all)) return no('The VM is previewing a snapshot: commit or undo it first.');
  if (creating(all)) return no('A snapshot is being created.');
  return ok;
}

/** Commit or undo the snapshot in preview (toolbar). */
export function canEndPreview(vmStatus: string, all: readonly SnapshotInfo[]): Rule {
  if (!previewing(all)) return no('No snapshot is in preview.');
  const locked = vmLocked(vmStatus);
  if (locked) return locked;
  if (vmStatus !== 'down') return no('The VM must be down.');
  return ok;
}

function usable(s: SnapshotInfo): Rule | null {
  if (s.type === 'active') return no('This is the VM itself (Active VM).');
  if (s.status === 'locked') return no('The snapshot is being created.');
  return null;
}

/** Preview one snapshot (row). */
export function canPreview(vmStatus: string, s: SnapshotInfo, all: readonly SnapshotInfo[]): Rule {
  const bad = usable(s);
  if (bad) return bad;
  if (previewing(all)) return no('The VM is previewing a snapshot: commit or undo it first.');
  const locked = vmLocked(vmStatus);
  if (locked) return locked;
  if (vmStatus !== 'down') return no('The VM must be down.');
  return ok;
}

/** Restore (revert to) one snapshot (row). */
export function canRestore(vmStatus: string, s: SnapshotInfo, all: readonly SnapshotInfo[]): Rule {
  return canPreview(vmStatus, s, all);
}

/** Delete one snapshot (row). Live merge allows it on a running VM. */
export function canRemove(vmStatus: string, s: SnapshotInfo, all: readonly SnapshotInfo[]): Rule {
  const bad = usable(s);
  if (bad) return bad;
  if (s.status === 'in_preview') return no('The snapshot is in preview: commit or undo it first.');
  if (previewing(all)) return no('The VM is previewing a snapshot.');
  const locked = vmLocked(vmStatus);
  if (locked) return locked;
  if (!REMOVE_OK.includes(vmStatus)) return no(`Not possible while the VM is ${vmStatus.replace(/_/g, ' ')}.`);
  return ok;
}
