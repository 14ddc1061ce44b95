// Lookups over the generated v4 model table: member types, enum values, and which
// entity type an href designates (needed for JSON, whose documents carry no root name).
import { ENUMS, SERVICES, STRUCTS, WIRE_TYPES } from './generated/model-types.ts';

const TYPE_TO_WIRE: Record<string, string> = Object.fromEntries(Object.entries(WIRE_TYPES).map(([w, t]) => [t, w]));

/** Model type of a wire element name (`os` → `operating_system`), if it is a struct. */
export function typeOfElement(element: string): string | undefined {
  const t = WIRE_TYPES[element] ?? element;
  return STRUCTS[t] ? t : undefined;
}

/** Wire element name of a model type (`operating_system` → `os`). */
export function elementOfType(type: string): string {
  return TYPE_TO_WIRE[type] ?? type;
}

/** Member type code (see generated/model-types.ts) or undefined when the model does not know it. */
export function memberCode(type: string | undefined, member: string): string | undefined {
  if (!type) return undefined;
  const s = STRUCTS[type];
  return s ? s[member] : undefined;
}

export function isStructType(type: string): boolean {
  return STRUCTS[type] !== undefined;
}

let allEnumValues: Set<string> | undefined;
/** Every enum value of the model (lower case): lets upper-case v3 values of unknown members be recognised. */
export function isKnownEnumValue(v: string): boolean {
  if (!allEnumValues) {
    allEnumValues = new Set();
    for (const vals of Object.values(ENUMS)) for (const x of vals) allEnumValues.add(x);
  }
  return allEnumValues.has(v.toLowerCase());
}

export function enumValues(name: string): string[] | undefined {
  return ENUMS[name];
}

export interface PathInfo {
  /** Model service name (`vms`, `vm`, `vm_nics`). */
  service: string;
  /** Entity type the service lists or returns (`vm`). */
  type?: string;
  /** True for a collection service. */
  collection: boolean;
  /** Action name when the path ends in an action segment (`cancel_migration`). */
  action?: string;
}

/** Resolves path segments after the API base (`['vms','123','nics']`) through the model's services. */
export function resolvePath(segments: string[]): PathInfo | undefined {
  let service = 'system';
  let action: string | undefined;
  for (const raw of segments) {
    const seg = raw.split(';')[0].toLowerCase();
    const s = SERVICES[service];
    if (!s || action) return undefined;
    const next = s.seg?.[seg];
    if (next) service = next;
    else if (s.act?.[seg]) action = s.act[seg];
    else if (s.id) service = s.id;
    else return undefined;
  }
  const s = SERVICES[service];
  return { service, type: s?.t, collection: !!s?.list, action };
}

const PLURAL_EXCEPTIONS: Record<string, string> = {
  operating_system: 'operation_systems',
  katello_erratum: 'katello_errata',
  host_storage: 'host_storages',
};

/** Collection element name for an item element (`vm` → `vms`, `scheduling_policy` → `scheduling_policies`). */
export function pluralOf(item: string): string {
  if (PLURAL_EXCEPTIONS[item]) return PLURAL_EXCEPTIONS[item];
  if (/[^aeiou]y$/.test(item)) return `${item.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(item)) return `${item}es`;
  return `${item}s`;
}

/** Item element name for a collection element (`data_centers` → `data_center`). */
export function singularOf(plural: string): string {
  for (const [s, p] of Object.entries(PLURAL_EXCEPTIONS)) if (p === plural) return s;
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes)$/.test(plural)) return plural.slice(0, -2);
  if (plural.endsWith('s')) return plural.slice(0, -1);
  return plural;
}
