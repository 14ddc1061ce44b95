/** Templates, users, groups, pools, jobs, vNIC profiles and the small objects used only as cross-references. */
import { listOf, num, path, str, toMiB, type Doc } from '../context.ts';
import type { ObjectDef } from '../types.ts';
import { ARCHITECTURES, IMAGE_STATUS, biggerSmaller, bool, dcOfCluster, enumOf, id, number, own, refName, snakeEnum, tag, text } from './kinds.ts';
import { eventsAbout, isRunning, objectsOfUser, storageOf, unique, usersOf, vmsOfPool, vmsOfTemplate } from './relations.ts';

const templateFields = {
  name: text(own('name')),
  description: text(own('description')),
  comment: text(own('comment')),
  os: text((d: Doc) => str(path(d, 'os', 'type')), { freeText: false }),
  creationdate: biggerSmaller('date', (d) => d.creation_time),
  childcount: number((d, L) => vmsOfTemplate(d, L).length),
  mem: number((d) => toMiB(d.memory)),
  status: enumOf(IMAGE_STATUS, (d) => str(d.status)),
  cluster: text(refName('clusters', 'cluster')),
  datacenter: text(dcOfCluster),
  architecture: enumOf(ARCHITECTURES, (d, L) => str(path(d, 'cpu', 'architecture')) ?? str(path(L.get('clusters', d.cluster), 'cpu', 'architecture'))),
  version_name: text((d) => str(path(d, 'version', 'version_name'))),
  tag: tag('template_tags'),
  id: id(),
};

export const templatesObject: ObjectDef = {
  display: 'Templates',
  collection: 'templates',
  fields: templateFields,
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    vm: { object: 'vms', related: vmsOfTemplate },
    host: { object: 'hosts', related: (t, L) => unique(vmsOfTemplate(t, L).map((v) => L.get('hosts', v.host)).filter((h): h is Doc => !!h)) },
    event: { object: 'events', related: eventsAbout('template') },
    user: { object: 'users', related: usersOf('template') },
    storage: { object: 'storage', related: storageOf('template_disk_attachments') },
    vnic: { object: 'vnic', related: (t, L) => L.children('template_nics').get(t.id) ?? [] },
  },
};

