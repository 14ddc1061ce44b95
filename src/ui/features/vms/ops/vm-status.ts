// What the VM's status panel says, in words an administrator reads at a glance: why it is
// paused, why it stopped, where it runs and since when, what the guest reports. Pure so the
// wording is tested; the panel only lays it out.
import type { Resource, Structure } from '../../../../api/resource.ts';
import { isReference, isStructure, statusOf, valueAt } from '../../../lib/fields.ts';
import { formatDate, formatUptime } from '../../../lib/format.ts';

/** `status_detail` of a paused VM (VmPauseStatus) → why. */
const PAUSE_REASONS: Record<string, string> = {
  eio: 'Paused after a storage I/O error',
  enospc: 'Paused: the storage domain ran out of space',
  eperm: 'Paused: permission denied on the storage',
  eother: 'Paused after a storage error',
  noerr: 'Paused by request (started paused or paused by a user)',
  postcopy: 'Paused while a post-copy migration completes',
};

const SUMMARIES: Record<string, string> = {
  up: 'Running',
  down: 'Powered off',
  powering_up: 'Booting',
  powering_down: 'Shutting down',
  wait_for_launch: 'Launching on its host',
  reboot_in_progress: 'Rebooting',
  migrating: 'Moving to another host (live migration)',
  paused: 'Paused',
  suspended: 'Suspended: memory saved to storage, resumes where it left off',
  saving_state: 'Suspending: saving memory to storage',
  restoring_state: 'Resuming from suspension',
  image_locked: 'Locked while its disks are being copied or changed',
  not_responding: 'Not responding on its host',
  unknown: 'Unknown: the engine lost contact with its host',
  unassigned: 'Not assigned yet',
};

export function statusSummary(status: string | undefined): string {
  if (!status) return 'No status reported';
  return SUMMARIES[status] ?? status.replace(/_/g, ' ');
}

/** States whose cause the events are likely to tell (the VM's last warning or error). */
export function wantsLastProblem(status: string | undefined): boolean {
  return ['down', 'paused', 'not_responding', 'unknown', 'suspended'].includes(status ?? '');
}

export function pauseReason(detail: unknown): string | undefined {
  if (typeof detail !== 'string' || !detail || detail === 'none') return undefined;
  return PAUSE_REASONS[detail] ?? `Paused (${detail})`;
}

export interface Fact {
  key: string;
  label: string;
  text?: string;
  /** Shown as a link to the referenced object (host, pool). */
  ref?: Structure;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

/** The guest agent's report (`guest_operating_system`), as one line. */
export function guestOsText(vm: Structure): string | undefined {
  const g = vm.fields.guest_operating_system;
  if (!isStructure(g)) return undefined;
  const distro = str(valueAt(g, 'distribution')) ?? str(valueAt(g, 'family'));
  const version = str(valueAt(g, 'version.full_version')) ?? [valueAt(g, 'version.major'), valueAt(g, 'version.minor')].filter((x) => x != null).join('.');
  const kernel = str(valueAt(g, 'kernel.version.full_version'));
  const arch = str(valueAt(g, 'architecture'));
  const main = [distro, version].filter(Boolean).join(' ');
  const extra = [arch, kernel ? `kernel ${kernel}` : undefined].filter(Boolean).join(', ');
  const text = [main, extra && `(${extra})`].filter(Boolean).join(' ');
  return text || undefined;
}

export function statusFacts(vm: Resource, now: number = Date.now()): Fact[] {
  const status = statusOf(vm);
  const facts: Fact[] = [{ key: 'summary', label: 'State', text: statusSummary(status) }];
  const why = status === 'paused' ? pauseReason(vm.fields.status_detail) : undefined;
  if (why) facts.push({ key: 'detail', label: 'Reason', text: why });
  else if (str(vm.fields.status_detail) && vm.fields.status_detail !== 'none' && status !== 'paused') facts.push({ key: 'detail', label: 'Detail', text: String(vm.fields.status_detail) });

  const host = vm.fields.host;
  if (isReference(host)) facts.push({ key: 'host', label: status === 'migrating' ? 'Migrating from' : 'Runs on', ref: host });
  const start = str(vm.fields.start_time);
  if (start && status !== 'down') facts.push({ key: 'started', label: 'Started', text: `${formatDate(start)} (up ${formatUptime(start, now)})` });
  if (vm.fields.run_once === true && status !== 'down') facts.push({ key: 'run_once', label: 'Run once', text: 'Running with one-time overrides until it is powered off' });

  if (status === 'down' || status === 'suspended') {
    const stop = str(vm.fields.stop_time);
    if (stop) facts.push({ key: 'stopped', label: status === 'suspended' ? 'Suspended' : 'Stopped', text: `${formatDate(stop)} (${formatUptime(stop, now)} ago)` });
    const reason = str(vm.fields.stop_reason);
    facts.push({ key: 'stop_reason', label: 'Stop reason', text: reason ?? 'None given' });
  }

  const fqdn = str(vm.fields.fqdn);
  if (fqdn) facts.push({ key: 'fqdn', label: 'FQDN', text: fqdn });
  const guest = guestOsText(vm);
  if (guest) facts.push({ key: 'guest_os', label: 'Guest OS', text: guest });
  const tz = str(valueAt(vm, 'guest_time_zone.name'));
  if (tz) facts.push({ key: 'guest_tz', label: 'Guest time zone', text: tz });

  const display = str(valueAt(vm, 'display.type'));
  const address = str(valueAt(vm, 'display.address'));
  const port = valueAt(vm, 'display.port');
  if (display) facts.push({ key: 'console', label: 'Console', text: address && port != null && port !== -1 ? `${display.toUpperCase()} at ${address}:${String(port)}` : `${display.toUpperCase()} (available while running)` });

  const pool = vm.fields.vm_pool;
  if (isReference(pool)) facts.push({ key: 'pool', label: 'Pool', ref: pool });
  if (vm.fields.next_run_configuration_exists === true) facts.push({ key: 'next_run', label: 'Pending changes', text: 'Configuration changes apply at the next start' });
  return facts;
}
