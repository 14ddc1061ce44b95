/** Hosts (engine VdsConditionFieldAutoCompleter): memory and committed_mem in MB, cpu_speed in MHz. */
import { num, path, str, toMiB, type Doc, type Lookups } from '../context.ts';
import type { ObjectReaders } from '../types.ts';
import { dcOfCluster, id, own, refName, tag } from './kinds.ts';
import { eventsAbout, isRunning, storageOfDc, unique, usersOf, vmsOnHost } from './relations.ts';

const usage = (key: 'cpu' | 'memory' | 'network' | 'load') => (h: Doc, L: Lookups) => L.usage('hosts', h)?.[key];

const running = (h: Doc, L: Lookups) => vmsOnHost(h, L).filter(isRunning);

export const hostFields: ObjectReaders['fields'] = {
  name: own('name'),
  comment: own('comment'),
  status: (d) => str(d.status),
  external_status: (d) => str(d.external_status),
  cluster: refName('clusters', 'cluster'),
  address: own('address'),
  cpu_usage: usage('cpu'),
  mem_usage: usage('memory'),
  network_usage: usage('network'),
  load: usage('load'),
  version: (d) => str(path(d, 'version', 'full_version')) ?? (path(d, 'version', 'major') !== undefined ? `${path(d, 'version', 'major')}.${path(d, 'version', 'minor') ?? 0}` : undefined),
  cpus: (d) => {
    const t = path(d, 'cpu', 'topology');
    const sockets = num(path(t, 'sockets'));
    const cores = num(path(t, 'cores'));
    return sockets === undefined || cores === undefined ? undefined : sockets * cores;
  },
  memory: (d) => toMiB(d.memory),
  cpu_speed: (d) => num(path(d, 'cpu', 'speed')),
  cpu_model: (d) => str(path(d, 'cpu', 'name')),
  active_vms: (d, L) => num(path(d, 'summary', 'active')) ?? running(d, L).length,
  migrating_vms: (d, L) => num(path(d, 'summary', 'migrating')) ?? running(d, L).filter((v) => v.status === 'migrating').length,
  committed_mem: (d, L) => running(d, L).reduce((sum, v) => sum + (toMiB(v.memory) ?? 0), 0),
  tag: tag('host_tags'),
  type: (d) => str(d.type),
  datacenter: dcOfCluster,
  architecture: (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(L.get('clusters', d.cluster), 'cpu', 'architecture')),
  update_available: (d) => d.update_available === true,
  ha_score: (d) => num(path(d, 'hosted_engine', 'score')),
  spm_id: (d) => num(path(d, 'spm', 'id')) ?? num(d.spm_id),
  hw_id: (d) => str(path(d, 'hardware_information', 'uuid')),
  id,
};

const hostNics = (h: Doc, L: Lookups) => L.children('host_nics').get(h.id) ?? [];

export const hostsReaders: ObjectReaders = {
  fields: hostFields,
  related: {
    vm: vmsOnHost,
    template: (h, L) => unique(vmsOnHost(h, L).map((v) => L.get('templates', v.template)).filter((t): t is Doc => !!t)),
    event: eventsAbout('host'),
    user: usersOf('host'),
    storage: (h, L) => {
      const dc = L.get('data_centers', L.get('clusters', h.cluster)?.data_center);
      return dc ? storageOfDc(dc, L) : [];
    },
    nic: hostNics,
  },
};
