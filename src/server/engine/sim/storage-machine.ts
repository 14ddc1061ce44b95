/**
 * Storage domains in a data center (api-reference §8): attach (locked → active), deactivate
 * (preparing_for_maintenance → maintenance), activate (activating → active), detach
 * (maintenance → unattached). The first active data domain becomes master; the data center
 * follows (uninitialized → up).
 */
import type { Doc } from '../store/store.ts';
import type { ActionCtx, ActionResult, SimCore } from './core.ts';
import { ActionRefused, checkAttachedSd } from './refusals.ts';
import { T } from './timings.ts';
import { refreshDataCenter } from './world.ts';

const key = (dcId: string, sdId: string) => `sd:${dcId}:${sdId}`;

function names(core: SimCore, dcId: string, sdId: string) {
  return { StorageDomainName: core.nameOf('storage_domains', sdId) ?? sdId, StoragePoolName: core.nameOf('data_centers', dcId) ?? dcId };
}

function setAttached(core: SimCore, dcId: string, sdId: string, patch: Record<string, unknown>): void {
  core.store.update('attached_storage_domains', sdId, patch, dcId);
  if (patch.master !== undefined) core.store.update('storage_domains', sdId, { master: patch.master }, '');
}

/** Picks a master when the data center has none active: the first active data domain. */
function electMaster(core: SimCore, dcId: string): void {
  const attached = core.store.list('attached_storage_domains', dcId);
  if (attached.some((a) => a.master === true && a.status === 'active')) return;
  const isData = (a: Doc) => core.store.get('storage_domains', a.id, '')?.type === 'data';
  const next = attached.find((a) => a.status === 'active' && isData(a));
  if (!next) return;
  for (const a of attached) if (a.master === true && a.id !== next.id) setAttached(core, dcId, a.id, { master: false });
  setAttached(core, dcId, next.id, { master: true });
}

function becomeActive(core: SimCore, dcId: string, sdId: string, ctx: ActionCtx, from: string): void {
  const att = core.store.get('attached_storage_domains', sdId, dcId);
  if (att?.status !== from) return;
  setAttached(core, dcId, sdId, { status: 'active' });
  electMaster(core, dcId);
  core.emit(966, names(core, dcId, sdId), { storage_domain: sdId, data_center: dcId }, ctx);
  refreshDataCenter(core, dcId, ctx);
}

/** After the HTTP layer stored the attachment: locked, then active. */
export function sdAttached(core: SimCore, att: Doc, ctx: ActionCtx): void {
  const dcId = ctx.parentId;
  if (!dcId) return;
  setAttached(core, dcId, att.id, { status: 'locked', master: false });
  core.store.update('storage_domains', att.id, { status: null }, '');
  core.emit(962, names(core, dcId, att.id), { storage_domain: att.id, data_center: dcId }, ctx);
  const job = core.startJob(`Attaching Storage Domain ${names(core, dcId, att.id).StorageDomainName} to Data Center ${names(core, dcId, att.id).StoragePoolName}`, ctx);
  core.after(T.sdAttach, key(dcId, att.id), () => {
    becomeActive(core, dcId, att.id, ctx, 'locked');
    job.finish();
  });
}

export function checkDetach(core: SimCore, dcId: string, sdId: string): void {
  const att = core.store.get('attached_storage_domains', sdId, dcId);
  if (!att) return;
  checkAttachedSd('detach', String(att.status));
}

/** After the attachment is gone: the domain is unattached again. */
export function sdDetached(core: SimCore, dcId: string, sdId: string, ctx: ActionCtx): void {
  core.cancel(key(dcId, sdId));
  const sd = core.store.get('storage_domains', sdId, '');
  if (sd) {
    const dcs = Array.isArray(sd.data_centers) ? sd.data_centers.filter((d) => (d as { id?: string }).id !== dcId) : [];
    core.store.update('storage_domains', sdId, { status: 'unattached', master: false, data_centers: dcs }, '');
  }
  core.emit(964, names(core, dcId, sdId), { storage_domain: sdId, data_center: dcId }, ctx);
  refreshDataCenter(core, dcId, ctx);
}

