/**
 * Plugs the simulator into the HTTP layer's hooks (http/hooks.ts):
 *
 *   startEngine({ …, hooks: (store) => simulatorHooks(store, { speed, seed }) })
 *
 * Actions on VMs, hosts, storage domains (attached or not), data centers, templates, disks,
 * snapshots and pools go to Simulator.act; creations and removals get the simulator's checks
 * and life cycles; statistics come from the simulator. Anything else falls back to the HTTP
 * layer's built-in behaviour.
 */
import type { ActionCtx as HttpActionCtx, ActionResult as HttpActionResult } from '../http/actions.ts';
import type { EngineHooks, HookInfo } from '../http/hooks.ts';
import { API_BASE } from '../http/hrefs.ts';
import type { Doc, Store } from '../store/store.ts';
import type { ActionCtx, Kind, SimOptions } from './core.ts';
import { Creations } from './creations.ts';
import { Simulator, type CreateKind, type StatisticsKind } from './simulator.ts';

export interface SimulatorHooks extends EngineHooks {
  simulator: Simulator;
}

/** Entity service name → simulator kind. */
const SERVICE_KINDS: Record<string, Kind> = {
  vm: 'vm',
  host: 'host',
  storage_domain: 'storage_domain',
  attached_storage_domain: 'attached_storage_domain',
  data_center: 'data_center',
  template: 'template',
  disk: 'disk',
  attached_storage_domain_disk: 'disk',
  storage_domain_disk: 'disk',
  snapshot: 'snapshot',
  vm_pool: 'vm_pool',
  storage_domain_vm: 'storage_domain_vm',
  storage_domain_template: 'storage_domain_template',
};

/** Creations whose background steps are storage tasks (answered 202 + creation_status); a host's install is not. */
const STORAGE_CREATIONS = new Set(['disk', 'disk_attachment', 'storage_domain', 'template', 'vm', 'snapshot']);

const STAT_KINDS: Record<string, StatisticsKind> = { vm: 'vm', host: 'host', nic: 'vm_nic', host_nic: 'host_nic', disk: 'disk' };

/** Events name users as the engine does: `admin@internal-authz` (principal plus authz). */
const eventUserName = (principal: string) => (principal.endsWith('-authz') ? principal : `${principal}-authz`);

function simCtx(info: { correlationId: string; user: { id: string; name: string }; parentId?: string }): ActionCtx {
  return { correlationId: info.correlationId, user: { id: info.user.id, name: eventUserName(info.user.name) }, parentId: info.parentId };
}

/** Model type + entity service of a created/removed object → simulator kind. */
function kindOf(type: string, info: HookInfo): CreateKind | undefined {
  if (type === 'storage_domain') return info.service === 'attached_storage_domain' || info.parentService === 'data_center' ? 'attached_storage_domain' : 'storage_domain';
  if (type === 'cluster') return 'cluster';
  return (['vm', 'host', 'data_center', 'template', 'disk', 'snapshot', 'vm_pool'] as const).find((k) => k === type);
}

export function simulatorHooks(store: Store, opts: SimOptions & { start?: boolean }): SimulatorHooks {
  const simulator = new Simulator(store, opts);
  if (opts.start !== false) simulator.start();
  // A disk attachment POST either creates a disk or attaches an existing one; checkCreate sees the body.
  let attachingNewDisk = false;
  const creations = new Creations(simulator.core);
  // Where the schedule stood before the last onCreate: the steps after it are that creation's tasks.
  let createMark = simulator.core.mark();

  return {
    simulator,

    action(a: HttpActionCtx): HttpActionResult | undefined {
      const kind = SERVICE_KINDS[a.service.name];
      if (!kind || !a.doc) return undefined;
      const segments = a.params.segments;
      // …/<parent collection>/<parent id>/<collection>/<id>/<action>: the parent id, when nested.
      const parentId = segments.length >= 5 ? segments[segments.length - 4] : undefined;
      const action = (a.method.path ?? a.method.name).replace(/_/g, '').toLowerCase();
      const result = simulator.act(kind, a.doc.id, action, a.input, {
        correlationId: a.params.correlationId,
        user: { id: a.user.id, name: eventUserName(a.user.principal) },
        parentId,
      });
      const output: Record<string, unknown> = { ...(result.extra ?? {}) };
      if (result.job) output.job = { id: result.job.id, href: `${API_BASE}/jobs/${result.job.id}` };
      // A VM the action handed out or made (allocatevm, clone) is a link the client can follow.
      const vmRef = output.vm as { id?: unknown; href?: unknown } | undefined;
      if (vmRef && typeof vmRef.id === 'string' && !vmRef.href) output.vm = { id: vmRef.id, href: `${API_BASE}/vms/${vmRef.id}` };
      // Without a pending step the HTTP layer answers complete (or pending when async was asked).
      return { status: result.status === 'pending' ? 'pending' : undefined, output };
    },

    checkCreate(type, doc, info) {
      if (type === 'disk_attachment') {
        const disk = doc.disk as { id?: unknown } | undefined;
        attachingNewDisk = !disk || typeof disk.id !== 'string';
        return;
      }
      const kind = kindOf(type, info);
      if (kind) simulator.checkCreate(kind, doc, simCtx(info));
    },

    onCreate(type, doc, info) {
      createMark = simulator.core.mark();
      if (type === 'disk_attachment') {
        const diskId = (doc.disk as { id?: string } | undefined)?.id ?? doc.id;
        const disk = store.get('disks', diskId, '');
        const vmId = info.parentService === 'vm' ? info.parentId : undefined;
        if (disk && attachingNewDisk) simulator.onCreate('disk', disk, { ...simCtx(info), parentId: vmId });
        attachingNewDisk = false;
        return;
      }
      const kind = kindOf(type, info);
      // A disk's parent matters only when it is a VM (disks added under a storage domain are plain disks).
      if (kind === 'disk') simulator.onCreate(kind, doc, { ...simCtx(info), parentId: info.parentService === 'vm' ? info.parentId : undefined });
      else if (kind) simulator.onCreate(kind, doc, simCtx(info));
    },

    creationTasks(type) {
      return STORAGE_CREATIONS.has(type) ? creations.begin(createMark) : [];
    },

    creationStatus(taskIds, doc) {
      return creations.status(taskIds, doc);
    },

    creationDone(taskIds) {
      return creations.done(taskIds);
    },

    checkRemove(type, doc, info) {
      const kind = kindOf(type, info);
      if (kind && kind !== 'cluster') simulator.checkRemove(kind, doc, simCtx(info));
    },

    onRemove(type, doc, info) {
      const kind = kindOf(type, info);
      if (kind && kind !== 'cluster') simulator.onRemove(kind, doc, simCtx(info));
    },

    statistics(type, doc): Doc[] | undefined {
      const kind = STAT_KINDS[type];
      return kind ? (simulator.statistics(kind, doc) as unknown as Doc[]) : undefined;
    },

    close() {
      simulator.stop();
    },
  };
}
