/** Templates, users, groups, pools, jobs, vNIC profiles and the small objects used only as cross-references. */
import { listOf, num, path, str, toMiB, type Doc } from '../context.ts';
import type { ObjectReaders } from '../types.ts';
import { dcOfCluster, id, own, refName, tag } from './kinds.ts';
import { eventsAbout, isRunning, objectsOfUser, storageOf, unique, usersOf, vmsOfPool, vmsOfTemplate } from './relations.ts';

const templateFields: ObjectReaders['fields'] = {
  name: own('name'),
  description: own('description'),
  comment: own('comment'),
  os: (d: Doc) => str(path(d, 'os', 'type')),
  creationdate: (d) => d.creation_time,
  childcount: (d, L) => vmsOfTemplate(d, L).length,
  mem: (d) => toMiB(d.memory),
  status: (d) => str(d.status),
  cluster: refName('clusters', 'cluster'),
  datacenter: dcOfCluster,
  architecture: (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(L.get('clusters', d.cluster), 'cpu', 'architecture')),
  version_name: (d) => str(path(d, 'version', 'version_name')),
  tag: tag('template_tags'),
  id,
};

export const templatesReaders: ObjectReaders = {
  fields: templateFields,
  related: {
    vm: vmsOfTemplate,
    host: (t, L) => unique(vmsOfTemplate(t, L).map((v) => L.get('hosts', v.host)).filter((h): h is Doc => !!h)),
    event: eventsAbout('template'),
    user: usersOf('template'),
    storage: storageOf('template_disk_attachments'),
    vnic: (t, L) => L.children('template_nics').get(t.id) ?? [],
  },
};

export const instanceTypesReaders: ObjectReaders = {
  fields: {
    name: templateFields.name,
    description: templateFields.description,
    comment: templateFields.comment,
    creationdate: templateFields.creationdate,
    mem: templateFields.mem,
    id: templateFields.id,
  },
  related: {},
};

export const usersReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    lastname: own('last_name'),
    usrname: (d) => str(d.user_name) ?? str(d.principal),
    login: (d) => str(d.principal) ?? str(d.user_name)?.replace(/@[^@]*$/, ''),
    directory: (d, L) => str(path(d, 'domain', 'name')) ?? L.name('domains', d.domain) ?? str(d.namespace),
    department: own('department'),
    email: own('email'),
    tag: tag('user_tags'),
    pool: (d, L) => objectsOfUser('vm', 'vms')(d, L).map((v) => L.name('vm_pools', v.vm_pool) ?? '').filter(Boolean),
    type: () => 'user',
    id,
  },
  related: {
    vm: objectsOfUser('vm', 'vms'),
    host: objectsOfUser('host', 'hosts'),
    template: objectsOfUser('template', 'templates'),
    event: eventsAbout('user'),
  },
};

export const groupsReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    directory: (d, L) => str(path(d, 'domain', 'name')) ?? L.name('domains', d.domain) ?? str(d.namespace),
    id,
    tag: tag('group_tags'),
  },
  related: {},
};

export const poolsReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    description: own('description'),
    comment: own('comment'),
    type: (d) => str(d.type),
    cluster: refName('clusters', 'cluster'),
    datacenter: dcOfCluster,
    assigned_vm_count: (d, L) => vmsOfPool(d, L).length,
    running_vm_count: (d, L) => vmsOfPool(d, L).filter(isRunning).length,
    id,
  },
  related: {},
};

export const jobsReaders: ObjectReaders = {
  fields: {
    correlation_id: (d) => str(d.correlation_id) ?? str(path(d, 'correlation', 'id')),
    description: own('description'),
    action_type: (d) => str(d.action_type),
    status: (d) => str(d.status),
    start_time: (d) => d.start_time,
    end_time: (d) => d.end_time,
    last_update_time: (d) => d.last_updated,
    is_external: (d) => d.external === true,
    is_auto_cleared: (d) => d.auto_cleared === true,
    id,
  },
  related: {},
};

export const vnicProfilesReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    description: own('description'),
    network_name: refName('networks', 'network'),
    port_mirroring: (d) => d.port_mirroring === true,
    passthrough: (d) => path(d, 'pass_through', 'mode') === 'enabled',
    network_filter: refName('network_filters', 'network_filter'),
    datacenter_name: (d, L) => L.name('data_centers', L.get('networks', d.network)?.data_center),
    id,
  },
  related: {},
};

/** VM/template network interfaces as cross-reference targets (`Vms: vnic.mac=…`). */
export const vnicReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    mac: (d) => str(path(d, 'mac', 'address')),
    network_name: (d, L) => L.name('networks', L.get('vnic_profiles', d.vnic_profile)?.network),
    vnic_profile: refName('vnic_profiles', 'vnic_profile'),
    type: own('interface'),
    linked: (d) => d.linked !== false,
    plugged: (d) => d.plugged !== false,
  },
  related: {},
};

export const hostNicReaders: ObjectReaders = {
  fields: {
    name: own('name'),
    network_name: refName('networks', 'network'),
    mac: (d) => str(path(d, 'mac', 'address')),
    address: (d) => str(path(d, 'ip', 'address')),
    speed: (d) => num(d.speed),
    mtu: (d) => num(d.mtu),
    vlan: (d) => num(path(d, 'vlan', 'id')),
    bond: (d) => (listOf(path(d, 'bonding', 'slaves')).length ? str(d.name) : undefined),
    host: (d, L) => L.name('hosts', d.host),
  },
  related: {},
};

export const providerReaders: ObjectReaders = {
  fields: { name: own('name'), description: own('description'), url: own('url') },
  related: {},
};

