/**
 * The host state machine (api-reference §8): install/approve/upgrade, maintenance with its
 * VMs migrating away, activation, fencing, refresh; and losing/regaining contact (faults).
 */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { iscsiDiscover, iscsiLogin, setupNetworks } from './host-networks.ts';
import { ActionRefused, checkHost, HOST_VERBS } from './refusals.ts';
import { T } from './timings.ts';
import { beginMigration, killVmsOn, loseVm, recoverVms, restartHa } from './vm-machine.ts';
import { dcOf, pickHost, refreshDataCenter, refreshHostSummaries, vmsOnHost } from './world.ts';

const key = (id: string) => `host:${id}`;
/** VM statuses that can migrate off a host going to maintenance. */
const MOVABLE = new Set(['up', 'powering_up', 'reboot_in_progress', 'paused']);
const refs = (h: Doc) => ({ host: h.id, cluster: refId(h.cluster) });

function becomeUp(core: SimCore, hostId: string, ctx?: ActionCtx): void {
  const h = core.host(hostId);
  if (!h) return;
  core.setHost(hostId, { status: 'up', status_detail: null });
  core.emit(13, { VdsName: String(h.name), HostStatus: 'Up' }, refs(h), ctx);
  refreshDataCenter(core, dcOf(core, h), ctx);
}

/** installing → initializing → up (or maintenance when `activate` is false). */
function install(core: SimCore, host: Doc, params: Record<string, unknown>, ctx: ActionCtx, jobText: string, doneCode = 504): ActionResult {
  core.cancel(key(host.id));
  const job = core.startJob(jobText, ctx, host.id);
  const activate = params.activate !== false && params.activate !== 'false';
  core.setHost(host.id, { status: 'installing' });
  core.emit(509, { VdsName: String(host.name), Message: 'Stage: Connecting to host' }, refs(host), ctx);
  core.after(T.hostInstall, key(host.id), () => {
    if (core.host(host.id)?.status !== 'installing') return;
    core.emit(doneCode, { VdsName: String(host.name) }, refs(host), ctx);
    if (!activate) {
      core.setHost(host.id, { status: 'maintenance' });
      job.finish();
      return;
    }
    core.setHost(host.id, { status: 'initializing' });
    core.after(T.hostInitialize, key(host.id), () => {
      if (core.host(host.id)?.status !== 'initializing') return;
      becomeUp(core, host.id, ctx);
      job.finish();
    });
  });
  return { status: 'complete', job: { id: job.id } };
}

/** A newly added host: installing → up, events 42 and 509/504. */
export function hostAdded(core: SimCore, host: Doc, ctx: ActionCtx): void {
  core.emit(42, { VdsName: String(host.name) }, refs(host), ctx);
  install(core, host, {}, ctx, `Adding new Host ${String(host.name)} to Cluster ${core.nameOf('clusters', refId(host.cluster)) ?? ''}`);
}

