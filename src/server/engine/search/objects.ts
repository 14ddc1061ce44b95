/**
 * The search objects the evaluator works on: the shared grammar's table (what each field is)
 * joined with the readers in fields/ (how to read it from the engine's documents).
 */
import { SEARCH_OBJECTS, type SearchField } from '../../../api/search/fields.ts';
import { eventsReaders } from './fields/events.ts';
import { hostsReaders } from './fields/hosts.ts';
import { clustersReaders, datacenterReaders, disksReaders, networksReaders, storageReaders } from './fields/infra.ts';
import {
  groupsReaders, hostNicReaders, instanceTypesReaders, jobsReaders, poolsReaders, providerReaders, templatesReaders, usersReaders, vnicProfilesReaders, vnicReaders,
} from './fields/people.ts';
import { vmReaders } from './fields/vms.ts';
import type { FieldDef, Get, ObjectDef, ObjectReaders, Reader } from './types.ts';

export { objectForPrefix, objectKeyForCollection, SEARCHABLE_COLLECTIONS } from '../../../api/search/fields.ts';

/** Keyed like SEARCH_OBJECTS. */
export const READERS: Record<string, ObjectReaders> = {
  vms: vmReaders,
  hosts: hostsReaders,
  clusters: clustersReaders,
  datacenter: datacenterReaders,
  storage: storageReaders,
  templates: templatesReaders,
  instancetypes: instanceTypesReaders,
  users: usersReaders,
  groups: groupsReaders,
  pools: poolsReaders,
  events: eventsReaders,
  disks: disksReaders,
  network: networksReaders,
  jobs: jobsReaders,
  vnicprofiles: vnicProfilesReaders,
  vnic: vnicReaders,
  host_nic: hostNicReaders,
  provider: providerReaders,
};

/** Where the grammar and the readers disagree (a field without a reader, a reader for no field). */
export function readerMismatches(): string[] {
  const out: string[] = [];
  const names = (a: object | undefined) => Object.keys(a ?? {}).sort();
  const compare = (what: string, grammar: string[], readers: string[]) => {
    for (const n of grammar) if (!readers.includes(n)) out.push(`${what}: no reader for '${n}'`);
    for (const n of readers) if (!grammar.includes(n)) out.push(`${what}: reader for unknown '${n}'`);
  };
  compare('objects', names(SEARCH_OBJECTS), names(READERS));
  for (const [key, obj] of Object.entries(SEARCH_OBJECTS)) {
    const r = READERS[key];
    if (!r) continue;
    compare(`${key} fields`, names(obj.fields), names(r.fields));
    compare(`${key} sort keys`, names(obj.sortOnly), names(r.sortOnly));
    compare(`${key} cross-references`, names(obj.crossRefs), names(r.related));
  }
  return out;
}

function bindFields(grammar: Record<string, SearchField>, readers: Record<string, Get | Reader>): Record<string, FieldDef> {
  const out: Record<string, FieldDef> = {};
  for (const [name, f] of Object.entries(grammar)) {
    const r = readers[name];
    out[name] = { ...f, ...(typeof r === 'function' ? { get: r } : r) };
  }
  return out;
}

function bind(key: string): ObjectDef {
  const obj = SEARCH_OBJECTS[key];
  const r = READERS[key];
  return {
    display: obj.display,
    collection: obj.collection,
    defaultSort: obj.defaultSort,
    fields: bindFields(obj.fields, r.fields),
    ...(obj.sortOnly ? { sortOnly: bindFields(obj.sortOnly, r.sortOnly ?? {}) } : {}),
    crossRefs: Object.fromEntries(Object.entries(obj.crossRefs).map(([ref, target]) => [ref, { object: target, related: r.related[ref] }])),
  };
}

const mismatches = readerMismatches();
// a grammar field the engine cannot read would fail at search time; fail at start instead
if (mismatches.length) throw new Error(`search field readers out of step with the grammar: ${mismatches.join('; ')}`);

export const OBJECTS: Record<string, ObjectDef> = Object.fromEntries(Object.keys(SEARCH_OBJECTS).map((k) => [k, bind(k)]));
