// The dashboard's view of the search objects: the shared field table (field-table.ts) as
// lists for completion and display — object names, the words accepted before the colon,
// fields with their kinds, operators, enum values (the engine's names) and units.
import {
  allowedOps, crossRefKey, objectForPrefix, objectKey, objectKeyForCollection, prefixWords, SEARCH_OBJECTS, type Op, type SearchFieldKind,
} from './fields.ts';

export type FieldKind = SearchFieldKind;
export type Operator = Op;

export interface FieldDef {
  name: string;
  kind: FieldKind;
  /** Enum values as the engine names them (`MigratingFrom`); matched ignoring case. */
  values?: readonly string[];
  /** Ordered enums (event severity) also accept < > <= >=. */
  ordered?: boolean;
  /** Unit the engine compares numbers in (MB, GB, %, seconds, MHz). */
  unit?: string;
  ops: readonly Operator[];
}

export interface ObjectDef {
  /** Canonical name, as the engine spells it in messages (`Vms`, `Hosts`, `Datacenter`). */
  name: string;
  /** Key in the shared table (`vms`, `datacenter`). */
  key: string;
  /** Spellings accepted before the colon, lower case (none: reachable only as a cross-reference). */
  aliases: readonly string[];
  fields: readonly FieldDef[];
  /** Cross-object prefixes (lower case, singular; a trailing s is accepted too) → target object name. */
  crossRefs: Readonly<Record<string, string>>;
  /** The engine collection the object searches. */
  collection: string;
  defaultSort: string;
}

function view(key: string): ObjectDef {
  const o = SEARCH_OBJECTS[key];
  return {
    name: o.display,
    key,
    aliases: prefixWords(key),
    fields: Object.entries(o.fields)
      .filter(([name]) => !name.startsWith('_'))
      .map(([name, f]): FieldDef => ({
        name,
        kind: f.kind,
        ops: allowedOps(f),
        ...(f.values ? { values: f.values.map(([v]) => v) } : {}),
        ...(f.ordinal ? { ordered: true } : {}),
        ...(f.unit ? { unit: f.unit } : {}),
      })),
    crossRefs: Object.fromEntries(Object.entries(o.crossRefs).map(([p, target]) => [p, SEARCH_OBJECTS[target].display])),
    collection: o.collection,
    defaultSort: o.defaultSort.field,
  };
}

export const OBJECTS: readonly ObjectDef[] = Object.keys(SEARCH_OBJECTS).map(view);
const BY_KEY = new Map(OBJECTS.map((o) => [o.key, o]));

/** The object a word before the colon names (`vm`, `VMS`, `Datacenter`); undefined if none searchable. */
export function objectByAlias(word: string): ObjectDef | undefined {
  const key = objectForPrefix(word);
  return key ? BY_KEY.get(key) : undefined;
}

/** By canonical name, table key, prefix word or collection (`Vms`, `vms`, `vm`, `data_centers`), any case. */
export function objectByName(name: string): ObjectDef | undefined {
  const key = objectKey(name);
  return key ? BY_KEY.get(key) : undefined;
}

/** The object searched through a collection rel (`storagedomains` → Storage). */
export function objectForCollection(rel: string): ObjectDef | undefined {
  const key = objectKeyForCollection(rel.toLowerCase());
  return key ? BY_KEY.get(key) : undefined;
}

export function fieldOf(obj: ObjectDef, name: string): FieldDef | undefined {
  const l = name.toLowerCase();
  return obj.fields.find((f) => f.name === l);
}

/** The object a cross-object prefix (`host`, `hosts`) leads to. */
export function crossRefTarget(obj: ObjectDef, prefix: string): ObjectDef | undefined {
  const ref = crossRefKey(obj, prefix);
  return ref ? objectByName(obj.crossRefs[ref]) : undefined;
}

/** Operators a field accepts. */
export function operatorsFor(f: FieldDef): Operator[] {
  return [...f.ops];
}
