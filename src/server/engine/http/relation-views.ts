/**
 * Views for relations the plain document store does not give: networks assigned to a cluster,
 * a role's permits, and a template made from a VM (which takes the VM's NICs and disks).
 * Registered in views.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import { PERMITS } from '../store/seed-catalog.ts';
import { HttpFault } from './faults.ts';
import { msg, verbArg } from './messages.ts';
import type { ViewCtx, ViewDef } from './views.ts';

type Obj = Record<string, unknown>;
const refId = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

/**
 * `/clusters/{id}/networks`: the cluster's own `cluster_networks` assignments; a cluster that
 * never had one changed sees every network of its data center (what the seed and search assume),
 * so the first change writes that implicit set down before applying itself.
 */
export function clusterNetworks(): ViewDef {
  const dcNetworks = (v: ViewCtx) => v.store.list('networks', '').filter((n) => refId(n.data_center) === refId(v.parent?.data_center));
  const own = (v: ViewCtx) => v.store.list('cluster_networks', v.parentId);
  const materialize = (v: ViewCtx) => {
    if (own(v).length === 0) for (const n of dcNetworks(v)) v.store.insert('cluster_networks', { id: n.id }, v.parentId);
  };
  const merged = (v: ViewCtx, a: Doc): Doc => ({ ...(v.store.get('networks', a.id, '') ?? {}), ...a, cluster: { id: v.parentId } });
  return {
    store: 'cluster_networks',
    list: (v) => {
      const mine = own(v);
      return mine.length ? mine.filter((a) => v.store.get('networks', a.id, '')).map((a) => merged(v, a)) : dcNetworks(v);
    },
    add: (v, doc) => {
      const id = typeof doc.id === 'string' ? doc.id : undefined;
      const net = id ? v.store.get('networks', id, '') : v.store.list('networks', '').find((n) => n.name === doc.name);
      if (!net) throw HttpFault.notFound();
      if (refId(net.data_center) !== refId(v.parent?.data_center)) {
        throw HttpFault.badRequest(msg('detail.not_found_ref', { type: 'Network', key: 'id', value: net.id }));
      }
      materialize(v);
      if (v.store.get('cluster_networks', net.id, v.parentId)) v.store.remove('cluster_networks', net.id, v.parentId);
      const { id: _id, name: _name, data_center: _dc, ...settings } = doc;
      return merged(v, v.store.insert('cluster_networks', { ...settings, id: net.id }, v.parentId));
    },
    update: (v, id, patch) => {
      materialize(v);
      const a = v.store.update('cluster_networks', id, patch, v.parentId);
      return a && merged(v, a);
    },
    remove: (v, id) => {
      materialize(v);
      return v.store.remove('cluster_networks', id, v.parentId);
    },
    sharedNames: true,
  };
}

/** A permit of the catalog by id or name, as a role's `role_permits` document. */
function permitDoc(given: Obj, roleId: string): Doc {
  const p = PERMITS.find((x) => (given.id !== undefined && String(x.id) === String(given.id)) || (given.name !== undefined && x.name === given.name));
  if (!p) throw HttpFault.badRequest(msg('detail.not_found_ref', { type: 'Permit', key: given.id !== undefined ? 'id' : 'name', value: String(given.id ?? given.name ?? '') }));
  return { id: String(p.id), name: p.name, administrative: p.administrative, role: { id: roleId } };
}

/** Built-in roles (`mutable` false) keep their permits, as on a real engine. */
function refuseReadOnlyRole(v: ViewCtx, op: 'add' | 'remove'): void {
  if (v.parent?.mutable === false) throw HttpFault.conflict(msg('detail.role_read_only', { verb: verbArg(op) }));
}

/** `/roles/{id}/permits`: permits come from the catalog, so authorization sees their names. */
export function rolePermits(): ViewDef {
  return {
    store: 'role_permits',
    list: (v) => v.store.list('role_permits', v.parentId),
    add: (v, doc) => {
      refuseReadOnlyRole(v, 'add');
      const p = permitDoc(doc, v.parentId);
      return v.store.get('role_permits', p.id, v.parentId) ?? v.store.insert('role_permits', p, v.parentId);
    },
    remove: (v, id) => {
      refuseReadOnlyRole(v, 'remove');
      return v.store.remove('role_permits', id, v.parentId);
    },
    sharedNames: true,
  };
}

/** `POST /roles`: the permits given with the role become its `role_permits`. */
export function roles(): ViewDef {
  return {
    add: (v, doc) => {
      const { permits, ...rest } = doc;
      const given = Array.isArray(permits) ? (permits as Obj[]) : [];
      // Roles made through the API are the administrator's own, so they stay editable.
      const role = v.store.insert('roles', { ...rest, mutable: true, id: undefined });
      for (const p of given) {
        const d = permitDoc(p, role.id);
        if (!v.store.get('role_permits', d.id, role.id)) v.store.insert('role_permits', d, role.id);
      }
      return role;
    },
  };
}

/** `POST /templates` from a VM: the template gets copies of the VM's NICs and disks. */
export function templates(): ViewDef {
  return {
    add: (v, doc) => {
      const tpl = v.store.insert('templates', { ...doc, id: undefined });
      const vmId = refId(doc.vm);
      if (!vmId) return tpl;
      for (const nic of v.store.list('vm_nics', vmId)) {
        const { id: _id, mac: _mac, vm: _vm, ...rest } = nic;
        v.store.insert('template_nics', { ...rest, id: undefined, template: { id: tpl.id } }, tpl.id);
      }
      for (const att of v.store.list('vm_disk_attachments', vmId)) {
        const disk = v.store.get('disks', refId(att.disk) ?? att.id, '');
        if (!disk) continue;
        const copy = v.store.insert('disks', { ...disk, id: randomUUID(), name: disk.name, status: 'ok' });
        const { id: _id, disk: _d, vm: _vm, ...rest } = att;
        v.store.insert('template_disk_attachments', { ...rest, id: copy.id, disk: { id: copy.id } }, tpl.id);
      }
      return tpl;
    },
  };
}
