/** VMs (engine VmConditionFieldAutoCompleter): memory in MB, usage in percent, uptime in seconds. */
import { listOf, num, path, str, toMiB, versionText, type Doc, type Lookups } from '../context.ts';
import type { ObjectReaders } from '../types.ts';
import { dcOfCluster, id, own, refName, tag } from './kinds.ts';
import { eventsAbout, hostOfVm, isRunning, storageOf, templateOfVm, usersOf } from './relations.ts';

const nics = (vm: Doc, L: Lookups) => L.children('vm_nics').get(vm.id) ?? [];

/** Addresses the guest agent reports: on the VM's NICs, or in its `vm_reported_devices`. */
function ips(vm: Doc, L: Lookups): string[] {
  const out: string[] = [];
  const add = (devices: unknown) => {
    for (const dev of listOf(devices)) {
      for (const ip of listOf(dev.ips)) {
        const a = str(ip.address);
        if (a) out.push(a);
      }
    }
  };
  for (const nic of nics(vm, L)) add(nic.reported_devices);
  add(L.children('vm_reported_devices').get(vm.id));
  return out;
}

const cluster = (vm: Doc, L: Lookups) => L.get('clusters', vm.cluster);

const usage = (key: 'cpu' | 'memory' | 'network') => (vm: Doc, L: Lookups) => L.usage('vms', vm)?.[key];

function quotaName(d: Doc, L: Lookups): string | undefined {
  const byId = L.cached('quotas', () => new Map(L.ctx.listWithParent('quotas').map(({ doc }) => [doc.id, doc])));
  const q = byId.get(String(path(d, 'quota', 'id') ?? ''));
  return q ? str(q.name) : undefined;
}

export const vmReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    comment: own('comment'),
    description: own('description'),
    status: (d) => str(d.status),
    ip: ips,
    fqdn: own('fqdn'),
    on_host: refName('hosts', 'host'),
    uptime: (d, L) => {
      if (!isRunning(d)) return undefined;
      const t = Date.parse(String(d.start_time ?? ''));
      return Number.isFinite(t) ? Math.max(0, Math.floor((L.now.getTime() - t) / 1000)) : undefined;
    },
    os: (d) => str(path(d, 'os', 'type')),
    creationdate: (d) => d.creation_time,
    // vm_host: the name the guest agent reports
    address: (d) => str(path(d, 'guest_information', 'fqdn')) ?? str(d.fqdn),
    cpu_usage: usage('cpu'),
    mem_usage: usage('memory'),
    network_usage: usage('network'),
    migration_progress_percent: (d) => num(d.migration_progress_percent) ?? num(path(d, 'migration', 'progress')),
    memory: (d) => toMiB(d.memory),
    guaranteed_memory: (d) => toMiB(path(d, 'memory_policy', 'guaranteed')),
    vcpus: (d) => {
      const sockets = num(path(d, 'cpu', 'topology', 'sockets'));
      if (sockets === undefined) return undefined;
      return sockets * (num(path(d, 'cpu', 'topology', 'cores')) ?? 1) * (num(path(d, 'cpu', 'topology', 'threads')) ?? 1);
    },
    apps: (d, L) => (L.children('vm_applications').get(d.id) ?? []).map((a) => str(a.name) ?? ''),
    cluster: refName('clusters', 'cluster'),
    pool: refName('vm_pools', 'vm_pool'),
    loggedinuser: (d, L) =>
      (L.children('vm_sessions').get(d.id) ?? []).map((s) => str(path(s, 'user', 'user_name')) ?? str(path(s, 'user', 'name')) ?? str(s.console_user) ?? ''),
    tag: tag('vm_tags'),
    datacenter: dcOfCluster,
    type: (d) => str(d.type),
    quota: quotaName,
    id,
    architecture: (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(cluster(d, L), 'cpu', 'architecture')),
    custom_emulated_machine: own('custom_emulated_machine'),
    custom_cpu_type: own('custom_cpu_model'),
    compatibility_level: (d, L) => versionText(d.custom_compatibility_version) ?? versionText(cluster(d, L)?.version),
    custom_compatibility_level: (d) => versionText(d.custom_compatibility_version),
    created_by_user_id: (d) => str(d.created_by_user_id),
    next_run_config_exists: (d) => d.next_run_configuration_exists === true,
    has_illegal_images: (d) => d.has_illegal_images === true,
    bios_type: (d) => str(path(d, 'bios', 'type')),
  },
  related: {
    host: hostOfVm,
    template: templateOfVm,
    event: eventsAbout('vm'),
    user: usersOf('vm'),
    storage: storageOf('vm_disk_attachments'),
    vnic: nics,
  },
};
