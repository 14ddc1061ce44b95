// How a status value looks and behaves across entity types (VM, host, storage domain, data
// center, disk, job…): its tone decides colour and icon; transitional statuses make the UI
// poll faster after an action until they settle.

export type StatusTone = 'success' | 'danger' | 'warning' | 'info' | 'progress' | 'off' | 'paused' | 'unknown';

const TONES: Record<string, StatusTone> = {
  up: 'success', active: 'success', ok: 'success', operational: 'success', finished: 'success', complete: 'success', on: 'success', attached: 'success',
  down: 'off', inactive: 'off', unattached: 'off', off: 'off', uninitialized: 'off',
  error: 'danger', non_operational: 'danger', non_responsive: 'danger', not_responding: 'danger', install_failed: 'danger', failed: 'danger', illegal: 'danger', problematic: 'danger', not_operational: 'danger', aborted: 'danger',
  maintenance: 'warning', mixed: 'warning', locked: 'warning', image_locked: 'warning', kdumping: 'warning',
  paused: 'paused', suspended: 'paused',
  wait_for_launch: 'progress', powering_up: 'progress', powering_down: 'progress', reboot_in_progress: 'progress', saving_state: 'progress', restoring_state: 'progress',
  migrating: 'progress', preparing_for_maintenance: 'progress', connecting: 'progress', installing: 'progress', installing_os: 'progress', initializing: 'progress',
  reboot: 'progress', activating: 'progress', detaching: 'progress', started: 'progress', in_progress: 'progress', pending: 'progress', contend: 'progress',
  unknown: 'unknown', unassigned: 'unknown', pending_approval: 'info',
};

export function statusTone(status: string): StatusTone {
  return TONES[status.toLowerCase()] ?? 'info';
}

/** Statuses the engine leaves on its own: after an action, poll until the resource leaves them. */
export function isTransitional(status: string | undefined): boolean {
  if (!status) return false;
  const s = status.toLowerCase();
  return statusTone(s) === 'progress' || s === 'image_locked' || s === 'locked' || s === 'unassigned';
}
