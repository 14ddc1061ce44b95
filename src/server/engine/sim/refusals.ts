/**
 * What the simulator answers when an action does not fit the object's state: a 409
 * "Operation Failed" whose detail is the engine's bracketed "Cannot <verb> <entity>. <reason>"
 * sentence. It is an HttpFault, so the HTTP layer turns it into the <fault> as is.
 */
import { HttpFault } from '../http/faults.ts';

export class ActionRefused extends HttpFault {
  declare readonly detail: string;
  declare readonly reason: string;

  constructor(detail: string, status = 409, reason = 'Operation Failed') {
    super(status, reason, detail);
    this.name = 'ActionRefused';
    this.message = detail;
  }

  static cannot(verbAndEntity: string, why: string): ActionRefused {
    return new ActionRefused(`[Cannot ${verbAndEntity}. ${why}]`);
  }
}

/** How the engine prints an enum value in messages: `non_responsive` → `Non Responsive`. */
export function statusLabel(status: unknown): string {
  return String(status ?? 'unknown')
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

// ---- VMs -----------------------------------------------------------------------------------

/** The phrase after "Cannot" for each VM action, as the engine's VAR__ACTION/VAR__TYPE pairs read. */
export const VM_VERBS: Record<string, string> = {
  start: 'run VM',
  stop: 'stop VM',
  shutdown: 'shutdown VM',
  suspend: 'hibernate VM',
  reboot: 'reboot VM',
  reset: 'reset VM',
  migrate: 'migrate VM',
  cancelmigration: 'cancel migration for VM',
  remove: 'remove VM',
  export: 'export VM',
  clone: 'clone VM',
  add_template: 'add Template',
  add_snapshot: 'create Snapshot',
  previewsnapshot: 'preview Snapshot',
  commitsnapshot: 'commit Snapshot',
  undosnapshot: 'undo Snapshot',
  restore_snapshot: 'revert to Snapshot',
  remove_snapshot: 'remove Snapshot',
  ticket: 'set console ticket for VM',
  logon: 'logon to VM',
  detach: 'detach VM from VM-Pool',
  freezefilesystems: 'freeze file systems of VM',
  thawfilesystems: 'thaw file systems of VM',
};

const RUNNING = ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'wait_for_launch', 'not_responding', 'paused', 'saving_state', 'restoring_state'];

/** VM status → accepted, per action (api-reference §8). */
export const VM_ACCEPTED: Record<string, readonly string[]> = {
  start: ['down', 'suspended', 'paused'],
  stop: ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'wait_for_launch', 'not_responding', 'paused', 'suspended'],
  shutdown: ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'wait_for_launch', 'not_responding', 'paused', 'suspended'],
  suspend: ['up'],
  reboot: ['up', 'powering_up'],
  reset: ['up', 'powering_up'],
  migrate: ['up', 'powering_up', 'reboot_in_progress', 'paused'],
  cancelmigration: ['migrating'],
  remove: ['down'],
  export: ['down'],
  clone: ['down'],
  add_template: ['down'],
  add_snapshot: ['down', 'up', 'powering_up', 'powering_down', 'reboot_in_progress', 'wait_for_launch', 'paused', 'saving_state', 'restoring_state'],
  previewsnapshot: ['down'],
  commitsnapshot: ['down'],
  undosnapshot: ['down'],
  restore_snapshot: ['down'],
  remove_snapshot: ['down', 'up', 'powering_up', 'reboot_in_progress', 'paused'],
  ticket: ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'paused'],
  logon: ['up'],
  detach: ['down'],
  freezefilesystems: ['up'],
  thawfilesystems: ['up'],
};

/** The reason the engine gives for refusing `action` on a VM in `status`. */
export function vmRefusalReason(action: string, status: string): string {
  if (status === 'image_locked') return 'VM is locked. Please try again in a few minutes.';
  if (action === 'start' && status === 'up') return 'VM is running.';
  if (action === 'start' && RUNNING.includes(status)) return 'VM is already running.';
  if (status === 'down' && action !== 'start' && !NEEDS_DOWN.has(action)) return 'VM is not running.';
  if (action === 'cancelmigration') return 'VM is not being migrated.';
  if (NEEDS_DOWN.has(action) && RUNNING.includes(status)) return 'VM is running.';
  return `VM status is ${statusLabel(status)}.`;
}

