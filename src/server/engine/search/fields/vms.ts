/** VMs (engine VmConditionFieldAutoCompleter): memory in MB, usage in percent, uptime in seconds. */
import { listOf, num, path, str, toMiB, versionText, type Doc, type Lookups } from '../context.ts';
import type { FieldDef, ObjectDef } from '../types.ts';
import { ARCHITECTURES, BIOS_TYPES, biggerSmaller, bool, dcOfCluster, enumOf, id, number, own, refName, snakeEnum, tag, text } from './kinds.ts';
import { eventsAbout, hostOfVm, isRunning, storageOf, templateOfVm, usersOf } from './relations.ts';

export const VM_STATUS: Array<[string, string[]]> = [
  ['Unassigned', ['unassigned']],
  ['Down', ['down']],
  ['Up', ['up']],
  ['PoweringUp', ['powering_up']],
  ['Paused', ['paused']],
  // v4 folds both migration states into `migrating`
  ['MigratingFrom', ['migrating']],
  ['MigratingTo', ['migrating']],
  ['Unknown', ['unknown']],
  ['NotResponding', ['not_responding']],
  ['WaitForLaunch', ['wait_for_launch']],
  ['RebootInProgress', ['reboot_in_progress']],
  ['SavingState', ['saving_state']],
  ['RestoringState', ['restoring_state']],
  ['Suspended', ['suspended']],
  ['ImageIllegal', []],
  ['ImageLocked', ['image_locked']],
  ['PoweringDown', ['powering_down']],
];

export const VM_TYPES = snakeEnum(['Desktop', 'Server', 'HighPerformance']);

/** `90`, `1:30:00` or `2.01:30:00` (days.hours:minutes:seconds) → seconds. */
export function parseTimeSpan(v: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const m = /^(?:(\d+)\.)?(\d+):(\d+)(?::(\d+))?$/.exec(v);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
}

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

export const vmFields: Record<string, FieldDef> = {
  name: text(own('name')),
  comment: text(own('comment')),
  description: text(own('description')),
  status: enumOf(VM_STATUS, (d) => str(d.status)),
  ip: text(ips),
  fqdn: text(own('fqdn')),
  on_host: text(refName('hosts', 'host')),
  uptime: {
    kind: 'number',
    ops: ['<', '>'],
    parseValue: parseTimeSpan,
    get: (d, L) => {
      if (!isRunning(d)) return undefined;
      const t = Date.parse(String(d.start_time ?? ''));
      return Number.isFinite(t) ? Math.max(0, Math.floor((L.now.getTime() - t) / 1000)) : undefined;
    },
  },
  os: text((d) => str(path(d, 'os', 'type')), { freeText: false }),
  creationdate: biggerSmaller('date', (d) => d.creation_time),
  // vm_host: the name the guest agent reports
  address: text((d) => str(path(d, 'guest_information', 'fqdn')) ?? str(d.fqdn)),
  cpu_usage: number(usage('cpu')),
  mem_usage: number(usage('memory')),
  network_usage: number(usage('network')),
  migration_progress_percent: number((d) => num(d.migration_progress_percent) ?? num(path(d, 'migration', 'progress'))),
  memory: number((d) => toMiB(d.memory)),
  guaranteed_memory: number((d) => toMiB(path(d, 'memory_policy', 'guaranteed'))),
  vcpus: number((d) => {
    const sockets = num(path(d, 'cpu', 'topology', 'sockets'));
    if (sockets === undefined) return undefined;
    return sockets * (num(path(d, 'cpu', 'topology', 'cores')) ?? 1) * (num(path(d, 'cpu', 'topology', 'threads')) ?? 1);
  }),
  apps: text((d, L) => (L.children('vm_applications').get(d.id) ?? []).map((a) => str(a.name) ?? ''), { freeText: false, contains: true }),
  cluster: text(refName('clusters', 'cluster')),
  pool: text(refName('vm_pools', 'vm_pool')),
  loggedinuser: text((d, L) =>
    (L.children('vm_sessions').get(d.id) ?? []).map((s) => str(path(s, 'user', 'user_name')) ?? str(path(s, 'user', 'name')) ?? str(s.console_user) ?? ''),
  ),
  tag: tag('vm_tags'),
  datacenter: text(dcOfCluster),
  type: enumOf(VM_TYPES, (d) => str(d.type)),
  quota: text(quotaName),
  id: id(),
  architecture: enumOf(ARCHITECTURES, (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(cluster(d, L), 'cpu', 'architecture'))),
  custom_emulated_machine: text(own('custom_emulated_machine')),
  custom_cpu_type: text(own('custom_cpu_model')),
  compatibility_level: text((d, L) => versionText(d.custom_compatibility_version) ?? versionText(cluster(d, L)?.version)),
  custom_compatibility_level: text((d) => versionText(d.custom_compatibility_version)),
  created_by_user_id: id((d) => str(d.created_by_user_id)),
  next_run_config_exists: bool((d) => d.next_run_configuration_exists === true),
  has_illegal_images: bool((d) => d.has_illegal_images === true),
  bios_type: enumOf(BIOS_TYPES, (d) => str(path(d, 'bios', 'type'))),
};

export const vmsObject: ObjectDef = {
  display: 'Vms',
  collection: 'vms',
  fields: vmFields,
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    host: { object: 'hosts', related: hostOfVm },
    template: { object: 'templates', related: templateOfVm },
    event: { object: 'events', related: eventsAbout('vm') },
    user: { object: 'users', related: usersOf('vm') },
    storage: { object: 'storage', related: storageOf('vm_disk_attachments') },
    vnic: { object: 'vnic', related: nics },
  },
};
