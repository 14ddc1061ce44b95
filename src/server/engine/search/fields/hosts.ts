/** Hosts (engine VdsConditionFieldAutoCompleter): memory and committed_mem in MB, cpu_speed in MHz. */
import { num, path, str, toMiB, type Doc, type Lookups } from '../context.ts';
import type { FieldDef, ObjectDef } from '../types.ts';
import { ARCHITECTURES, EXTERNAL_STATUS, bool, dcOfCluster, enumOf, id, number, own, refName, tag, text } from './kinds.ts';
import { eventsAbout, isRunning, storageOfDc, unique, usersOf, vmsOnHost } from './relations.ts';

export const HOST_STATUS: Array<[string, string[]]> = [
  ['Unassigned', ['unassigned']],
  ['Down', ['down']],
  ['Maintenance', ['maintenance']],
  ['Up', ['up']],
  ['NonResponsive', ['non_responsive']],
  ['Error', ['error']],
  ['Installing', ['installing']],
  ['InstallFailed', ['install_failed']],
  ['Reboot', ['reboot']],
  ['PreparingForMaintenance', ['preparing_for_maintenance']],
  ['NonOperational', ['non_operational']],
  ['PendingApproval', ['pending_approval']],
  ['Initializing', ['initializing']],
  ['Connecting', ['connecting']],
  ['InstallingOS', ['installing_os']],
  ['Kdumping', ['kdumping']],
];

export const HOST_TYPES: Array<[string, string[]]> = [
  ['rhel', ['rhel']],
  ['ovirt_node', ['ovirt_node']],
  ['rhev_h', ['rhev_h']],
];

const usage = (key: 'cpu' | 'memory' | 'network' | 'load') => (h: Doc, L: Lookups) => L.usage('hosts', h)?.[key];

const running = (h: Doc, L: Lookups) => vmsOnHost(h, L).filter(isRunning);

export const hostFields: Record<string, FieldDef> = {
  name: text(own('name')),
  comment: text(own('comment')),
  status: enumOf(HOST_STATUS, (d) => str(d.status)),
  external_status: enumOf(EXTERNAL_STATUS, (d) => str(d.external_status)),
  cluster: text(refName('clusters', 'cluster')),
  address: text(own('address')),
  cpu_usage: number(usage('cpu')),
  mem_usage: number(usage('memory')),
  network_usage: number(usage('network')),
  load: number(usage('load')),
  version: text((d) => str(path(d, 'version', 'full_version')) ?? (path(d, 'version', 'major') !== undefined ? `${path(d, 'version', 'major')}.${path(d, 'version', 'minor') ?? 0}` : undefined)),
  cpus: number((d) => {
    const t = path(d, 'cpu', 'topology');
    const sockets = num(path(t, 'sockets'));
    const cores = num(path(t, 'cores'));
    return sockets === undefined || cores === undefined ? undefined : sockets * cores;
  }),
  memory: number((d) => toMiB(d.memory)),
  cpu_speed: number((d) => num(path(d, 'cpu', 'speed'))),
  cpu_model: text((d) => str(path(d, 'cpu', 'name'))),
  active_vms: number((d, L) => num(path(d, 'summary', 'active')) ?? running(d, L).length),
  migrating_vms: number((d, L) => num(path(d, 'summary', 'migrating')) ?? running(d, L).filter((v) => v.status === 'migrating').length),
  committed_mem: number((d, L) => running(d, L).reduce((sum, v) => sum + (toMiB(v.memory) ?? 0), 0)),
  tag: tag('host_tags'),
  type: enumOf(HOST_TYPES, (d) => str(d.type)),
  datacenter: text(dcOfCluster),
  architecture: enumOf(ARCHITECTURES, (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(L.get('clusters', d.cluster), 'cpu', 'architecture'))),
  update_available: bool((d) => d.update_available === true),
  ha_score: number((d) => num(path(d, 'hosted_engine', 'score'))),
  spm_id: number((d) => num(path(d, 'spm', 'id')) ?? num(d.spm_id)),
  hw_id: text((d) => str(path(d, 'hardware_information', 'uuid'))),
  id: id(),
};

const hostNics = (h: Doc, L: Lookups) => L.children('host_nics').get(h.id) ?? [];

export const hostsObject: ObjectDef = {
  display: 'Hosts',
  collection: 'hosts',
  fields: hostFields,
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    vm: { object: 'vms', related: vmsOnHost },
    template: { object: 'templates', related: (h, L) => unique(vmsOnHost(h, L).map((v) => L.get('templates', v.template)).filter((t): t is Doc => !!t)) },
    event: { object: 'events', related: eventsAbout('host') },
    user: { object: 'users', related: usersOf('host') },
    storage: {
      object: 'storage',
      related: (h, L) => {
        const dc = L.get('data_centers', L.get('clusters', h.cluster)?.data_center);
        return dc ? storageOfDc(dc, L) : [];
      },
    },
    nic: { object: 'host_nic', related: hostNics },
  },
};
