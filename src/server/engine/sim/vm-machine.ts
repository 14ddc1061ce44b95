/**
 * The VM state machine (api-reference §8): start, pause, shutdown, stop, reboot, reset,
 * suspend/resume, migrate/cancel, ticket. Each step is a store update plus the engine's
 * audit event; timed steps go through SimCore.after so the clock (and `speed`) drives them.
 */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused, checkVm, VM_VERBS } from './refusals.ts';
import { T } from './timings.ts';
import { pickHost, refreshHostSummaries, vmsOnHost } from './world.ts';

export interface Migration {
  from: string;
  to: string;
  startedAt: number;
  durationMs: number;
}

/** In-flight migrations by VM id (for migration.progress and cancelmigration). */
export const migrations = new WeakMap<SimCore, Map<string, Migration>>();

export function migrationsOf(core: SimCore): Map<string, Migration> {
  let m = migrations.get(core);
  if (!m) migrations.set(core, (m = new Map()));
  return m;
}

const key = (id: string) => `vm:${id}`;

function hostName(core: SimCore, id: string | undefined): string {
  return core.nameOf('hosts', id) ?? '';
}

function refs(vm: Doc, hostId?: string) {
  return { vm: vm.id, cluster: refId(vm.cluster), ...(hostId ? { host: hostId } : {}) };
}

/** Puts the VM on `hostId` as running, for the states from wait_for_launch on. */
function placeOn(core: SimCore, vm: Doc, hostId: string, status: string): void {
  const host = core.host(hostId);
  // Consoles take the first free port from 5900 on their host, like libvirt's autoport.
  const taken = new Set(vmsOnHost(core, hostId).filter((v) => v.id !== vm.id).map((v) => (v.display as { port?: number } | undefined)?.port));
  let port = 5900;
  while (taken.has(port)) port++;
  const display = { ...((vm.display as object) ?? {}), address: String(host?.address ?? ''), port };
  core.setVm(vm.id, { status, host: { id: hostId }, display, start_time: core.iso(), stop_time: null, stop_reason: null });
  refreshHostSummaries(core, hostId);
}

function goDown(core: SimCore, vmId: string, ctx: ActionCtx | undefined, exitMessage: string, reason?: string): void {
  const vm = core.vm(vmId);
  if (!vm) return;
  const hostId = refId(vm.host);
  core.cancel(key(vmId));
  migrationsOf(core).delete(vmId);
  const display = { ...((vm.display as Record<string, unknown>) ?? {}), address: null, port: null, secure_port: null };
  core.setVm(vmId, { status: 'down', host: null, start_time: null, fqdn: null, status_detail: null, stop_time: core.iso(), stop_reason: reason ?? '', display, run_once: false });
  core.emit(61, { VmName: String(vm.name), ExitMessage: exitMessage }, refs(vm, hostId), ctx);
  refreshHostSummaries(core, hostId);
}