export const instanceTypesObject: ObjectDef = {
  display: 'Instancetypes',
  collection: 'instance_types',
  fields: {
    name: templateFields.name,
    description: templateFields.description,
    comment: templateFields.comment,
    creationdate: templateFields.creationdate,
    mem: templateFields.mem,
    id: templateFields.id,
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

export const usersObject: ObjectDef = {
  display: 'Users',
  collection: 'users',
  fields: {
    name: text(own('name')),
    lastname: text(own('last_name')),
    usrname: text((d) => str(d.user_name) ?? str(d.principal)),
    login: text((d) => str(d.principal) ?? str(d.user_name)?.replace(/@[^@]*$/, '')),
    directory: text((d, L) => str(path(d, 'domain', 'name')) ?? L.name('domains', d.domain) ?? str(d.namespace)),
    department: text(own('department')),
    email: text(own('email')),
    tag: tag('user_tags'),
    pool: text((d, L) => objectsOfUser('vm', 'vms')(d, L).map((v) => L.name('vm_pools', v.vm_pool) ?? '').filter(Boolean)),
    type: enumOf([['User', ['user']], ['Group', []]], () => 'user'),
    id: id(),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {
    vm: { object: 'vms', related: objectsOfUser('vm', 'vms') },
    host: { object: 'hosts', related: objectsOfUser('host', 'hosts') },
    template: { object: 'templates', related: objectsOfUser('template', 'templates') },
    event: { object: 'events', related: eventsAbout('user') },
  },
};

export const groupsObject: ObjectDef = {
  display: 'Groups',
  collection: 'groups',
  fields: {
    name: text(own('name')),
    directory: text((d, L) => str(path(d, 'domain', 'name')) ?? L.name('domains', d.domain) ?? str(d.namespace)),
    id: id(),
    tag: tag('group_tags'),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

export const poolsObject: ObjectDef = {
  display: 'Pools',
  collection: 'vm_pools',
  fields: {
    name: text(own('name')),
    description: text(own('description')),
    comment: text(own('comment')),
    type: enumOf(snakeEnum(['Automatic', 'Manual']), (d) => str(d.type)),
    cluster: text(refName('clusters', 'cluster')),
    datacenter: text(dcOfCluster),
    assigned_vm_count: number((d, L) => vmsOfPool(d, L).length),
    running_vm_count: number((d, L) => vmsOfPool(d, L).filter(isRunning).length),
    id: id(),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

export const JOB_STATUS = snakeEnum(['Unknown', 'Started', 'Finished', 'Failed', 'Aborted']);

export const jobsObject: ObjectDef = {
  display: 'Jobs',
  collection: 'jobs',
  fields: {
    correlation_id: text((d) => str(d.correlation_id) ?? str(path(d, 'correlation', 'id'))),
    description: text(own('description')),
    action_type: text((d) => str(d.action_type)),
    status: enumOf(JOB_STATUS, (d) => str(d.status)),
    start_time: biggerSmaller('date', (d) => d.start_time),
    end_time: biggerSmaller('date', (d) => d.end_time),
    last_update_time: biggerSmaller('date', (d) => d.last_updated),
    is_external: bool((d) => d.external === true),
    is_auto_cleared: bool((d) => d.auto_cleared === true),
    id: id(),
  },
  defaultSort: { field: 'start_time', desc: false },
  crossRefs: {},
};

export const vnicProfilesObject: ObjectDef = {
  display: 'VnicProfiles',
  collection: 'vnic_profiles',
  fields: {
    name: text(own('name')),
    description: text(own('description')),
    network_name: text(refName('networks', 'network')),
    port_mirroring: bool((d) => d.port_mirroring === true),
    passthrough: bool((d) => path(d, 'pass_through', 'mode') === 'enabled'),
    network_filter: text(refName('network_filters', 'network_filter')),
    datacenter_name: text((d, L) => L.name('data_centers', L.get('networks', d.network)?.data_center)),
    id: id(),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

/** VM/template network interfaces as cross-reference targets (`Vms: vnic.mac=…`). */
export const vnicObject: ObjectDef = {
  display: 'Vnic',
  collection: 'vm_nics',
  fields: {
    name: text(own('name')),
    mac: text((d) => str(path(d, 'mac', 'address'))),
    network_name: text((d, L) => L.name('networks', L.get('vnic_profiles', d.vnic_profile)?.network)),
    vnic_profile: text(refName('vnic_profiles', 'vnic_profile')),
    type: text(own('interface')),
    linked: bool((d) => d.linked !== false),
    plugged: bool((d) => d.plugged !== false),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

export const hostNicObject: ObjectDef = {
  display: 'Nic',
  collection: 'host_nics',
  fields: {
    name: text(own('name')),
    network_name: text(refName('networks', 'network')),
    mac: text((d) => str(path(d, 'mac', 'address'))),
    address: text((d) => str(path(d, 'ip', 'address'))),
    speed: number((d) => num(d.speed)),
    mtu: number((d) => num(d.mtu)),
    vlan: number((d) => num(path(d, 'vlan', 'id'))),
    bond: text((d) => (listOf(path(d, 'bonding', 'slaves')).length ? str(d.name) : undefined)),
    host: text((d, L) => L.name('hosts', d.host)),
  },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

export const providerObject: ObjectDef = {
  display: 'Provider',
  collection: 'external_providers',
  fields: { name: text(own('name')), description: text(own('description')), url: text(own('url')) },
  defaultSort: { field: 'name', desc: false },
  crossRefs: {},
};

