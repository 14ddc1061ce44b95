// Shapes of the search-object table (field-table.ts) and the lookups both the dashboard's
// parser and the engine's evaluator use: object prefixes, collections, fields, operators.
import { SEARCH_OBJECTS } from './field-table.ts';

export type Op = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type SearchFieldKind = 'text' | 'number' | 'date' | 'enum' | 'bool' | 'id' | 'tag';

export interface SearchField {
  kind: SearchFieldKind;
  /** enum: the engine's names in its order, each with the v4 document values it stands for */
  values?: ReadonlyArray<readonly [string, readonly string[]]>;
  /** enum compared by rank, so `<`/`>` work (event severity) */
  ordinal?: boolean;
  /** operators the engine accepts for this field (defaults by kind, see allowedOps) */
  ops?: readonly Op[];
  /** text fields take part in free text unless false (the engine leaves out os and apps) */
  freeText?: boolean;
  /** text `=` means "contains" (the engine wraps apps values in %…%) */
  contains?: boolean;
  /** number given as seconds or `[d.]hh:mm[:ss]` (uptime) */
  timeSpan?: boolean;
  /** unit the engine's value is in (MB, GB, %, seconds, MHz) */
  unit?: string;
}

export interface SearchObject {
  /** engine spelling for messages: Vms, Hosts, Events… */
  display: string;
  /** the engine's collection service the object searches */
  collection: string;
  fields: Record<string, SearchField>;
  /** name of a field, or of a `sortOnly` key */
  defaultSort: { field: string; desc: boolean };
  /** sort keys that are not search fields (the event index) */
  sortOnly?: Record<string, SearchField>;
  /** cross-object prefix (singular; a trailing s is accepted) → SEARCH_OBJECTS key */
  crossRefs: Record<string, string>;
}

export { SEARCH_OBJECTS };

const DEFAULT_OPS: Record<SearchFieldKind, readonly Op[]> = {
  text: ['=', '!='],
  enum: ['=', '!='],
  bool: ['=', '!='],
  id: ['=', '!='],
  tag: ['=', '!='],
  number: ['=', '!=', '<', '>', '<=', '>='],
  date: ['=', '<', '>'],
};

export function allowedOps(f: SearchField): readonly Op[] {
  return f.ops ?? DEFAULT_OPS[f.kind];
}

export function findField<F>(obj: { fields: Record<string, F> }, name: string): F | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(obj.fields, key) ? obj.fields[key] : undefined;
}

/** The cross-reference key (`host`) a prefix as written (`Hosts`) stands for. */
export function crossRefKey(obj: { crossRefs: Record<string, unknown> }, name: string): string | undefined {
  const key = name.toLowerCase();
  if (Object.hasOwn(obj.crossRefs, key)) return key;
  if (key.endsWith('s') && Object.hasOwn(obj.crossRefs, key.slice(0, -1))) return key.slice(0, -1);
  return undefined;
}

/** Field names a user may write (leading `_` marks the engine's internal ones). */
export function publicFields(obj: SearchObject): string[] {
  return Object.keys(obj.fields).filter((f) => !f.startsWith('_'));
}

/** Engine object names (singular, upper case; a trailing S is always allowed) → SEARCH_OBJECTS key. */
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

/** The words (lower case, singular and plural) that name `key` before the colon. */
export function prefixWords(key: string): string[] {
  return Object.keys(PREFIXES).filter((w) => PREFIXES[w] === key).flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}s`]);
}

/** SEARCH_OBJECTS key for a prefix word, null for an engine object not searchable here, undefined if unknown. */
export function objectForPrefix(word: string): string | null | undefined {
  const up = word.toUpperCase();
  if (Object.hasOwn(PREFIXES, up)) return PREFIXES[up];
  if (up.endsWith('S') && Object.hasOwn(PREFIXES, up.slice(0, -1))) return PREFIXES[up.slice(0, -1)];
  return undefined;
}

/** Collection service names (and their URL spellings) → SEARCH_OBJECTS key. */
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
  return Object.hasOwn(COLLECTIONS, collection) ? COLLECTIONS[collection] : undefined;
}

/** Collection service names the engine searches (URL spellings are accepted too). */
export const SEARCHABLE_COLLECTIONS = Object.keys(COLLECTIONS).filter((c) => SEARCH_OBJECTS[COLLECTIONS[c]].collection === c);

/** SEARCH_OBJECTS key for a key, display name (`Vms`) or prefix word (`vm`), any case. */
export function objectKey(name: string): string | undefined {
  const l = name.toLowerCase();
  if (Object.hasOwn(SEARCH_OBJECTS, l)) return l;
  for (const [k, o] of Object.entries(SEARCH_OBJECTS)) if (o.display.toLowerCase() === l) return k;
  return objectForPrefix(name) ?? objectKeyForCollection(l);
}
