/**
 * The living data center behind the embedded engine. The HTTP layer calls:
 *  - act(kind, id, action, params, ctx) for every action POST (validates, applies, answers);
 *  - checkCreate/onCreate around POSTs that add objects, checkRemove/onRemove around DELETEs;
 *  - statistics(kind, doc) for …/statistics collections.
 * start() runs a timer that applies due transitions (and seeded trouble); tests inject `now`
 * and call tick() instead.
 */
import { HttpFault } from '../http/faults.ts';
import type { Doc, Store } from '../store/store.ts';
import { refId, SimCore, type ActionCtx, type ActionResult, type Kind, type SimOptions } from './core.ts';
import { diskAction, diskAdded } from './disk-machine.ts';
import { hostAction, hostAdded } from './host-machine.ts';
import { poolAction, poolAdded } from './pool-machine.ts';
import { ActionRefused, checkDiskOk, checkHost, checkVm, VM_VERBS } from './refusals.ts';
import { checkSnapshotCreate, checkSnapshotRemove, commitSnapshot, previewSnapshot, snapshotAction, snapshotAdded, snapshotRemoved, undoSnapshot } from './snapshot-machine.ts';
import { StatisticsModel, type Statistic } from './statistics.ts';
import { attachedSdAction, checkDetach, sdAttached, sdDetached, setMaster } from './storage-machine.ts';
import { checkTemplateRemove, checkTemplateSource, checkVmSource, templateAdded, vmAdded } from './template-machine.ts';
import { T } from './timings.ts';
import { scheduleTrouble } from './trouble.ts';
import { cloneVm } from './clone-machine.ts';
import { exportTemplate, exportVm, importTemplate, importVm } from './export-machine.ts';
import { cancelMigration, migrateVm, rebootVm, resetVm, shutdownVm, startVm, stopVm, suspendVm, ticketVm } from './vm-machine.ts';
import { refreshDataCenter, refreshHostSummaries } from './world.ts';

export type { ActionCtx, ActionResult, Kind, SimOptions } from './core.ts';
export type { Statistic } from './statistics.ts';
export { ActionRefused } from './refusals.ts';

export type StatisticsKind = 'vm' | 'host' | 'host_nic' | 'vm_nic' | 'disk';
export type CreateKind = Kind | 'cluster';

const COUNTERS_META = 'sim_counters';

const COLLECTIONS: Record<Kind, string> = {
  vm: 'vms',
  host: 'hosts',
  storage_domain: 'storage_domains',
  attached_storage_domain: 'attached_storage_domains',
  data_center: 'data_centers',
  template: 'templates',
  disk: 'disks',
  snapshot: 'snapshots',
  vm_pool: 'vm_pools',
  storage_domain_vm: 'storage_domain_vms',
  storage_domain_template: 'storage_domain_templates',
};

/** Kinds whose documents live under a parent (given as ctx.parentId). */
const OWNED: Partial<Record<Kind, true>> = { attached_storage_domain: true, snapshot: true, storage_domain_vm: true, storage_domain_template: true };

type VmHandler = (core: SimCore, vm: Doc, params: Record<string, unknown>, ctx: ActionCtx) => ActionResult;

const VM_ACTIONS: Record<string, VmHandler> = {
  start: startVm,
  stop: stopVm,
  shutdown: shutdownVm,
  reboot: rebootVm,
  reset: resetVm,
  suspend: suspendVm,
  migrate: migrateVm,
  cancelmigration: cancelMigration,
  ticket: ticketVm,
  previewsnapshot: previewSnapshot,
  commitsnapshot: commitSnapshot,
  undosnapshot: undoSnapshot,
  clone: cloneVm,
  export: exportVm,
};

/** VM actions that only need the right status and change nothing in this simulation. */
const VM_CHECK_ONLY = new Set(['logon', 'freezefilesystems', 'thawfilesystems']);

export class Simulator {
  readonly core: SimCore;
  private readonly stats: StatisticsModel;
  private timer?: ReturnType<typeof setInterval>;
  private readonly faults: boolean;
  private readonly faultGapMs: number;
  private troubleScheduled = false;

