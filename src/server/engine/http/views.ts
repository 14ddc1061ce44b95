/**
 * The ONE table of sub-collections that are not simply documents owned by their parent.
 * Key: `<parent entity service>/<locator name>` (root locators: `system/<locator>`).
 * A view either renames the store key of an owned collection (`store`), or computes its items
 * from other collections (`list`, and optionally `get`/`add`/`update`/`remove`).
 * Anything not listed here is stored as documents keyed by the collection service name under
 * the parent's id (see bindings.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Doc, Store } from '../store/store.ts';
import type { Ctx } from './context.ts';
import type { RequestParams } from './request-params.ts';
import { diskStatistics, hostStatistics, nicStatistics, vmStatistics } from './statistics.ts';
import { HttpFault } from './faults.ts';
import { msg } from './messages.ts';
import { directoryBacked, userGroups } from '../authz/directory-views.ts';
import { clusterNetworks, rolePermits, roles, templates } from './relation-views.ts';

export const ZERO_ID = '00000000-0000-0000-0000-000000000000';

export interface ViewCtx {
  ctx: Ctx;
  store: Store;
  params: RequestParams;
  /** entity service of the parent (`vm`, `data_center`, `system` at the root) */
  parentService: string;
  /** the parent entity's document and id ('' at the root) */
  parent?: Doc;
  parentId: string;
}

export interface ViewDef {
  /** store key of an owned collection whose name differs from the collection service's */
  store?: string;
  list?(v: ViewCtx): Doc[];
  get?(v: ViewCtx, id: string): Doc | undefined;
  add?(v: ViewCtx, doc: Record<string, unknown>): Doc;
  update?(v: ViewCtx, id: string, patch: Record<string, unknown>): Doc | undefined;
  remove?(v: ViewCtx, id: string): boolean;
  /** do not enforce name uniqueness in this scope (attachments reuse existing names) */
  sharedNames?: boolean;
}

const refId = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

/** Items of a top-level collection that reference the parent through `member`. */
function filteredTop(collection: string, member: string): ViewDef {
  return {
    list: (v) => v.store.list(collection, '').filter((d) => refId(d[member]) === v.parentId),
    // one item by id without listing (and parsing) the whole top-level collection
    get: (v, id) => {
      const d = v.store.get(collection, id, '');
      return d && refId(d[member]) === v.parentId ? d : undefined;
    },
    add: (v, doc) => v.store.insert(collection, { ...doc, id: undefined, [member]: { id: v.parentId } }),
    update: (v, id, patch) => v.store.update(collection, id, patch, ''),
    remove: (v, id) => v.store.remove(collection, id, ''),
  };
}

/** Items owned by the parent under `key` that mirror a top-level document of the same id. */
function assigned(key: string, top: string): ViewDef {
  return {
    store: key,
    list: (v) => v.store.list(key, v.parentId).map((own) => ({ ...(v.store.get(top, own.id, '') ?? {}), ...own })),
    get: (v, id) => {
      const own = v.store.get(key, id, v.parentId);
      return own && { ...(v.store.get(top, own.id, '') ?? {}), ...own };
    },
    add: (v, doc) => {
      const target = findTop(v.store, top, doc);
      return { ...target, ...v.store.insert(key, { id: target.id }, v.parentId) };
    },
    remove: (v, id) => v.store.remove(key, id, v.parentId),
    sharedNames: true,
  };
}

function findTop(store: Store, top: string, doc: Record<string, unknown>): Doc {
  const id = typeof doc.id === 'string' ? doc.id : undefined;
  const name = typeof doc.name === 'string' ? doc.name : undefined;
  const hit = id ? store.get(top, id, '') : name ? store.list(top, '').find((d) => d.name === name) : undefined;
  if (!hit) throw HttpFault.notFound();
  return hit;
}

const diskIdsOn = (store: Store, sdId: string) =>
  new Set(store.list('disks', '').filter((d) => Array.isArray(d.storage_domains) && d.storage_domains.some((s) => refId(s) === sdId)).map((d) => d.id));

/** `/storagedomains/{sd}/disks`: the top-level disks on the domain; a disk added here is placed on it. */
function domainDisks(): ViewDef {
  const onDomain = (v: ViewCtx, id: string) => (diskIdsOn(v.store, v.parentId).has(id) ? v.store.get('disks', id, '') : undefined);
  return {
    list: (v) => v.store.list('disks', '').filter((d) => diskIdsOn(v.store, v.parentId).has(d.id)),
    get: (v, id) => onDomain(v, id),
    add: (v, doc) => v.store.insert('disks', { status: 'ok', sparse: true, actual_size: 0, ...doc, id: undefined, storage_domains: [{ id: v.parentId }] }),
    update: (v, id, patch) => (onDomain(v, id) ? v.store.update('disks', id, patch, '') : undefined),
    remove: (v, id) => !!onDomain(v, id) && v.store.remove('disks', id, ''),
    sharedNames: true,
  };
}

