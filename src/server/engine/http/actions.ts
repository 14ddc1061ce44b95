/**
 * What actions do. Every action request goes through `runAction`: the engine's `action` hook
 * (the simulator) when it answers, else `defaultAction`, where only VM start/stop/shutdown and
 * host approve/activate/deactivate change state — at once, with the engine's refusals
 * (api-reference §8); any other action completes without effect.
 */
import type { ModelMethod, ModelService } from '../model/api-model.ts';
import type { Doc } from '../store/store.ts';
import type { CollectionBinding } from './bindings.ts';
import type { Ctx } from './context.ts';
import type { HookInfo } from './hooks.ts';
import { HttpFault } from './faults.ts';
import { entityLabel, msg, verbArg } from './messages.ts';

type Obj = Record<string, unknown>;

export interface ActionCtx extends Ctx {
  /** the service whose action this is (entity service, or a collection for e.g. events/undelete) */
  service: ModelService;
  method: ModelMethod;
  /** the entity's type and document; absent for collection actions */
  type?: string;
  doc?: Doc;
  /** the collection holding `doc`, to write changes through */
  binding?: CollectionBinding;
  /** id of the entity owning that collection (the data center of an attached storage domain, the VM of a snapshot) */
  parentId?: string;
  /** action parameters read from the body */
  input: Obj;
}

export interface ActionResult {
  /** `complete` unless the action continues in the background */
  status?: 'complete' | 'pending' | 'in_progress' | 'failed';
  /** members added to the echoed `<action>` (e.g. `ticket`, `is_attached`) */
  output?: Obj;
}

export function runAction(a: ActionCtx): ActionResult {
  return a.hooks.action?.(a) ?? defaultAction(a);
}

const refId = (v: unknown) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined);

const VM_RUNNING = ['up', 'powering_up', 'powering_down', 'paused', 'suspended', 'migrating', 'not_responding', 'wait_for_launch', 'reboot_in_progress'];
const VM_START_OK = ['down', 'suspended', 'paused'];
const HOST_ACTIVATE_OK = ['maintenance', 'non_operational', 'error', 'install_failed', 'preparing_for_maintenance'];
const HOST_DEACTIVATE_OK = ['up', 'non_responsive', 'non_operational', 'error', 'install_failed', 'down'];
const HOST_REMOVE_OK = ['maintenance', 'down', 'install_failed', 'pending_approval'];

function refused(verb: string, type: string, status: string, detail: 'detail.status_refused' | 'detail.vm_running' | 'detail.vm_not_running' | 'detail.vm_locked' | 'detail.host_in_maintenance' | 'detail.no_host', extra: Obj = {}) {
  return HttpFault.conflict(msg(detail, { verb: verbArg(verb), entity: entityLabel(type), status, ...(extra as Record<string, string>) }));
}

function hostRefused(verb: string, status: string, allowed: string[]) {
  return HttpFault.conflict(msg('detail.host_status', { verb: verbArg(verb), entity: entityLabel('host'), status, statuses: allowed.join(', ') }));
}

function write(a: ActionCtx, patch: Obj): Doc {
  const updated = a.binding?.update(a.doc!.id, patch);
  if (!updated) throw HttpFault.notFound();
  return updated;
}

function event(a: ActionCtx, code: number, description: string, refs: Record<string, string | undefined>): void {
  const clean = Object.fromEntries(Object.entries(refs).filter(([, v]) => v)) as Record<string, string>;
  a.store.addEvent({ code, severity: 'normal', description, correlation_id: a.params.correlationId, refs: clean });
}

