/** Clusters, data centers, storage domains, networks, disks (engine *ConditionFieldAutoCompleter); sizes in GB. */
import { listOf, num, path, refId, str, toGiB, versionText, type Doc, type Lookups } from '../context.ts';
import type { ObjectDef } from '../types.ts';
import { ARCHITECTURES, EXTERNAL_STATUS, IMAGE_STATUS, biggerSmaller, bool, enumOf, id, number, own, refName, snakeEnum, text } from './kinds.ts';
import {
  clustersOfDc, dcOfCluster, dcsOfStorage, hostsOfCluster, networksOfCluster, networksOfDc, storageOfDc, storageOfDisk, unique,
} from './relations.ts';

export const DC_STATUS: Array<[string, string[]]> = [
  ['Uninitialized', ['uninitialized']],
  ['Up', ['up']],
  ['Maintenance', ['maintenance']],
  ['NotOperational', ['not_operational']],
  ['NonResponsive', ['problematic']],
  ['Contend', ['contend']],
];

export const STORAGE_STATUS: Array<[string, string[]]> = [
  ['Unknown', ['unknown']],
  ['Uninitialized', []],
  ['Unattached', ['unattached']],
  ['Active', ['active']],
  ['Inactive', ['inactive']],
  ['Locked', ['locked']],
  ['Maintenance', ['maintenance']],
  ['PreparingForMaintenance', ['preparing_for_maintenance']],
  ['Detaching', ['detaching']],
  ['Activating', ['activating']],
];

export const STORAGE_TYPES = snakeEnum(['UNKNOWN', 'NFS', 'FCP', 'ISCSI', 'LOCALFS', 'POSIXFS', 'GLUSTERFS', 'GLANCE', 'CINDER', 'MANAGED_BLOCK_STORAGE'])
  .map(([n, v]): [string, string[]] => [n, v.map((x) => x.toLowerCase())]);

/** A storage domain's status: its own, else the one it has in the data center it is attached to. */
function storageStatus(sd: Doc, L: Lookups): string | undefined {
  const own = str(sd.status);
  if (own) return own;
  const attached = L.cached('attachedStatus', () => {
    const m = new Map<string, string>();
    for (const { doc } of L.ctx.listWithParent('attached_storage_domains')) {
      const s = str(doc.status);
      if (s && !m.has(doc.id)) m.set(doc.id, s);
    }
    return m;
  });
  return attached.get(sd.id) ?? (dcsOfStorage(sd, L).length ? undefined : 'unattached');
}

function sharedStatus(sd: Doc, L: Lookups): string {
  const s = storageStatus(sd, L);
  return s === 'active' ? 'active' : s === 'unattached' ? 'unattached' : s === 'locked' ? 'locked' : 'inactive';
}

export const clustersObject: ObjectDef = {
  display: 'Clusters',
  collection: 'clusters',
  fields: {
    name: text(own('name')),
    description: text(own('description')),
    comment: text(own('comment')),
    architecture: enumOf(ARCHITECTURES, (d) => str(path(d, 'cpu', 'architecture'))),
    compatibility_level: text((d) => versionText(d.version)),
    cpu_type: text((d) => str(path(d, 'cpu', 'type'))),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    datacenter: { object: 'datacenter', related: dcOfCluster },
    storage: { object: 'storage', related: (c, L) => dcOfCluster(c, L).flatMap((dc) => storageOfDc(dc, L)) },
    cluster_network: { object: 'network', related: networksOfCluster },
  },
};

export const datacenterObject: ObjectDef = {
  display: 'Datacenter',
  collection: 'data_centers',
  fields: {
    name: text(own('name')),
    description: text(own('description')),
    comment: text(own('comment')),
    local: bool((d) => d.local === true),
    status: enumOf(DC_STATUS, (d) => str(d.status)),
    compatibility_version: text((d) => versionText(d.version)),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    cluster: { object: 'clusters', related: clustersOfDc },
    storage: { object: 'storage', related: storageOfDc },
    network: { object: 'network', related: networksOfDc },
  },
};

export const storageObject: ObjectDef = {
  display: 'Storage',
  collection: 'storage_domains',
  fields: {
    name: text(own('name')),
    status: enumOf(STORAGE_STATUS, storageStatus),
    shared_status: enumOf(snakeEnum(['Unattached', 'Active', 'Inactive', 'Mixed', 'Locked']), sharedStatus),
    external_status: enumOf(EXTERNAL_STATUS, (d) => str(d.external_status)),
    datacenter: text((d, L) => dcsOfStorage(d, L).map((dc) => str(dc.name) ?? '')),
    type: enumOf(STORAGE_TYPES, (d) => str(path(d, 'storage', 'type'))),
    free_size: number((d) => toGiB(d.available)),
    used_size: number((d) => toGiB(d.used)),
    total_size: number((d) => {
      const a = num(d.available);
      const u = num(d.used);
      return a === undefined || u === undefined ? undefined : toGiB(a + u);
    }),
    committed: number((d) => toGiB(d.committed)),
    comment: text(own('comment')),
    description: text(own('description')),
    wipe_after_delete: bool((d) => d.wipe_after_delete === true),
    discard_after_delete: bool((d) => d.discard_after_delete === true),
    backup: bool((d) => d.backup === true),
    warning_low_space_indicator: number((d) => num(d.warning_low_space_indicator)),
    critical_space_action_blocker: number((d) => num(d.critical_space_action_blocker)),
    id: id(),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    host: { object: 'hosts', related: (sd, L) => unique(dcsOfStorage(sd, L).flatMap((dc) => clustersOfDc(dc, L)).flatMap((c) => hostsOfCluster(c, L))) },
    cluster: { object: 'clusters', related: (sd, L) => dcsOfStorage(sd, L).flatMap((dc) => clustersOfDc(dc, L)) },
  },
};