  constructor(readonly store: Store, opts: SimOptions) {
    this.core = new SimCore(store, opts);
    this.stats = new StatisticsModel(this.core);
    this.faults = opts.faults ?? true;
    this.faultGapMs = opts.faultIntervalMs ?? 10 * 60_000;
  }

  /** Resumes interrupted transitions and counters, arms trouble and starts the (unref'd) timer loop. */
  start(intervalMs = 250): void {
    if (this.timer) return;
    this.loadState();
    this.recover();
    this.armTrouble();
    let lastSave = Date.now();
    this.timer = setInterval(() => {
      try {
        this.tick();
        if (Date.now() - lastSave > 60_000) {
          lastSave = Date.now();
          this.saveState();
        }
      } catch (err) {
        // A failing step must not kill the loop; the next tick carries on.
        console.error('simulator step failed:', err);
      }
    }, intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.saveState();
  }

  /** Keeps what must survive a restart (statistics counters) in the store. */
  saveState(): void {
    this.store.setMeta(COUNTERS_META, this.stats.saveCounters());
  }

  loadState(): void {
    this.stats.loadCounters(this.store.getMeta(COUNTERS_META));
  }

  /** Applies every transition due by now (per the injected clock); returns how many ran. */
  tick(): number {
    return this.core.runDue();
  }

  /** Schedules the seeded random faults (start() does this when `faults` is on). */
  armTrouble(): void {
    if (!this.faults || this.troubleScheduled) return;
    this.troubleScheduled = true;
    scheduleTrouble(this.core, this.faultGapMs);
  }

  /** Number of pending transitions (all, or for a key such as `vm:<id>`). */
  pending(key?: string): number {
    return this.core.pending(key);
  }

  private load(kind: Kind, id: string, ctx: ActionCtx): Doc {
    const collection = COLLECTIONS[kind];
    if (!collection) throw HttpFault.notFound();
    const doc = OWNED[kind] ? (ctx.parentId ? this.store.get(collection, id, ctx.parentId) : this.store.get(collection, id)) : this.store.get(collection, id, '');
    if (!doc) throw HttpFault.notFound();
    return doc;
  }

  /**
   * Validates and applies an action. Throws ActionRefused (an HttpFault, 409 "Operation
   * Failed" with the engine's bracketed detail) leaving the store untouched, or a 404 HttpFault
   * for an unknown object. Actions it does not model answer `complete` without changes.
   */
  act(kind: Kind, id: string, action: string, params: Record<string, unknown> = {}, ctx: ActionCtx): ActionResult {
    const mark = this.core.mark();
    try {
      return this.store.transaction(() => {
        const doc = this.load(kind, id, ctx);
        const a = action.toLowerCase();
        switch (kind) {
          case 'vm': {
            const handler = VM_ACTIONS[a];
            if (handler) return handler(this.core, doc, params ?? {}, ctx);
            if (a === 'detach') {
              if (!refId(doc.vm_pool)) throw ActionRefused.cannot(VM_VERBS.detach, 'VM is not attached to a VM-Pool.');
              checkVm('detach', String(doc.status));
              const poolName = this.core.nameOf('vm_pools', refId(doc.vm_pool)) ?? '';
              this.core.setVm(doc.id, { vm_pool: null });
              this.core.emit(308, { VmName: String(doc.name), VmPoolName: poolName }, { vm: doc.id, cluster: refId(doc.cluster) }, ctx);
              return { status: 'complete' };
            }
            if (VM_CHECK_ONLY.has(a)) checkVm(a, String(doc.status));
            return { status: 'complete' };
          }
          case 'host':
            return hostAction(this.core, doc, a, params ?? {}, ctx);
          case 'attached_storage_domain':
            return attachedSdAction(this.core, doc, a, params ?? {}, { ...ctx, parentId: ctx.parentId ?? this.store.parentOf('attached_storage_domains', id) });
          case 'disk':
            return diskAction(this.core, doc, a, params ?? {}, ctx);
          case 'snapshot':
            return snapshotAction(this.core, doc, a, params ?? {}, { ...ctx, parentId: ctx.parentId ?? this.store.parentOf('snapshots', id) });
          case 'vm_pool':
            return poolAction(this.core, doc, a, params ?? {}, ctx);
          case 'template':
            if (a === 'export') return exportTemplate(this.core, doc, params ?? {}, ctx);
            return { status: 'complete' };
          case 'storage_domain_vm':
          case 'storage_domain_template': {
            if (a !== 'import') return { status: 'complete' };
            const sdId = ctx.parentId ?? this.store.parentOf(COLLECTIONS[kind], id) ?? '';
            return kind === 'storage_domain_vm' ? importVm(this.core, doc, sdId, params ?? {}, ctx) : importTemplate(this.core, doc, sdId, params ?? {}, ctx);
          }
          case 'storage_domain':
            if (a === 'isattached') {
              const attached = Array.isArray(doc.data_centers) && doc.data_centers.length > 0;
              return { status: 'complete', extra: { is_attached: attached } };
            }
            return { status: 'complete' };
          case 'data_center':
            if (a === 'setmaster') return setMaster(this.core, doc, params ?? {}, ctx);
            return { status: 'complete' };
          default:
            return { status: 'complete' };
        }
      });
    } catch (err) {
      // The store rolled back; forget any step scheduled before the refusal.
      this.core.dropSince(mark);
      throw err;
    }
  }

  /** Refuses a creation the current state does not allow (before anything is stored). */
  checkCreate(kind: CreateKind, doc: Record<string, unknown>, ctx: ActionCtx): void {
    if (kind === 'template') checkTemplateSource(this.core, doc);
    else if (kind === 'vm') checkVmSource(this.core, doc);
    else if (kind === 'snapshot') checkSnapshotCreate(this.core, ctx.parentId ?? refId(doc.vm));
  }

  /**
   * Starts the life of a stored new object: a host installs, a disk or a VM made from a
   * template stays locked for a while, an attached storage domain activates, a pool gets its
   * VMs; and logs the engine's event. `ctx.parentId`: the data center of an attachment, the
   * VM of a snapshot or of a disk added through its disk attachments.
   */
  onCreate(kind: CreateKind, doc: Doc, ctx: ActionCtx): void {
    this.store.transaction(() => {
      switch (kind) {
        case 'vm':
          return vmAdded(this.core, doc, ctx);
        case 'host':
          return hostAdded(this.core, doc, ctx);
        case 'disk':
          return diskAdded(this.core, doc, ctx, ctx.parentId);
        case 'template':
          if (refId(doc.vm)) return templateAdded(this.core, doc, ctx);
          return;
        case 'snapshot':
          return snapshotAdded(this.core, doc, ctx);
        case 'vm_pool':
          return poolAdded(this.core, doc, ctx);
        case 'attached_storage_domain':
          return sdAttached(this.core, doc, ctx);
        case 'storage_domain':
          // A new domain is locked while its metadata is written, then waits unattached.
          if ((!doc.status || doc.status === 'unattached') && !(Array.isArray(doc.data_centers) && doc.data_centers.length)) {
            this.store.update('storage_domains', doc.id, { status: 'locked' }, '');
            this.core.after(T.sdCreate, `sdnew:${doc.id}`, () => {
              if (this.store.get('storage_domains', doc.id, '')?.status === 'locked') this.store.update('storage_domains', doc.id, { status: 'unattached' }, '');
            });
          }
          this.core.emit(956, { StorageDomainName: String(doc.name) }, { storage_domain: doc.id }, ctx);
          return;
        case 'data_center':
          this.core.emit(950, { StoragePoolName: String(doc.name), CompatibilityVersion: versionText(doc.version), QuotaEnforcementType: String(doc.quota_mode ?? 'disabled').toUpperCase() }, { data_center: doc.id }, ctx);
          return;
        case 'cluster':
          this.core.emit(809, { ClusterName: String(doc.name) }, { cluster: doc.id, data_center: refId(doc.data_center) }, ctx);
          return;
      }
    });
  }

  /** Refuses a DELETE the current state does not allow. */
  checkRemove(kind: Kind, doc: Doc, ctx: ActionCtx): void {
    switch (kind) {
      case 'vm':
        checkVm('remove', String(doc.status));
        if (doc.delete_protected === true) throw ActionRefused.cannot(VM_VERBS.remove, 'Delete protection is enabled. In order to delete, disable Delete protection first.');
        return;
      case 'host':
        return checkHost('remove', String(doc.status));
      case 'attached_storage_domain':
        return checkDetach(this.core, ctx.parentId ?? this.store.parentOf('attached_storage_domains', doc.id) ?? '', doc.id);
      case 'storage_domain': {
        const attached = Array.isArray(doc.data_centers) && doc.data_centers.length > 0;
        if (attached) throw ActionRefused.cannot('remove Storage', 'Storage Domain is attached to a Data Center. Detach it first.');
        return;
      }
      case 'template':
        return checkTemplateRemove(this.core, doc);
      case 'disk':
        return checkDiskOk('remove', doc.status);
      case 'snapshot':
        return checkSnapshotRemove(this.core, doc, ctx.parentId ?? this.store.parentOf('snapshots', doc.id) ?? '');
      default:
        return;
    }
  }

  /** After a DELETE: events and the state that follows (a detached domain is unattached again…). */
  onRemove(kind: Kind, doc: Doc, ctx: ActionCtx): void {
    this.store.transaction(() => {
      switch (kind) {
        case 'vm':
          this.core.cancel(`vm:${doc.id}`);
          this.core.emit(113, { VmName: String(doc.name) }, { vm: doc.id, cluster: refId(doc.cluster) }, ctx);
          refreshHostSummaries(this.core, refId(doc.host));
          return;
        case 'host':
          this.core.cancel(`host:${doc.id}`);
          this.core.emit(44, { VdsName: String(doc.name) }, { cluster: refId(doc.cluster) }, ctx);
          refreshDataCenter(this.core, this.core.dcOfCluster(refId(doc.cluster)), ctx);
          return;
        case 'attached_storage_domain': {
          const dcId = ctx.parentId;
          if (dcId) sdDetached(this.core, dcId, doc.id, ctx);
          return;
        }
        case 'storage_domain':
          this.core.emit(960, { StorageDomainName: String(doc.name) }, { storage_domain: doc.id }, ctx);
          return;
        case 'template':
          this.core.emit(251, { VmTemplateName: String(doc.name) }, { template: doc.id }, ctx);
          return;
        case 'disk':
          this.core.cancel(`disk:${doc.id}`);
          this.core.emit(2014, { DiskAlias: String(doc.alias ?? doc.name ?? doc.id), StorageDomainName: this.core.nameOf('storage_domains', Array.isArray(doc.storage_domains) ? refId(doc.storage_domains[0]) : undefined) ?? '' }, {}, ctx);
          return;
        case 'snapshot':
          snapshotRemoved(this.core, doc, ctx.parentId ?? refId(doc.vm) ?? '', ctx);
          return;
        case 'vm_pool':
          this.core.emit(304, { VmPoolName: String(doc.name) }, { cluster: refId(doc.cluster) }, ctx);
          return;
        case 'data_center':
          this.core.emit(954, { StoragePoolName: String(doc.name) }, {}, ctx);
          return;
      }
    });
  }

  /** §9 statistics of an object, computed for the current instant. */
  statistics(kind: StatisticsKind, doc: Doc): Statistic[] {
    switch (kind) {
      case 'vm':
        return this.stats.vm(doc);
      case 'host':
        return this.stats.host(doc);
      case 'vm_nic':
        return this.stats.vmNic(doc);
      case 'host_nic':
        return this.stats.hostNic(doc);
      case 'disk':
        return this.stats.disk(doc);
      default:
        return [];
    }
  }

  /**
   * Objects left half-way by a previous run (the queue of steps lives in memory) finish their
   * transition: a VM powering up comes up, a locked disk unlocks, a host installing comes up.
   */
  recover(): void {
    const c = this.core;
    const ctx: ActionCtx = { correlationId: 'recovery' };
    this.store.transaction(() => {
      const vmFinal: Record<string, string> = {
        wait_for_launch: 'up', powering_up: 'up', restoring_state: 'up', reboot_in_progress: 'up', migrating: 'up',
        powering_down: 'down', saving_state: 'suspended', image_locked: 'down',
      };
      for (const vm of this.store.list('vms', '')) {
        const final = vmFinal[String(vm.status)];
        if (!final || c.pending(`vm:${vm.id}`)) continue;
        c.after(T.powerUp, `vm:${vm.id}`, () => {
          const now = c.vm(vm.id);
          if (!now || now.status !== vm.status) return;
          const hostId = refId(now.host);
          if (final === 'up' && !hostId) return void c.setVm(vm.id, { status: 'down' });
          c.setVm(vm.id, final === 'up' ? { status: 'up' } : { status: final, host: null, start_time: null });
          if (final === 'up') c.emit(32, { VmName: String(vm.name), VdsName: c.nameOf('hosts', hostId) ?? '' }, { vm: vm.id, host: hostId }, ctx);
          if (final === 'down') c.emit(61, { VmName: String(vm.name), ExitMessage: '' }, { vm: vm.id }, ctx);
          refreshHostSummaries(c, hostId);
        });
      }
      const hostFinal: Record<string, string> = { installing: 'up', initializing: 'up', unassigned: 'up', connecting: 'up', reboot: 'up', preparing_for_maintenance: 'maintenance' };
      for (const h of this.store.list('hosts', '')) {
        const final = hostFinal[String(h.status)];
        if (!final || c.pending(`host:${h.id}`)) continue;
        c.after(T.hostActivate, `host:${h.id}`, () => {
          if (c.host(h.id)?.status !== h.status) return;
          c.setHost(h.id, { status: final });
          c.emit(final === 'up' ? 13 : 15, { VdsName: String(h.name), HostStatus: 'Up' }, { host: h.id }, ctx);
        });
      }
      for (const dc of this.store.list('data_centers', '')) {
        for (const a of this.store.list('attached_storage_domains', dc.id)) {
          const final = a.status === 'locked' || a.status === 'activating' ? 'active' : a.status === 'preparing_for_maintenance' ? 'maintenance' : undefined;
          if (!final || c.pending(`sd:${dc.id}:${a.id}`)) continue;
          c.after(T.sdActivate, `sd:${dc.id}:${a.id}`, () => {
            if (this.store.get('attached_storage_domains', a.id, dc.id)?.status !== a.status) return;
            this.store.update('attached_storage_domains', a.id, { status: final }, dc.id);
            refreshDataCenter(c, dc.id, ctx);
          });
        }
      }
      for (const sd of this.store.list('storage_domains', '')) {
        if (sd.status === 'locked' && !c.pending(`sdnew:${sd.id}`)) c.after(T.sdCreate, `sdnew:${sd.id}`, () => void this.store.update('storage_domains', sd.id, { status: 'unattached' }, ''));
      }
      for (const d of this.store.list('disks', '')) {
        if (d.status === 'locked' && !c.pending(`disk:${d.id}`)) c.after(T.diskCreate, `disk:${d.id}`, () => void this.store.update('disks', d.id, { status: 'ok' }, ''));
      }
      for (const t of this.store.list('templates', '')) {
        if (t.status === 'locked') c.after(T.templateCreate, `template:${t.id}`, () => void this.store.update('templates', t.id, { status: 'ok' }, ''));
      }
      for (const s of this.store.list('snapshots')) {
        const vmId = this.store.parentOf('snapshots', s.id);
        if (s.snapshot_status === 'locked' && vmId) c.after(T.snapshotCreate, `snapshot:${s.id}`, () => void this.store.update('snapshots', s.id, { snapshot_status: 'ok' }, vmId));
      }
    });
  }
}

function versionText(v: unknown): string {
  const o = (v ?? {}) as { major?: number; minor?: number };
  return o.major === undefined ? '' : `${o.major}.${o.minor ?? 0}`;
}