function deactivate(core: SimCore, host: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkHost('deactivate', String(host.status));
  const running = host.status === 'up' ? vmsOnHost(core, host.id) : [];
  const clusterId = refId(host.cluster);
  const movable = running.filter((v) => MOVABLE.has(String(v.status)));
  if (movable.length && !pickHost(core, clusterId, host.id)) {
    throw ActionRefused.cannot(HOST_VERBS.deactivate, 'There are no available hosts capable of running the VMs.');
  }
  const reason = typeof params.reason === 'string' ? params.reason : '';
  core.cancel(key(host.id));
  const job = core.startJob(`Moving Host ${String(host.name)} to Maintenance`, ctx, host.id);
  core.setHost(host.id, { status: 'preparing_for_maintenance' });
  core.emit(reason ? 600 : 620, { VdsName: String(host.name), Reason: reason }, refs(host), ctx);
  for (const vm of movable) {
    const target = pickHost(core, clusterId, host.id);
    if (target) beginMigration(core, vm, target, ctx);
  }
  const check = () => {
    const h = core.host(host.id);
    if (h?.status !== 'preparing_for_maintenance') return;
    // VMs the host lost track of do not hold it; VMs that came up meanwhile are sent away too.
    const left = vmsOnHost(core, host.id).filter((v) => v.status !== 'unknown');
    for (const vm of left.filter((v) => MOVABLE.has(String(v.status)))) {
      const target = pickHost(core, clusterId, host.id);
      if (target) beginMigration(core, vm, target, ctx);
    }
    if (left.length) {
      core.after(T.hostMaintenanceCheck, key(host.id), check);
      return;
    }
    // Whatever the host lost track of is gone with it (HA VMs restart elsewhere).
    killVmsOn(core, host.id, ctx);
    core.setHost(host.id, { status: 'maintenance', spm: { status: 'none' } });
    core.emit(15, { VdsName: String(h.name) }, refs(h), ctx);
    refreshHostSummaries(core, host.id);
    refreshDataCenter(core, dcOf(core, h), ctx);
    job.finish();
  };
  core.after(T.hostMaintenanceCheck, key(host.id), check);
  return { status: 'complete', job: { id: job.id } };
}