/** start (also resume from paused/suspended); `pause` starts into paused. */
export function startVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('start', String(vm.status));
  const user = core.userName(ctx);
  if (vm.status === 'paused') {
    const hostId = refId(vm.host);
    core.setVm(vm.id, { status: 'up', status_detail: null });
    core.emit(40, { VmName: String(vm.name), VdsName: hostName(core, hostId) }, refs(vm, hostId), ctx);
    return { status: 'complete' };
  }
  const clusterId = refId(vm.cluster);
  // Run once may name the host directly or through its placement policy.
  const runOnce = params.vm as Record<string, unknown> | undefined;
  const placement = (runOnce?.placement_policy as { hosts?: unknown[] } | undefined)?.hosts;
  const wanted = refId(runOnce?.host) ?? (Array.isArray(placement) ? refId(placement[0]) : undefined);
  const host = wanted ? core.host(wanted) : pickHost(core, clusterId);
  if (!host || host.status !== 'up') {
    throw ActionRefused.cannot(VM_VERBS.start, 'There are no available running Hosts in the Cluster.');
  }
  const job = core.startJob(`Launching VM ${String(vm.name)}`, ctx, host.id);
  const hname = String(host.name);

  if (vm.status === 'suspended') {
    placeOn(core, vm, host.id, 'restoring_state');
    core.emit(153, { VmName: String(vm.name), VdsName: hname }, refs(vm, host.id), ctx);
    core.after(T.restoreState, key(vm.id), () => {
      if (core.vm(vm.id)?.status !== 'restoring_state') return;
      core.setVm(vm.id, { status: 'up' });
      core.emit(32, { VmName: String(vm.name), VdsName: hname }, refs(vm, host.id), ctx);
      job.finish();
    });
    return { status: 'complete', job: { id: job.id } };
  }

  const pause = params.pause === true || params.pause === 'true';
  placeOn(core, vm, host.id, 'wait_for_launch');
  // Run once: the overrides last until the VM goes down again.
  // (an HA restart only names the host, which is no run once).
  if (runOnce && Object.keys(runOnce).some((k) => k !== 'host')) core.setVm(vm.id, { run_once: true });
  core.emit(pause ? 179 : 153, { VmName: String(vm.name), VdsName: hname, UserName: user }, refs(vm, host.id), ctx);
  core.after(T.launch, key(vm.id), () => {
    if (core.vm(vm.id)?.status !== 'wait_for_launch') return;
    if (pause) {
      core.setVm(vm.id, { status: 'paused', status_detail: 'noerr' });
      core.emit(1025, { VmName: String(vm.name) }, refs(vm, host.id), ctx);
      job.finish();
      return;
    }
    core.setVm(vm.id, { status: 'powering_up' });
    core.after(T.powerUp, key(vm.id), () => {
      if (core.vm(vm.id)?.status !== 'powering_up') return;
      core.setVm(vm.id, { status: 'up', fqdn: `${String(vm.name)}.example.com` });
      core.emit(32, { VmName: String(vm.name), VdsName: hname }, refs(vm, host.id), ctx);
      job.finish();
    });
  });
  return { status: 'complete', job: { id: job.id } };
}

export function stopVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('stop', String(vm.status));
  const reason = typeof params.reason === 'string' ? params.reason : '';
  const optional = reason ? ` (Reason: ${reason})` : '';
  if (vm.status === 'suspended') {
    core.setVm(vm.id, { status: 'down', stop_time: core.iso(), stop_reason: reason });
    core.emit(111, { VmName: String(vm.name), OptionalReason: optional }, refs(vm), ctx);
    return { status: 'complete' };
  }
  const hostId = refId(vm.host);
  core.emit(33, { VmName: String(vm.name), VdsName: hostName(core, hostId), OptionalReason: optional }, refs(vm, hostId), ctx);
  goDown(core, vm.id, ctx, 'Admin shut down from the engine', reason);
  return { status: 'complete' };
}

