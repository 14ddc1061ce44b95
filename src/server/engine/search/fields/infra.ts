/** Clusters, data centers, storage domains, networks, disks (engine *ConditionFieldAutoCompleter); sizes in GB. */
import { listOf, num, path, refId, str, toGiB, versionText, type Doc, type Lookups } from '../context.ts';
import type { ObjectReaders } from '../types.ts';
import { id, own, refName } from './kinds.ts';
import {
  clustersOfDc, dcOfCluster, dcsOfStorage, hostsOfCluster, networksOfCluster, networksOfDc, storageOfDc, storageOfDisk, unique,
} from './relations.ts';

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

export const clustersReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    description: own('description'),
    comment: own('comment'),
    architecture: (d) => str(path(d, 'cpu', 'architecture')),
    compatibility_level: (d) => versionText(d.version),
    cpu_type: (d) => str(path(d, 'cpu', 'type')),
  },
  related: {
    datacenter: dcOfCluster,
    storage: (c, L) => dcOfCluster(c, L).flatMap((dc) => storageOfDc(dc, L)),
    cluster_network: networksOfCluster,
  },
};

export const datacenterReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    description: own('description'),
    comment: own('comment'),
    local: (d) => d.local === true,
    status: (d) => str(d.status),
    compatibility_version: (d) => versionText(d.version),
  },
  related: {
    cluster: clustersOfDc,
    storage: storageOfDc,
    network: networksOfDc,
  },
};

export const storageReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    status: storageStatus,
    shared_status: sharedStatus,
    external_status: (d) => str(d.external_status),
    datacenter: (d, L) => dcsOfStorage(d, L).map((dc) => str(dc.name) ?? ''),
    type: (d) => str(path(d, 'storage', 'type')),
    free_size: (d) => toGiB(d.available),
    used_size: (d) => toGiB(d.used),
    total_size: (d) => {
      const a = num(d.available);
      const u = num(d.used);
      return a === undefined || u === undefined ? undefined : toGiB(a + u);
    },
    committed: (d) => toGiB(d.committed),
    comment: own('comment'),
    description: own('description'),
    wipe_after_delete: (d) => d.wipe_after_delete === true,
    discard_after_delete: (d) => d.discard_after_delete === true,
    backup: (d) => d.backup === true,
    warning_low_space_indicator: (d) => num(d.warning_low_space_indicator),
    critical_space_action_blocker: (d) => num(d.critical_space_action_blocker),
    id,
  },
  related: {
    host: (sd, L) => unique(dcsOfStorage(sd, L).flatMap((dc) => clustersOfDc(dc, L)).flatMap((c) => hostsOfCluster(c, L))),
    cluster: (sd, L) => dcsOfStorage(sd, L).flatMap((dc) => clustersOfDc(dc, L)),
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

export const disksReaders: ObjectReaders = {
  fields: {
    alias: (d) => str(d.alias) ?? str(d.name),
    name: (d) => str(d.alias) ?? str(d.name),
    description: own('description'),
    provisioned_size: (d) => toGiB(d.provisioned_size),
    size: (d) => toGiB(d.provisioned_size),
    actual_size: (d) => toGiB(d.actual_size),
    creation_date: (d) => d.creation_date ?? d.creation_time,
    shareable: (d) => d.shareable === true,
    status: (d) => str(d.status),
    disk_type: (d) => str(d.storage_type),
    disk_content_type: (d) => str(d.content_type),
    allocation_policy: (d) =>
      d.sparse === true ? 'sparse' : d.sparse === false ? 'preallocated' : undefined,
    number_of_vms: (d, L) => vmsOfDisk(d, L).length,
    vm_names: (d, L) => vmsOfDisk(d, L).map((v) => str(v.name) ?? ''),
    quota: diskQuota,
    id,
    wipe_after_delete: (d) => d.wipe_after_delete === true,
  },
  related: {
    storage: storageOfDisk,
    datacenter: (d, L) => unique(storageOfDisk(d, L).flatMap((sd) => dcsOfStorage(sd, L))),
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

export const networksReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    description: own('description'),
    comment: own('comment'),
    vlanid: (d) => num(path(d, 'vlan', 'id')),
    stp: (d) => d.stp === true,
    mtu: (d) => num(d.mtu),
    vmnetwork: (d) => listOf(d.usages).some((u) => String(u) === 'vm') || (Array.isArray(d.usages) && d.usages.includes('vm')),
    datacenter: refName('data_centers', 'data_center'),
    label: (d, L) => (L.children('network_labels').get(d.id) ?? []).map((l) => l.id),
    provider_name: (d) => str(path(d, 'external_provider', 'name')),
    qos_vm_network: (d, L) => L.name('qoss', d.qos),
    id,
  },
  related: {
    cluster_network: (n, L) => L.list('clusters').filter((c) => networksOfCluster(c, L).some((x) => x.id === n.id)),
    host_network: hostNicsOnNetwork,
    provider: (n) => (n.external_provider ? [n.external_provider as Doc] : []),
  },
};