const vmsOfDisk = (disk: Doc, L: Lookups): Doc[] => {
  const m = L.cached('diskToVms', () => {
    const out = new Map<string, Doc[]>();
    for (const { parent, doc } of L.ctx.listWithParent('vm_disk_attachments')) {
      const diskId = refId(doc.disk) ?? doc.id;
      const vm = L.get('vms', parent || doc.vm);
      if (vm) out.set(diskId, [...(out.get(diskId) ?? []), vm]);
    }
    return out;
  });
  return m.get(disk.id) ?? [];
};

function diskQuota(d: Doc, L: Lookups): string | undefined {
  const byId = L.cached('quotas', () => new Map(L.ctx.listWithParent('quotas').map(({ doc }) => [doc.id, doc])));
  const q = byId.get(refId(d.quota) ?? '');
  return q ? str(q.name) : undefined;
}

export const disksObject: ObjectDef = {
  display: 'Disks',
  collection: 'disks',
  fields: {
    alias: text((d) => str(d.alias) ?? str(d.name)),
    name: text((d) => str(d.alias) ?? str(d.name)),
    description: text(own('description')),
    provisioned_size: biggerSmaller('number', (d) => toGiB(d.provisioned_size)),
    size: biggerSmaller('number', (d) => toGiB(d.provisioned_size)),
    actual_size: biggerSmaller('number', (d) => toGiB(d.actual_size)),
    creation_date: biggerSmaller('date', (d) => d.creation_date ?? d.creation_time),
    shareable: bool((d) => d.shareable === true),
    status: enumOf(IMAGE_STATUS, (d) => str(d.status)),
    disk_type: enumOf(snakeEnum(['IMAGE', 'LUN', 'CINDER', 'MANAGED_BLOCK_STORAGE']).map(([n, v]): [string, string[]] => [n, v.map((x) => x.toLowerCase())]), (d) => str(d.storage_type)),
    disk_content_type: enumOf(
      snakeEnum(['DATA', 'OVF_STORE', 'MEMORY_DUMP_VOLUME', 'MEMORY_METADATA_VOLUME', 'ISO', 'HOSTED_ENGINE', 'HOSTED_ENGINE_SANLOCK', 'HOSTED_ENGINE_METADATA', 'HOSTED_ENGINE_CONFIGURATION', 'BACKUP_SCRATCH'])
        .map(([n, v]): [string, string[]] => [n, v.map((x) => x.toLowerCase())]),
      (d) => str(d.content_type),
    ),
    allocation_policy: enumOf([['Unassigned', []], ['Preallocated', ['preallocated']], ['Sparse', ['sparse']]], (d) =>
      d.sparse === true ? 'sparse' : d.sparse === false ? 'preallocated' : undefined),
    number_of_vms: number((d, L) => vmsOfDisk(d, L).length),
    vm_names: text((d, L) => vmsOfDisk(d, L).map((v) => str(v.name) ?? '')),
    quota: text(diskQuota),
    id: id(),
    wipe_after_delete: bool((d) => d.wipe_after_delete === true),
  },
  defaultSort: { field: 'alias', desc: false },
  crossRefs: {
    storage: { object: 'storage', related: storageOfDisk },
    datacenter: { object: 'datacenter', related: (d, L) => unique(storageOfDisk(d, L).flatMap((sd) => dcsOfStorage(sd, L))) },
  },
};

const hostNicsOnNetwork = (n: Doc, L: Lookups): Doc[] => {
  const m = L.cached('networkToHostNics', () => {
    const out = new Map<string, Doc[]>();
    for (const { doc } of L.ctx.listWithParent('host_nics')) {
      const net = refId(doc.network);
      if (net) out.set(net, [...(out.get(net) ?? []), doc]);
    }
    return out;
  });
  return m.get(n.id) ?? [];
};

export const networksObject: ObjectDef = {
  display: 'Networks',
  collection: 'networks',
  fields: {
    name: text(own('name')),
    description: text(own('description')),
    comment: text(own('comment')),
    vlanid: number((d) => num(path(d, 'vlan', 'id'))),
    stp: bool((d) => d.stp === true),
    mtu: number((d) => num(d.mtu)),
    vmnetwork: bool((d) => listOf(d.usages).some((u) => String(u) === 'vm') || (Array.isArray(d.usages) && d.usages.includes('vm'))),
    datacenter: text(refName('data_centers', 'data_center')),
    label: text((d, L) => (L.children('network_labels').get(d.id) ?? []).map((l) => l.id)),
    provider_name: text((d) => str(path(d, 'external_provider', 'name'))),
    qos_vm_network: text((d, L) => L.name('qoss', d.qos)),
    id: id(),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    cluster_network: { object: 'clusters', related: (n, L) => L.list('clusters').filter((c) => networksOfCluster(c, L).some((x) => x.id === n.id)) },
    host_network: { object: 'host_nic', related: hostNicsOnNetwork },
    provider: { object: 'provider', related: (n) => (n.external_provider ? [n.external_provider as Doc] : []) },
  },
};