export function shutdownVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('shutdown', String(vm.status));
  const reason = typeof params.reason === 'string' ? params.reason : '';
  const optional = reason ? ` (Reason: ${reason})` : '';
  const hostId = refId(vm.host);
  // Without a running guest to ask, the engine powers the VM off instead.
  if (!['up', 'powering_down', 'reboot_in_progress', 'migrating'].includes(String(vm.status))) {
    if (vm.status === 'suspended') return stopVm(core, vm, params, ctx);
    core.emit(76, { VmName: String(vm.name), VdsName: hostName(core, hostId), OptionalReason: optional }, refs(vm, hostId), ctx);
    goDown(core, vm.id, ctx, 'Admin shut down from the engine', reason);
    return { status: 'complete' };
  }
  core.cancel(key(vm.id));
  migrationsOf(core).delete(vm.id);
  const job = core.startJob(`Shutting down VM ${String(vm.name)}`, ctx, hostId);
  core.setVm(vm.id, { status: 'powering_down' });
  core.emit(73, { VmName: String(vm.name), VdsName: hostName(core, hostId), OptionalReason: optional }, refs(vm, hostId), ctx);
  core.after(T.powerDown, key(vm.id), () => {
    if (core.vm(vm.id)?.status !== 'powering_down') return;
    goDown(core, vm.id, ctx, 'User shut down from within the guest', reason);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

function rebootLike(core: SimCore, vm: Doc, ctx: ActionCtx, action: 'reboot' | 'reset'): ActionResult {
  checkVm(action, String(vm.status));
  const hostId = refId(vm.host);
  core.cancel(key(vm.id));
  core.setVm(vm.id, { status: 'reboot_in_progress' });
  core.emit(action === 'reboot' ? 157 : 221, { VmName: String(vm.name) }, refs(vm, hostId), ctx);
  core.after(action === 'reboot' ? T.reboot : T.reset, key(vm.id), () => {
    if (core.vm(vm.id)?.status !== 'reboot_in_progress') return;
    core.setVm(vm.id, { status: 'up' });
  });
  return { status: 'complete' };
}

export const rebootVm = (core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx) => rebootLike(core, vm, ctx, 'reboot');
export const resetVm = (core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx) => rebootLike(core, vm, ctx, 'reset');

export function suspendVm(core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('suspend', String(vm.status));
  const hostId = refId(vm.host);
  const hname = hostName(core, hostId);
  const job = core.startJob(`Suspending VM ${String(vm.name)}`, ctx, hostId);
  core.setVm(vm.id, { status: 'saving_state' });
  core.emit(501, { VmName: String(vm.name), VdsName: hname }, refs(vm, hostId), ctx);
  core.after(T.saveState, key(vm.id), () => {
    if (core.vm(vm.id)?.status !== 'saving_state') return;
    core.setVm(vm.id, { status: 'suspended', host: null, start_time: null });
    refreshHostSummaries(core, hostId);
    core.emit(503, { VmName: String(vm.name), VdsName: hname }, refs(vm, hostId), ctx);
    job.finish();
  });
  return { status: 'complete', job: { id: job.id } };
}

function hostParam(core: SimCore, params: Record<string, unknown>): Doc | undefined | null {
  const given = params.host as Record<string, unknown> | undefined;
  if (!given) return undefined;
  if (typeof given.id === 'string') return core.host(given.id) ?? null;
  if (typeof given.name === 'string') return core.store.list('hosts', '').find((h) => h.name === given.name) ?? null;
  return undefined;
}

export function migrateVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('migrate', String(vm.status));
  const from = refId(vm.host);
  const verb = VM_VERBS.migrate;
  if ((vm.placement_policy as { affinity?: string } | undefined)?.affinity === 'pinned' && params.force !== true) {
    throw ActionRefused.cannot(verb, 'VM is non migratable.');
  }
  const explicit = hostParam(core, params);
  if (explicit === null) throw ActionRefused.cannot(verb, 'Destination host was not found.');
  if (explicit && explicit.id === from) throw ActionRefused.cannot(verb, 'The destination host is the same as the source host.');
  if (explicit && explicit.status !== 'up') throw ActionRefused.cannot(verb, 'Destination host is not Up.');
  const targetCluster = refId(params.cluster) ?? refId(vm.cluster);
  const to = explicit ?? pickHost(core, targetCluster, from);
  if (!to) throw ActionRefused.cannot(verb, 'There are no hosts to use. Check that the cluster contains at least one host in Up state.');
  beginMigration(core, vm, to, ctx);
  return { status: 'complete' };
}

/** Also used by host maintenance: moves a running VM to `to`. */
export function beginMigration(core: SimCore, vm: Doc, to: Doc, ctx: ActionCtx | undefined, onDone?: () => void): void {
  const from = refId(vm.host) ?? '';
  const fromName = hostName(core, from);
  const previous = String(vm.status);
  core.cancel(key(vm.id));
  const job = ctx ? core.startJob(`Migrating VM ${String(vm.name)} from Host ${fromName} to Host ${String(to.name)}`, ctx, from) : undefined;
  migrationsOf(core).set(vm.id, { from, to: to.id, startedAt: core.now(), durationMs: T.migrate / core.speed });
  core.setVm(vm.id, { status: 'migrating' });
  refreshHostSummaries(core, from);
  core.emit(62, { VmName: String(vm.name), VdsName: fromName, DestinationVdsName: String(to.name), OptionalReason: '' }, refs(vm, from), ctx);
  core.after(T.migrate, key(vm.id), () => {
    const now = core.vm(vm.id);
    if (now?.status !== 'migrating') return;
    migrationsOf(core).delete(vm.id);
    const target = core.host(to.id);
    if (!target || target.status !== 'up') {
      core.setVm(vm.id, { status: previous === 'paused' ? 'paused' : 'up' });
      core.emit(65, { VmName: String(vm.name), VdsName: fromName, DueToMigrationError: ' due to an Error: Destination host is not available' }, refs(vm, from), ctx);
      job?.finish(false);
      refreshHostSummaries(core, from);
      onDone?.();
      return;
    }
    const secs = Math.round(T.migrate / 1000);
    core.setVm(vm.id, { status: previous === 'paused' ? 'paused' : 'up', host: { id: to.id }, display: { ...((now.display as object) ?? {}), address: String(target.address ?? '') } });
    core.emit(63, { VmName: String(vm.name), VdsName: fromName, DestinationVdsName: String(to.name), Duration: `${secs} seconds`, TotalDuration: `${secs} seconds`, ActualDowntime: '(N/A)' }, refs(vm, to.id), ctx);
    job?.finish();
    refreshHostSummaries(core, from, to.id);
    onDone?.();
  });
}

export function cancelMigration(core: SimCore, vm: Doc, _p: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('cancelmigration', String(vm.status));
  const m = migrationsOf(core).get(vm.id);
  core.cancel(key(vm.id));
  migrationsOf(core).delete(vm.id);
  core.setVm(vm.id, { status: 'up' });
  core.emit(161, { VmName: String(vm.name), VdsName: hostName(core, m?.from ?? refId(vm.host)) }, refs(vm, m?.from), ctx);
  refreshHostSummaries(core, m?.from);
  return { status: 'complete' };
}

export function ticketVm(core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  checkVm('ticket', String(vm.status));
  const given = (params.ticket ?? {}) as Record<string, unknown>;
  const expiry = Number(given.expiry ?? 120);
  const value = typeof given.value === 'string' && given.value ? given.value : core.rng.token(12);
  core.emit(164, { VmName: String(vm.name) }, refs(vm, refId(vm.host)), ctx);
  return { status: 'complete', extra: { ticket: { value, expiry: Number.isFinite(expiry) ? expiry : 120 } } };
}

/** The engine itself acting (HA restarts): no user ref, "SYSTEM" in texts. */
const SYSTEM_CTX = (vmId: string): ActionCtx => ({ correlationId: `ha-${vmId}`, user: { id: '', name: 'SYSTEM' } });

/** A VM whose host vanished: `unknown` until the host is back (or HA restarts it elsewhere). */
export function loseVm(core: SimCore, vmId: string): void {
  const vm = core.vm(vmId);
  if (!vm) return;
  core.cancel(key(vmId));
  migrationsOf(core).delete(vmId);
  core.setVm(vmId, { status: 'unknown' });
  core.emit(142, { VmName: String(vm.name) }, refs(vm, refId(vm.host)));
}

/** The host is reachable again: its unknown VMs report in as up. */
export function recoverVms(core: SimCore, hostId: string): void {
  for (const vm of vmsOnHost(core, hostId)) if (vm.status === 'unknown') core.setVm(vm.id, { status: 'up' });
}

/** A host was fenced or its VMs were confirmed dead: they go down; highly available ones restart elsewhere. */
export function killVmsOn(core: SimCore, hostId: string, ctx: ActionCtx | undefined): void {
  for (const vm of vmsOnHost(core, hostId)) {
    goDown(core, vm.id, ctx, 'VM was lost with its host', 'host failure');
    if ((vm.high_availability as { enabled?: boolean } | undefined)?.enabled) restartHa(core, vm.id, hostId);
  }
}

export function restartHa(core: SimCore, vmId: string, deadHost: string): void {
  const vm = core.vm(vmId);
  if (!vm) return;
  core.emit(9602, { VmName: String(vm.name) }, refs(vm, deadHost));
  core.after(T.haRestart, key(vmId), () => {
    const now = core.vm(vmId);
    if (!now || (now.status !== 'down' && now.status !== 'unknown')) return;
    const target = pickHost(core, refId(now.cluster), deadHost);
    if (!target) {
      core.emit(54, { VmName: String(now.name), DueToError: ' due to a failed validation: [There are no available running Hosts in the Cluster.]' }, refs(now));
      return;
    }
    if (now.status === 'unknown') core.setVm(vmId, { status: 'down', host: null });
    try {
      startVm(core, core.vm(vmId)!, { vm: { host: { id: target.id } } }, SYSTEM_CTX(vmId));
    } catch {
      // nothing else to try: the event above or the refusal explains it
    }
  });
}