/** One disk of a storage domain's `disks` view, without listing them all. */
function diskOn(v: ViewCtx, id: string): Doc | undefined {
  const d = v.store.get('disks', id, '');
  return d && Array.isArray(d.storage_domains) && d.storage_domains.some((s) => refId(s) === v.parentId) ? d : undefined;
}

function ownersWithDisksOn(store: Store, sdId: string, attachments: string, owners: string): Doc[] {
  const disks = diskIdsOn(store, sdId);
  const ids = new Set(store.list(attachments).filter((a) => disks.has(refId(a.disk) ?? a.id)).map((a) => store.parentOf(attachments, a.id)));
  return store.list(owners, '').filter((d) => ids.has(d.id));
}

function diskAttachments(key: string, owner: 'vm' | 'template'): ViewDef {
  const shape = (v: ViewCtx, a: Doc): Doc => ({ ...a, disk: { id: refId(a.disk) ?? a.id }, [owner]: { id: v.parentId } });
  return {
    store: key,
    list: (v) => v.store.list(key, v.parentId).map((a) => shape(v, a)),
    get: (v, id) => {
      const a = v.store.get(key, id, v.parentId);
      return a && shape(v, a);
    },
    add: (v, doc) => {
      const given = (doc.disk ?? {}) as Record<string, unknown>;
      let diskId = typeof given.id === 'string' ? given.id : undefined;
      if (diskId) {
        if (!v.store.get('disks', diskId, '')) throw HttpFault.notFound();
      } else {
        const disk = v.store.insert('disks', { status: 'ok', format: 'cow', sparse: true, actual_size: 0, ...given, id: randomUUID() });
        diskId = disk.id;
      }
      const { disk: _disk, ...rest } = doc;
      return shape(v, v.store.insert(key, { bootable: false, active: true, ...rest, id: diskId, disk: { id: diskId } }, v.parentId));
    },
    update: (v, id, patch) => {
      const { disk: _disk, [owner]: _owner, ...rest } = patch;
      const a = v.store.update(key, id, rest, v.parentId);
      return a && shape(v, a);
    },
    // v4 detaches by default; `detach_only=false` removes the disk as well.
    remove: (v, id) => {
      const a = v.store.get(key, id, v.parentId);
      if (!a) return false;
      v.store.remove(key, id, v.parentId);
      if (v.params.bool('detach_only') === false) v.store.remove('disks', refId(a.disk) ?? a.id, '');
      return true;
    },
    sharedNames: true,
  };
}

function eventsView(): ViewDef {
  return {
    list: (v) => {
      const from = v.params.get('from');
      if (from !== undefined && !/^\d+$/.test(from)) throw HttpFault.badValue('from', from);
      return v.store.listEvents({ from }) as unknown as Doc[];
    },
    get: (v, id) => (/^\d+$/.test(id) ? (v.store.getEvent(id) as unknown as Doc | undefined) : undefined),
    add: (v, doc) => {
      const severity = String(doc.severity ?? 'normal');
      if (!['normal', 'warning', 'error', 'alert'].includes(severity)) throw HttpFault.badValue('severity', severity);
      const refs: Record<string, string> = {};
      for (const k of ['vm', 'host', 'cluster', 'data_center', 'storage_domain', 'template', 'user']) {
        const id = refId(doc[k]);
        if (id) refs[k] = id;
      }
      return v.store.addEvent({
        code: Number(doc.code ?? 0) || 0,
        severity: severity as 'normal',
        description: String(doc.description ?? ''),
        origin: String(doc.origin ?? 'oVirt'),
        custom_id: Number(doc.custom_id ?? -1),
        flood_rate: doc.flood_rate === undefined ? 30 : Number(doc.flood_rate),
        correlation_id: v.params.correlationId,
        refs,
      }) as unknown as Doc;
    },
    remove: (v, id) => /^\d+$/.test(id) && v.store.deleteEvent(id),
    sharedNames: true,
  };
}

