/** How objects reach each other for cross-object conditions (`Hosts: vms.status=up`). */
import { listOf, refId, type Doc, type Lookups } from '../context.ts';

const RUNNING = new Set(['up', 'powering_up', 'powering_down', 'paused', 'migrating', 'reboot_in_progress', 'saving_state', 'restoring_state', 'not_responding', 'wait_for_launch', 'unknown']);

export const isRunning = (vm: Doc): boolean => RUNNING.has(String(vm.status));

const one = (d: Doc | undefined): Doc[] => (d ? [d] : []);

export const vmsOnHost = (host: Doc, L: Lookups): Doc[] =>
  L.groupBy('vms', 'host', (vm) => refId(vm.host)).get(host.id) ?? [];
export const vmsOfTemplate = (t: Doc, L: Lookups): Doc[] =>
  L.groupBy('vms', 'template', (vm) => refId(vm.template)).get(t.id) ?? [];
export const vmsOfPool = (p: Doc, L: Lookups): Doc[] =>
  L.groupBy('vms', 'pool', (vm) => refId(vm.vm_pool)).get(p.id) ?? [];
export const hostOfVm = (vm: Doc, L: Lookups): Doc[] => one(L.get('hosts', vm.host));
export const templateOfVm = (vm: Doc, L: Lookups): Doc[] => one(L.get('templates', vm.template));

export function eventsAbout(key: 'vm' | 'host' | 'template' | 'user' | 'cluster' | 'data_center' | 'storage_domain') {
  return (d: Doc, L: Lookups): Doc[] => L.groupBy('events', key, (e) => refId(e[key])).get(d.id) ?? [];
}

/** Users holding a permission on the object (the engine joins users through permissions). */
export function usersOf(key: 'vm' | 'host' | 'template') {
  return (d: Doc, L: Lookups): Doc[] => {
    const perms = L.groupBy('permissions', key, (p) => refId(p[key])).get(d.id) ?? [];
    return perms.map((p) => L.get('users', p.user)).filter((u): u is Doc => !!u);
  };
}

export function objectsOfUser(key: 'vm' | 'host' | 'template', collection: string) {
  return (u: Doc, L: Lookups): Doc[] => {
    const perms = L.groupBy('permissions', 'user', (p) => refId(p.user)).get(u.id) ?? [];
    return perms.map((p) => L.get(collection, p[key])).filter((x): x is Doc => !!x);
  };
}

/** Disks attached to a VM or template (attachment documents name the disk, or reuse its id). */
export function disksOf(attachments: string) {
  return (owner: Doc, L: Lookups): Doc[] => {
    const out: Doc[] = [];
    const disks = L.byId('disks');
    for (const a of L.children(attachments).get(owner.id) ?? NONE) {
      const d = disks.get(refId(a.disk) ?? a.id);
      if (d) out.push(d);
    }
    return out;
  };
}

export const storageOfDisk = (disk: Doc, L: Lookups): Doc[] =>
  listOf(disk.storage_domains).map((r) => L.get('storage_domains', r)).filter((x): x is Doc => !!x);

/** Storage domains holding the disks of a VM or template, computed once per owner and search. */
export function storageOf(attachments: string) {
  const disks = disksOf(attachments);
  return (owner: Doc, L: Lookups): Doc[] => {
    const sds = L.byId('storage_domains');
    const out: Doc[] = [];
    for (const d of disks(owner, L)) {
      for (const r of listOf(d.storage_domains)) {
        const sd = sds.get(refId(r) ?? '');
        if (sd && !out.includes(sd)) out.push(sd);
      }
    }
    return out;
  };
}

const NONE: Doc[] = [];

/** Data centers a storage domain is attached to. */
export const dcsOfStorage = (sd: Doc, L: Lookups): Doc[] => {
  const attached = L.cached('sdToDcs', () => {
    const m = new Map<string, string[]>();
    for (const { parent, doc } of L.ctx.listWithParent('attached_storage_domains')) {
      m.set(doc.id, [...(m.get(doc.id) ?? []), parent]);
    }
    return m;
  });
  const ids = attached.get(sd.id) ?? listOf(sd.data_centers).map((r) => refId(r)).filter((x): x is string => !!x);
  return ids.map((id) => L.get('data_centers', id)).filter((x): x is Doc => !!x);
};

export const storageOfDc = (dc: Doc, L: Lookups): Doc[] => {
  const m = L.cached('dcToSds', () => {
    const out = new Map<string, Doc[]>();
    for (const sd of L.list('storage_domains')) for (const d of dcsOfStorage(sd, L)) out.set(d.id, [...(out.get(d.id) ?? []), sd]);
    return out;
  });
  return m.get(dc.id) ?? [];
};

export const clustersOfDc = (dc: Doc, L: Lookups): Doc[] =>
  L.groupBy('clusters', 'dc', (c) => refId(c.data_center)).get(dc.id) ?? [];
export const dcOfCluster = (c: Doc, L: Lookups): Doc[] => one(L.get('data_centers', c.data_center));
export const hostsOfCluster = (c: Doc, L: Lookups): Doc[] =>
  L.groupBy('hosts', 'cluster', (h) => refId(h.cluster)).get(c.id) ?? [];
export const networksOfDc = (dc: Doc, L: Lookups): Doc[] =>
  L.groupBy('networks', 'dc', (n) => refId(n.data_center)).get(dc.id) ?? [];

/** Networks of a cluster: the `cluster_networks` sub-collection, else every network of its data center. */
export const networksOfCluster = (c: Doc, L: Lookups): Doc[] => {
  const own = L.children('cluster_networks').get(c.id);
  if (own) return own.map((n) => L.get('networks', n.id) ?? n);
  const dc = L.get('data_centers', c.data_center);
  return dc ? networksOfDc(dc, L) : [];
};

export function unique(docs: Doc[]): Doc[] {
  const seen = new Set<string>();
  return docs.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
}

export { one };