function vmAction(a: ActionCtx, vm: Doc): ActionResult {
  const status = String(vm.status ?? 'down');
  const name = a.method.name;
  const by = `${a.user.principal}-authz`;
  if (status === 'image_locked' && ['start', 'stop', 'shutdown'].includes(name)) throw refused(name, 'vm', status, 'detail.vm_locked');
  if (name === 'start') {
    if (!VM_START_OK.includes(status)) throw refused(name, 'vm', status, VM_RUNNING.includes(status) ? 'detail.vm_running' : 'detail.status_refused');
    const clusterId = refId(vm.cluster);
    const wanted = (a.input.vm as Obj | undefined)?.placement_policy as Obj | undefined;
    const wantedHosts = Array.isArray(wanted?.hosts) ? wanted.hosts.map(refId) : [];
    const hosts = a.store.list('hosts', '').filter((h) => h.status === 'up' && refId(h.cluster) === clusterId);
    const host = hosts.find((h) => wantedHosts.includes(h.id)) ?? hosts[0];
    if (!host) throw refused(name, 'vm', status, 'detail.no_host');
    const paused = a.input.pause === true;
    write(a, { status: paused ? 'paused' : 'up', host: { id: host.id }, start_time: new Date().toISOString(), stop_time: null, stop_reason: null, run_once: !!a.input.vm });
    event(a, 153, `VM ${String(vm.name)} was started by ${by} (Host: ${String(host.name)}).`, { vm: vm.id, host: host.id, cluster: clusterId as string });
    return {};
  }
  if (name === 'stop' || name === 'shutdown') {
    if (!VM_RUNNING.includes(status)) throw refused(name, 'vm', status, status === 'down' ? 'detail.vm_not_running' : 'detail.status_refused');
    const reason = typeof a.input.reason === 'string' ? a.input.reason : undefined;
    write(a, { status: 'down', host: null, stop_time: new Date().toISOString(), stop_reason: reason ?? null });
    event(a, name === 'stop' ? 33 : 73, name === 'stop' ? `VM ${String(vm.name)} powered off by ${by}.` : `VM shutdown initiated by ${by} on VM ${String(vm.name)}.`, { vm: vm.id, host: refId(vm.host) as string });
    return {};
  }
  return {};
}

function hostAction(a: ActionCtx, host: Doc): ActionResult {
  const status = String(host.status ?? 'up');
  const name = a.method.name;
  if (name === 'deactivate') {
    if (status === 'maintenance') throw refused(name, 'host', status, 'detail.host_in_maintenance');
    if (!HOST_DEACTIVATE_OK.includes(status)) throw hostRefused(name, status, HOST_DEACTIVATE_OK);
    write(a, { status: 'maintenance' });
    event(a, 600, `Host ${String(host.name)} was switched to Maintenance Mode by ${a.user.principal}-authz.`, { host: host.id });
  } else if (name === 'activate') {
    if (!HOST_ACTIVATE_OK.includes(status)) throw hostRefused(name, status, HOST_ACTIVATE_OK);
    write(a, { status: 'up' });
    event(a, 16, `Activation of host ${String(host.name)} initiated by ${a.user.principal}-authz.`, { host: host.id });
  } else if (name === 'approve') {
    if (status !== 'pending_approval') throw hostRefused(name, status, ['pending_approval']);
    write(a, { status: 'up' });
    event(a, 498, `Host ${String(host.name)} was approved by ${a.user.principal}-authz.`, { host: host.id });
  }
  return {};
}

export function defaultAction(a: ActionCtx): ActionResult {
  if (a.doc && a.type === 'vm') return vmAction(a, a.doc);
  if (a.doc && a.type === 'host') return hostAction(a, a.doc);
  if (a.service.name === 'events' && a.method.name === 'undelete') a.store.undeleteEvents();
  if (a.doc && a.service.name === 'attached_storage_domain' && (a.method.name === 'activate' || a.method.name === 'deactivate')) {
    write(a, { status: a.method.name === 'activate' ? 'active' : 'maintenance' });
  }
  // an external job or step ends as the caller says (`succeeded`, default true)
  if (a.doc && (a.type === 'job' || a.type === 'step') && a.method.name === 'end') {
    write(a, { status: a.input.succeeded === false ? 'failed' : 'finished', end_time: new Date().toISOString(), last_updated: new Date().toISOString() });
  }
  return {};
}

/**
 * Runs before a DELETE, inside its transaction: refusals that depend on state (§8: a VM must be
 * down, a host in maintenance), and what goes with the object (a VM's disks, unless
 * `detach_only`).
 */
export function beforeRemoval(ctx: Ctx, type: string, doc: Doc, info: HookInfo): void {
  if (ctx.hooks.checkRemove) ctx.hooks.checkRemove(type, doc, info);
  else checkRemoval(type, doc);
  if (type === 'vm' && ctx.params.bool('detach_only') !== true) {
    for (const att of ctx.store.list('vm_disk_attachments', doc.id)) {
      const diskId = (refId(att.disk) as string | undefined) ?? att.id;
      const shared = ctx.store.list('vm_disk_attachments').filter((a) => (refId(a.disk) ?? a.id) === diskId).length > 1;
      if (!shared) ctx.store.remove('disks', diskId, '');
    }
  }
}

function checkRemoval(type: string, doc: Doc): void {
  const status = String(doc.status ?? '');
  if (type === 'vm' && status && status !== 'down') {
    throw refused('remove', 'vm', status, status === 'image_locked' ? 'detail.vm_locked' : VM_RUNNING.includes(status) ? 'detail.vm_running' : 'detail.status_refused');
  }
  if (type === 'host' && status && !HOST_REMOVE_OK.includes(status)) throw hostRefused('remove', status, HOST_REMOVE_OK);
}