function attachedStorageDomains(): ViewDef {
  const merge = (v: ViewCtx, att: Doc): Doc => ({ ...(v.store.get('storage_domains', att.id, '') ?? {}), ...att, data_center: undefined } as Doc);
  return {
    list: (v) => v.store.list('attached_storage_domains', v.parentId).map((a) => merge(v, a)),
    get: (v, id) => {
      const a = v.store.get('attached_storage_domains', id, v.parentId);
      return a && merge(v, a);
    },
    add: (v, doc) => {
      const sd = findTop(v.store, 'storage_domains', doc);
      if (v.store.get('attached_storage_domains', sd.id, v.parentId)) {
        throw HttpFault.conflict(msg('detail.status_refused', { verb: 'attach', entity: 'Storage', status: 'active' }));
      }
      const master = !v.store.list('attached_storage_domains', v.parentId).some((a) => a.master === true);
      const att = v.store.insert('attached_storage_domains', { id: sd.id, status: 'active', master: master && sd.type === 'data' }, v.parentId);
      const dcs = Array.isArray(sd.data_centers) ? sd.data_centers : [];
      // Attached, the domain's status is per data center (this view); the top-level one goes.
      v.store.update('storage_domains', sd.id, { data_centers: [...dcs.filter((d) => refId(d) !== v.parentId), { id: v.parentId }], status: null }, '');
      return merge(v, att);
    },
    update: (v, id, patch) => {
      const att = v.store.update('attached_storage_domains', id, patch, v.parentId);
      return att && merge(v, att);
    },
    remove: (v, id) => {
      // detach only from maintenance (§8); an attachment without a status predates that rule
      const status = v.store.get('attached_storage_domains', id, v.parentId)?.status;
      if (status && status !== 'maintenance') throw HttpFault.conflict(msg('detail.status_refused', { verb: 'detach', entity: 'Storage', status: String(status) }));
      const sd = v.store.get('storage_domains', id, '');
      if (sd) {
        const rest = (Array.isArray(sd.data_centers) ? sd.data_centers : []).filter((d) => refId(d) !== v.parentId);
        v.store.update('storage_domains', id, rest.length ? { data_centers: rest } : { data_centers: null, status: 'unattached' }, '');
      }
      return v.store.remove('attached_storage_domains', id, v.parentId);
    },
    sharedNames: true,
  };
}

function cdroms(key: string, owner: 'vm' | 'template'): ViewDef {
  return {
    store: key,
    list: (v) => {
      const stored = v.store.list(key, v.parentId);
      const items = stored.length ? stored : [{ id: ZERO_ID }];
      return items.map((c) => ({ ...c, [owner]: { id: v.parentId } }) as Doc);
    },
    update: (v, id, patch) => {
      if (id !== ZERO_ID && !v.store.get(key, id, v.parentId)) return undefined;
      const existing = v.store.get(key, id, v.parentId);
      const doc = existing ? v.store.replace(key, id, { ...existing, ...patch, id }, v.parentId) : v.store.insert(key, { ...patch, id }, v.parentId);
      return doc && ({ ...doc, [owner]: { id: v.parentId } } as Doc);
    },
    sharedNames: true,
  };
}

/**
 * `/vms/{id}/graphicsconsoles`: one console per display protocol of the VM, id = the protocol
 * name in hex as the engine makes it; address and ports only while the VM has a display.
 */
function graphicsConsoles(): ViewDef {
  const consoles = (v: ViewCtx): Doc[] => {
    const display = (v.parent?.display ?? {}) as Record<string, unknown>;
    const type = typeof display.type === 'string' ? display.type : '';
    if (!type || v.parent?.type === 'headless' || display.headless === true) return [];
    const live = (x: unknown) => (x === null || x === undefined || x === '' ? undefined : x);
    return type.split(/[+,]/).map((protocol) => ({
      id: Buffer.from(protocol).toString('hex'),
      protocol,
      address: live(display.address),
      port: live(display.port),
      tls_port: live(display.secure_port),
      vm: { id: v.parentId },
    })).map((c) => Object.fromEntries(Object.entries(c).filter(([, x]) => x !== undefined)) as Doc);
  };
  return { list: consoles, get: (v, id) => consoles(v).find((c) => c.id === id) };
}

/** The simulator's statistics of the parent, when it provides them. */
function hookedStatistics(v: ViewCtx, type: string): Doc[] | undefined {
  const hook = v.ctx.hooks.statistics;
  if (!hook || !v.parent) return undefined;
  return hook(type, v.parent, { correlationId: v.params.correlationId, user: { id: v.ctx.user.id, name: v.ctx.user.principal }, service: v.parentService });
}

const RUNNING = new Set(['up', 'powering_up', 'powering_down', 'migrating', 'reboot_in_progress']);