function activate(core: SimCore, host: Doc, _params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkHost('activate', String(host.status));
  core.cancel(key(host.id));
  const job = core.startJob(`Activating Host ${String(host.name)}`, ctx, host.id);
  core.setHost(host.id, { status: 'unassigned' });
  core.emit(16, { VdsName: String(host.name) }, refs(host), ctx);
  core.after(T.hostActivate, key(host.id), () => {
    if (core.host(host.id)?.status !== 'unassigned') return;
    becomeUp(core, host.id, ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

function fence(core: SimCore, host: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  const type = String(params.fence_type ?? '').toLowerCase();
  if (!['manual', 'restart', 'start', 'stop', 'status'].includes(type)) {
    throw new ActionRefused(`'${type}' is not a valid value for 'fence_type'`, 400, 'Invalid value');
  }
  const action = `fence_${type}`;
  checkHost(action, String(host.status));
  const pm = (host.power_management as { enabled?: boolean } | undefined)?.enabled === true;
  if (type !== 'manual' && !pm) throw ActionRefused.cannot(HOST_VERBS[action], 'Power Management is not enabled for Host.');
  const name = String(host.name);
  if (type === 'status') {
    const on = !['down'].includes(String(host.status));
    return { status: 'complete', extra: { power_management: { status: on ? 'on' : 'off' } } };
  }
  core.cancel(key(host.id));
  if (type === 'manual') {
    killVmsOn(core, host.id, ctx);
    core.setHost(host.id, { status: 'down' });
    core.emit(13, { VdsName: name, HostStatus: 'Down' }, refs(host), ctx);
    refreshDataCenter(core, dcOf(core, host), ctx);
    return { status: 'complete' };
  }
  if (type === 'stop') {
    killVmsOn(core, host.id, ctx);
    core.setHost(host.id, { status: 'down' });
    core.emit(21, { VdsName: name }, refs(host), ctx);
    refreshDataCenter(core, dcOf(core, host), ctx);
    return { status: 'complete' };
  }
  // start, restart: the host reboots and comes back, to maintenance if it was there.
  const back = host.status === 'maintenance' ? 'maintenance' : 'up';
  const job = core.startJob(`${type === 'start' ? 'Starting' : 'Restarting'} Host ${name}`, ctx, host.id);
  killVmsOn(core, host.id, ctx);
  core.setHost(host.id, { status: 'reboot' });
  core.emit(type === 'start' ? 20 : 41, { VdsName: name }, refs(host), ctx);
  core.after(T.hostReboot, key(host.id), () => {
    if (core.host(host.id)?.status !== 'reboot') return;
    if (back === 'up') becomeUp(core, host.id, ctx);
    else core.setHost(host.id, { status: 'maintenance' });
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

export function hostAction(core: SimCore, host: Doc, action: string, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  switch (action) {
    case 'activate':
      return activate(core, host, params, ctx);
    case 'deactivate':
      return deactivate(core, host, params, ctx);
    case 'approve': {
      checkHost('approve', String(host.status));
      // Approving may place the host in another cluster (the `cluster` parameter, by id or name).
      const wanted = params.cluster as { id?: unknown; name?: unknown } | undefined;
      const cluster = wanted && core.store.list('clusters', '').find((c) => c.id === wanted.id || (wanted.id === undefined && c.name === wanted.name));
      if (wanted && (wanted.id !== undefined || wanted.name !== undefined) && !cluster) throw new ActionRefused('[Cannot approve Host. Cluster does not exist.]', 404, 'Not Found');
      const placed = cluster && cluster.id !== refId(host.cluster) ? (core.setHost(host.id, { cluster: { id: cluster.id } }) ?? host) : host;
      core.emit(498, { VdsName: String(placed.name) }, refs(placed), ctx);
      return install(core, placed, params, ctx, `Approving Host ${String(placed.name)}`);
    }
    case 'install':
      checkHost('install', String(host.status));
      return install(core, host, params, ctx, `Installing Host ${String(host.name)}`);
    case 'upgrade':
      checkHost('upgrade', String(host.status));
      if (host.status === 'up' && vmsOnHost(core, host.id).length && !pickHost(core, refId(host.cluster), host.id)) {
        throw ActionRefused.cannot(HOST_VERBS.upgrade, 'There are no available hosts capable of running the VMs.');
      }
      core.emit(840, { VdsName: String(host.name) }, refs(host), ctx);
      for (const vm of vmsOnHost(core, host.id)) {
        const target = pickHost(core, refId(host.cluster), host.id);
        if (target) beginMigration(core, vm, target, ctx);
      }
      return install(core, host, { activate: host.status === 'up' }, ctx, `Upgrading Host ${String(host.name)}`, 842);
    case 'fence':
      return fence(core, host, params, ctx);
    case 'setupnetworks':
      return setupNetworks(core, host, params);
    case 'iscsidiscover':
      return iscsiDiscover(core, host, params, false);
    case 'discoveriscsi':
      return iscsiDiscover(core, host, params, true);
    case 'commitnetconfig':
      // Makes the host's current network configuration survive a reboot.
      checkHost('commitnetconfig', String(host.status));
      core.emit(1104, { VdsName: String(host.name) }, refs(host), ctx);
      return { status: 'complete' };
    case 'iscsilogin':
      return iscsiLogin(core, host, params);
    case 'refresh':
      checkHost('refresh', String(host.status));
      core.emit(606, { VdsName: String(host.name) }, refs(host), ctx);
      return { status: 'complete' };
    default:
      return { status: 'complete' };
  }
}

/** Trouble: the host stops answering; its VMs go unknown, HA ones restart elsewhere, it comes back later. */
export function hostStopsResponding(core: SimCore, host: Doc): void {
  core.cancel(key(host.id));
  core.setHost(host.id, { status: 'non_responsive' });
  core.emit(12, { VdsName: String(host.name) }, refs(host));
  core.emit(9027, { VdsName: String(host.name) }, refs(host));
  for (const vm of vmsOnHost(core, host.id)) {
    loseVm(core, vm.id);
    if ((vm.high_availability as { enabled?: boolean } | undefined)?.enabled) {
      // The engine cannot know the VM is dead without fencing; the simulation lets HA win.
      core.setVm(vm.id, { status: 'down', host: null, start_time: null });
      restartHa(core, vm.id, host.id);
    }
  }
  refreshHostSummaries(core, host.id);
  refreshDataCenter(core, dcOf(core, host));
  core.after(T.hostRecover, key(host.id), () => {
    if (core.host(host.id)?.status !== 'non_responsive') return;
    recoverVms(core, host.id);
    becomeUp(core, host.id);
    refreshHostSummaries(core, host.id);
  });
}