export function attachedSdAction(core: SimCore, att: Doc, action: string, params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  const dcId = ctx.parentId;
  if (!dcId) throw new ActionRefused('The data center of the storage domain is missing', 400, 'Incomplete parameters');
  const sdId = att.id;
  const status = String(att.status);
  switch (action) {
    case 'activate': {
      checkAttachedSd('activate', status);
      core.cancel(key(dcId, sdId));
      const job = core.startJob(`Activating Storage Domain ${names(core, dcId, sdId).StorageDomainName}`, ctx);
      setAttached(core, dcId, sdId, { status: 'activating' });
      core.after(T.sdActivate, key(dcId, sdId), () => {
        becomeActive(core, dcId, sdId, ctx, 'activating');
        job.finish();
      });
      return { status: 'complete', job: { id: job.id } };
    }
    case 'deactivate': {
      checkAttachedSd('deactivate', status);
      core.cancel(key(dcId, sdId));
      const job = core.startJob(`Deactivating Storage Domain ${names(core, dcId, sdId).StorageDomainName}`, ctx);
      const wasMaster = att.master === true;
      setAttached(core, dcId, sdId, { status: 'preparing_for_maintenance' });
      core.emit(968, names(core, dcId, sdId), { storage_domain: sdId, data_center: dcId }, ctx);
      core.after(T.sdDeactivate, key(dcId, sdId), () => {
        if (core.store.get('attached_storage_domains', sdId, dcId)?.status !== 'preparing_for_maintenance') return;
        setAttached(core, dcId, sdId, { status: 'maintenance', ...(wasMaster ? { master: false } : {}) });
        if (wasMaster) {
          electMaster(core, dcId);
          // With no other data domain the old master keeps the role (in maintenance).
          if (!core.store.list('attached_storage_domains', dcId).some((a) => a.master === true)) setAttached(core, dcId, sdId, { master: true });
        }
        core.emit(1029, names(core, dcId, sdId), { storage_domain: sdId, data_center: dcId }, ctx);
        refreshDataCenter(core, dcId, ctx);
        job.finish();
      });
      return { status: 'complete', job: { id: job.id } };
    }
    case 'detach': {
      checkAttachedSd('detach', status);
      core.store.remove('attached_storage_domains', sdId, dcId);
      sdDetached(core, dcId, sdId, ctx);
      return { status: 'complete' };
    }
    default:
      return { status: 'complete' };
  }
}

/** Trouble: an active data domain runs low on space (event 26). */
export function sdRunsLow(core: SimCore, sd: Doc, dcId: string): void {
  const available = Number(sd.available ?? 0);
  const used = Number(sd.used ?? 0);
  const total = available + used;
  if (total <= 0) return;
  const pct = Number(sd.warning_low_space_indicator ?? 10);
  const newAvailable = Math.floor((total * Math.max(1, pct - 2)) / 100);
  core.store.update('storage_domains', sd.id, { available: newAvailable, used: total - newAvailable }, '');
  core.emit(26, { StorageDomainName: String(sd.name), DiskSpace: Math.round(newAvailable / 1024 ** 3) }, { storage_domain: sd.id, data_center: dcId });
}

/** data center setmaster: an active data domain of the data center takes the master role. */
export function setMaster(core: SimCore, dc: Doc, params: Record<string, unknown>, _ctx: ActionCtx): ActionResult {
  const given = (params.storage_domain ?? {}) as { id?: unknown; name?: unknown };
  const attached = core.store.list('attached_storage_domains', dc.id);
  const target = attached.find((a) => a.id === given.id || (typeof given.name === 'string' && core.nameOf('storage_domains', a.id) === given.name));
  if (!target) throw new ActionRefused('Storage Domain [id|name] required for setMaster', 400, 'Incomplete parameters');
  const sd = core.store.get('storage_domains', target.id, '');
  if (target.status !== 'active' || sd?.type !== 'data') {
    throw ActionRefused.cannot('set master Storage Domain', `The Storage Domain must be an active data domain. Its status is ${String(target.status)}.`);
  }
  for (const a of attached) if (a.master === true && a.id !== target.id) setAttached(core, dc.id, a.id, { master: false });
  setAttached(core, dc.id, target.id, { master: true });
  return { status: 'complete' };
}