/** Is the VM or host owning this sub-collection document running? */
function ownerRunning(v: ViewCtx, key: string, owners: string): boolean {
  const ownerId = v.store.parentOf(key, v.parentId);
  const owner = ownerId ? v.store.get(owners, ownerId, '') : undefined;
  return RUNNING.has(String(owner?.status));
}

function diskInUse(store: Store, diskId: string): boolean {
  return store.list('vm_disk_attachments').some((a) => (refId(a.disk) ?? a.id) === diskId && RUNNING.has(String(store.get('vms', store.parentOf('vm_disk_attachments', a.id) ?? '', '')?.status)));
}

const PERMISSION_TARGETS = new Set(['cluster', 'data_center', 'disk', 'group', 'host', 'storage_domain', 'template', 'user', 'vm', 'vm_pool']);

/**
 * Views chosen by the collection service whatever the parent: `<x>/permissions` lists the
 * top-level permissions whose target (or user/group) is the parent. Keyed by collection
 * service name; gets the parent entity's type.
 */
export const GENERIC_VIEWS: Record<string, (parentType: string | undefined) => ViewDef | undefined> = {
  assigned_permissions: (parentType) => (parentType && PERMISSION_TARGETS.has(parentType) ? { ...filteredTop('permissions', parentType), sharedNames: true } : undefined),
};

export const VIEWS: Record<string, ViewDef> = {
  'system/events': eventsView(),
  'system/permissions': { store: 'permissions', sharedNames: true },
  'system/users': directoryBacked('user'),
  'system/groups': directoryBacked('group'),
  'user/groups': userGroups(),
  'data_center/clusters': filteredTop('clusters', 'data_center'),
  'data_center/networks': filteredTop('networks', 'data_center'),
  'data_center/storage_domains': attachedStorageDomains(),
  'cluster/networks': clusterNetworks(),
  'system/roles': roles(),
  'system/templates': templates(),
  'cluster/network_filters': { list: (v) => v.store.list('network_filters', '') },
  'network/vnic_profiles': filteredTop('vnic_profiles', 'network'),
  'storage_domain/disks': domainDisks(),
  'attached_storage_domain/disks': { list: (v) => v.store.list('disks', '').filter((d) => diskIdsOn(v.store, v.parentId).has(d.id)), get: diskOn, sharedNames: true },
  // An export domain holds its own copies (written by export); a data domain shows what has disks on it.
  'storage_domain/vms': { list: (v) => (v.parent?.type === 'export' ? v.store.list('storage_domain_vms', v.parentId) : ownersWithDisksOn(v.store, v.parentId, 'vm_disk_attachments', 'vms')) },
  'storage_domain/templates': { list: (v) => (v.parent?.type === 'export' ? v.store.list('storage_domain_templates', v.parentId) : ownersWithDisksOn(v.store, v.parentId, 'template_disk_attachments', 'templates')) },
  'storage_domain/files': { store: 'storage_domain_files' },
  'vm/disk_attachments': diskAttachments('vm_disk_attachments', 'vm'),
  'template/disk_attachments': diskAttachments('template_disk_attachments', 'template'),
  'vm/statistics': { list: (v) => hookedStatistics(v, 'vm') ?? vmStatistics(v.parent!) },
  'host/statistics': { list: (v) => hookedStatistics(v, 'host') ?? hostStatistics(v.parent!) },
  'vm_nic/statistics': { list: (v) => hookedStatistics(v, 'nic') ?? nicStatistics(v.parent!, 'nic', ownerRunning(v, 'vm_nics', 'vms')) },
  'host_nic/statistics': { list: (v) => hookedStatistics(v, 'host_nic') ?? nicStatistics(v.parent!, 'host_nic', ownerRunning(v, 'host_nics', 'hosts')) },
  'disk/statistics': { list: (v) => hookedStatistics(v, 'disk') ?? diskStatistics(v.parent!, diskInUse(v.store, v.parentId)) },
  'vm/cdroms': cdroms('vm_cdroms', 'vm'),
  'vm/graphics_consoles': graphicsConsoles(),
  'template/cdroms': cdroms('template_cdroms', 'template'),
  'vm/tags': assigned('vm_tags', 'tags'),
  'host/tags': assigned('host_tags', 'tags'),
  'template/tags': assigned('template_tags', 'tags'),
  'user/tags': assigned('user_tags', 'tags'),
  'group/tags': assigned('group_tags', 'tags'),
  'role/permits': rolePermits(),
  'job/steps': { store: 'job_steps' },
};
