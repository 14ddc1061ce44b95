/** The search objects: engine prefix names, the collection each serves, their field tables. */
import type { ObjectDef } from './types.ts';
import { eventsObject } from './fields/events.ts';
import { hostsObject } from './fields/hosts.ts';
import { clustersObject, datacenterObject, disksObject, networksObject, storageObject } from './fields/infra.ts';
import {
  groupsObject, hostNicObject, instanceTypesObject, jobsObject, poolsObject, providerObject, templatesObject, usersObject, vnicObject, vnicProfilesObject,
} from './fields/people.ts';
import { vmsObject } from './fields/vms.ts';

/** Keyed by the names cross-references use. */
export const OBJECTS: Record<string, ObjectDef> = {
  vms: vmsObject,
  hosts: hostsObject,
  clusters: clustersObject,
  datacenter: datacenterObject,
  storage: storageObject,
  templates: templatesObject,
  instancetypes: instanceTypesObject,
  users: usersObject,
  groups: groupsObject,
  pools: poolsObject,
  events: eventsObject,
  disks: disksObject,
  network: networksObject,
  jobs: jobsObject,
  vnicprofiles: vnicProfilesObject,
  vnic: vnicObject,
  host_nic: hostNicObject,
  provider: providerObject,
};

/** Engine object names (singular, upper case; a trailing S is always allowed) → OBJECTS key. */
const PREFIXES: Record<string, string | null> = {
  VM: 'vms',
  HOST: 'hosts',
  EVENT: 'events',
  TEMPLATE: 'templates',
  USER: 'users',
  GROUP: 'groups',
  POOL: 'pools',
  CLUSTER: 'clusters',
  DATACENTER: 'datacenter',
  STORAGE: 'storage',
  DISK: 'disks',
  NETWORK: 'network',
  INSTANCETYPE: 'instancetypes',
  JOB: 'jobs',
  VNICPROFILE: 'vnicprofiles',
  // known to the engine, not searchable here
  VOLUME: null,
  QUOTA: null,
  PROVIDER: null,
  SESSION: null,
  IMAGE: null,
};

/** OBJECTS key for a prefix word, null for an engine object this server does not search, undefined if unknown. */
export function objectForPrefix(word: string): string | null | undefined {
  const up = word.toUpperCase();
  if (up in PREFIXES) return PREFIXES[up];
  if (up.endsWith('S') && up.slice(0, -1) in PREFIXES) return PREFIXES[up.slice(0, -1)];
  return undefined;
}

/** Collection service names (and their URL spellings) → OBJECTS key. */
const COLLECTIONS: Record<string, string> = {
  vms: 'vms',
  hosts: 'hosts',
  clusters: 'clusters',
  data_centers: 'datacenter',
  datacenters: 'datacenter',
  storage_domains: 'storage',
  storagedomains: 'storage',
  templates: 'templates',
  instance_types: 'instancetypes',
  instancetypes: 'instancetypes',
  users: 'users',
  groups: 'groups',
  vm_pools: 'pools',
  vmpools: 'pools',
  events: 'events',
  disks: 'disks',
  networks: 'network',
  jobs: 'jobs',
  vnic_profiles: 'vnicprofiles',
  vnicprofiles: 'vnicprofiles',
  // sub-collections whose list takes `search` in the model (the caller hands in their documents)
  storage_domain_content_disks: 'disks',
  domain_users: 'users',
  domain_groups: 'groups',
};

export function objectKeyForCollection(collection: string): string | undefined {
  return COLLECTIONS[collection];
}

/** Collection service names `runSearch` accepts (URL spellings are accepted too). */
export const SEARCHABLE_COLLECTIONS = Object.keys(COLLECTIONS).filter((c) => OBJECTS[COLLECTIONS[c]].collection === c);