/** Actions that need the VM down (their refusal on a running VM says so). */
const NEEDS_DOWN = new Set(['remove', 'export', 'clone', 'add_template', 'previewsnapshot', 'commitsnapshot', 'undosnapshot', 'restore_snapshot', 'detach']);

export function checkVm(action: string, status: string): void {
  const accepted = VM_ACCEPTED[action];
  if (accepted && !accepted.includes(status)) throw ActionRefused.cannot(VM_VERBS[action] ?? `${action} VM`, vmRefusalReason(action, status));
}

// ---- hosts ---------------------------------------------------------------------------------

export const HOST_VERBS: Record<string, string> = {
  activate: 'activate Host',
  deactivate: 'switch Host to Maintenance mode',
  approve: 'approve Host',
  install: 'install Host',
  upgrade: 'upgrade Host',
  remove: 'remove Host',
  fence_manual: 'confirm Host has been rebooted',
  fence_restart: 'restart Host',
  fence_start: 'start Host',
  fence_stop: 'stop Host',
  fence_status: 'get Host power status',
  refresh: 'refresh Host capabilities',
  commitnetconfig: 'commit network configuration of Host',
};

export const HOST_ACCEPTED: Record<string, readonly string[]> = {
  activate: ['maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'],
  deactivate: ['up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'],
  remove: ['maintenance', 'down', 'install_failed', 'pending_approval'],
  approve: ['pending_approval'],
  install: ['maintenance', 'install_failed', 'non_operational', 'pending_approval'],
  upgrade: ['maintenance', 'up'],
  fence_manual: ['non_responsive', 'down', 'reboot', 'unknown'],
  fence_restart: ['up', 'non_responsive', 'maintenance', 'non_operational', 'down', 'error'],
  fence_start: ['down', 'non_responsive', 'maintenance'],
  fence_stop: ['up', 'non_responsive', 'maintenance', 'non_operational', 'error', 'preparing_for_maintenance'],
  refresh: ['up', 'maintenance', 'non_operational'],
  commitnetconfig: ['up', 'maintenance', 'non_operational'],
};

export function checkHost(action: string, status: string): void {
  const accepted = HOST_ACCEPTED[action];
  if (!accepted || accepted.includes(status)) return;
  const verb = HOST_VERBS[action] ?? `${action} Host`;
  if (action === 'deactivate' && status === 'maintenance') throw ActionRefused.cannot(verb, 'Host is already in Maintenance mode.');
  if (status === 'installing' || status === 'preparing_for_maintenance' && action !== 'activate') {
    throw ActionRefused.cannot(verb, `Host is in ${statusLabel(status)} status. Please try again in a few minutes.`);
  }
  throw ActionRefused.cannot(verb, `The operation requires the Host to be in one of these statuses: ${accepted.map(statusLabel).join(', ')}. Current status: ${statusLabel(status)}.`);
}

// ---- storage domains in a data center -----------------------------------------------------

export const SD_VERBS: Record<string, string> = {
  activate: 'activate Storage',
  deactivate: 'deactivate Storage',
  detach: 'detach Storage',
  remove: 'remove Storage',
};

export const SD_ACCEPTED: Record<string, readonly string[]> = {
  activate: ['inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'],
  deactivate: ['active', 'inactive', 'activating'],
  detach: ['maintenance'],
};

export function checkAttachedSd(action: string, status: string): void {
  const accepted = SD_ACCEPTED[action];
  if (accepted && !accepted.includes(status)) {
    throw ActionRefused.cannot(SD_VERBS[action] ?? `${action} Storage`, `The relevant Storage Domain's status is ${statusLabel(status)}.`);
  }
}

// ---- disks and templates -------------------------------------------------------------------

export function checkDiskOk(verb: string, status: unknown): void {
  if (status === 'locked') throw ActionRefused.cannot(`${verb} Virtual Disk`, 'Disk is locked. Please try again later.');
  if (status === 'illegal') throw ActionRefused.cannot(`${verb} Virtual Disk`, 'Disk image is illegal. Illegal images can only be deleted.');
}

export function checkTemplateOk(verb: string, status: unknown): void {
  if (status === 'locked') throw ActionRefused.cannot(`${verb} Template`, 'Template is locked. Please try again in a few minutes.');
}
