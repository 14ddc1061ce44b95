/**
 * Facts derived from the inventory that several state machines need: which VMs run where,
 * where a VM may go (a least-loaded scheduler), host summaries, data center status.
 */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type SimCore } from './core.ts';

/** VM statuses that occupy a host. */
export const ON_HOST = new Set([
  'up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'wait_for_launch', 'not_responding', 'paused', 'saving_state', 'restoring_state', 'unknown',
]);

/**
 * The VMs running on a host. Read from the store's shared, frozen list (parsed once until the
 * next write), so that the scheduler weighing every host does not parse every VM per host:
 * callers read these documents and write through the store, never into them.
 */
export function vmsOnHost(core: SimCore, hostId: string): Doc[] {
  return core.store.listReadonly('vms', '').filter((v) => refId(v.host) === hostId && ON_HOST.has(String(v.status)));
}

const GiB = 1024 ** 3;

/** Share of a host's memory its VMs take, the scheduler's load measure. */
export function hostLoad(core: SimCore, host: Doc): number {
  const total = typeof host.memory === 'number' && host.memory > 0 ? host.memory : 64 * GiB;
  const used = vmsOnHost(core, host.id).reduce((s, v) => s + (typeof v.memory === 'number' ? v.memory : GiB), 0);
  return used / total;
}

/** The least loaded `up` host of the cluster, other than `exclude`; ties go to the name order. */
export function pickHost(core: SimCore, clusterId: string | undefined, exclude?: string): Doc | undefined {
  const candidates = core.store.list('hosts', '').filter((h) => h.status === 'up' && h.id !== exclude && (!clusterId || refId(h.cluster) === clusterId));
  let best: Doc | undefined;
  let bestLoad = Infinity;
  for (const h of candidates) {
    const load = hostLoad(core, h);
    if (load < bestLoad) {
      best = h;
      bestLoad = load;
    }
  }
  return best;
}

/** Keeps `summary {active, migrating, total}` of the hosts true to the VMs on them. */
export function refreshHostSummaries(core: SimCore, ...hostIds: Array<string | undefined>): void {
  for (const id of new Set(hostIds.filter((h): h is string => !!h))) core.coalesce(`host-summary:${id}`, () => refreshHostSummary(core, id));
}

function refreshHostSummary(core: SimCore, id: string): void {
  const host = core.host(id);
  if (!host) return;
  const vms = vmsOnHost(core, id);
  const migrating = vms.filter((v) => v.status === 'migrating').length;
  const patch: Record<string, unknown> = { summary: { active: vms.length, migrating, total: vms.length } };
  // What the scheduler could still place here: 90 % of the memory less what its VMs were given.
  if (typeof host.memory === 'number' && host.memory > 0) {
    const given = vms.reduce((s, v) => s + (typeof v.memory === 'number' ? v.memory : GiB), 0);
    patch.max_scheduling_memory = Math.max(0, Math.round(host.memory * 0.9) - given);
  }
  core.setHost(id, patch);
}

function hostsOfDc(core: SimCore, dcId: string): Doc[] {
  const clusters = new Set(core.store.list('clusters', '').filter((c) => refId(c.data_center) === dcId).map((c) => c.id));
  return core.store.list('hosts', '').filter((h) => clusters.has(refId(h.cluster) ?? ''));
}

/**
 * Data center status from its storage and hosts: up with an active master domain and an up
 * host; maintenance when all its domains are in maintenance; otherwise not_operational once it
 * had storage, uninitialized before. Also keeps one SPM per data center.
 */
export function refreshDataCenter(core: SimCore, dcId: string | undefined, ctx?: ActionCtx): void {
  if (!dcId) return;
  const dc = core.store.get('data_centers', dcId, '');
  if (!dc) return;
  const attached = core.store.list('attached_storage_domains', dcId);
  const hosts = hostsOfDc(core, dcId);
  const upHosts = hosts.filter((h) => h.status === 'up');
  const masterActive = attached.some((a) => a.master === true && a.status === 'active');

  // SPM: keep it on an up host; elect the first up host when none holds it.
  const spm = hosts.find((h) => (h.spm as { status?: string } | undefined)?.status === 'spm');
  if (spm && spm.status !== 'up') core.setHost(spm.id, { spm: { status: 'none' } });
  if ((!spm || spm.status !== 'up') && upHosts.length && masterActive) {
    const chosen = upHosts[0];
    core.setHost(chosen.id, { spm: { status: 'spm' } });
    core.emit(204, { VdsName: String(chosen.name), ServerIp: String(chosen.address ?? ''), StoragePoolName: String(dc.name) }, { host: chosen.id, data_center: dcId }, ctx);
  }

  let status: string;
  if (masterActive && upHosts.length) status = 'up';
  else if (attached.length === 0) status = dc.status === 'uninitialized' ? 'uninitialized' : 'uninitialized';
  else if (attached.every((a) => a.status === 'maintenance')) status = 'maintenance';
  else if (!attached.some((a) => a.master === true)) status = 'uninitialized';
  else status = 'not_operational';
  if (status === dc.status) return;
  core.store.update('data_centers', dcId, { status }, '');
  if (status === 'up') core.emit(10810, { StoragePoolName: String(dc.name) }, { data_center: dcId }, ctx);
  else if (status === 'not_operational' && dc.status === 'up') core.emit(10811, { StoragePoolName: String(dc.name) }, { data_center: dcId }, ctx);
}

/** The data center of the cluster a host or VM belongs to. */
export function dcOf(core: SimCore, doc: Doc): string | undefined {
  return core.dcOfCluster(refId(doc.cluster));
}

/** A storage domain gives (or, negative, gets back) `bytes` of space. */
export function consumeSpace(core: SimCore, sdId: string | undefined, bytes: number): void {
  if (!sdId || !bytes) return;
  const sd = core.store.get('storage_domains', sdId, '');
  if (!sd || typeof sd.available !== 'number' || typeof sd.used !== 'number') return;
  const delta = Math.min(bytes, sd.available);
  core.store.update('storage_domains', sdId, { available: sd.available - delta, used: Math.max(0, sd.used + delta) }, '');
}
