/** Field constructors shared by the per-object tables. */
import { str, type Doc, type Lookups } from '../context.ts';
import type { FieldDef } from '../types.ts';

type Get = (doc: Doc, L: Lookups) => unknown;

export const text = (get: Get, extra: Partial<FieldDef> = {}): FieldDef => ({ kind: 'text', get, ...extra });
export const number = (get: Get, extra: Partial<FieldDef> = {}): FieldDef => ({ kind: 'number', get, ...extra });
/** Sizes and dates the engine only lets you compare with < and >. */
export const biggerSmaller = (kind: 'number' | 'date', get: Get): FieldDef => ({ kind, get, ops: ['<', '>'] });
export const date = (get: Get, extra: Partial<FieldDef> = {}): FieldDef => ({ kind: 'date', get, ...extra });
export const bool = (get: Get): FieldDef => ({ kind: 'bool', get });
export const id = (get: Get = (d) => d.id): FieldDef => ({ kind: 'id', get });
export const tag = (assignments: string): FieldDef => ({ kind: 'tag', get: () => undefined, assignments });
export const enumOf = (values: FieldDef['values'], get: Get, extra: Partial<FieldDef> = {}): FieldDef => ({ kind: 'enum', get, values, ...extra });

/** The engine keeps these as empty text, not NULL, when unset; so `comment!=x` matches them. */
const EMPTY_WHEN_UNSET = new Set(['comment', 'description']);

/** Own member as text. */
export const own = (key: string): Get => (EMPTY_WHEN_UNSET.has(key) ? (d) => str(d[key]) ?? '' : (d) => str(d[key]));
/** Name of the document a ref member points to. */
export const refName = (collection: string, key: string): Get => (d, L) => L.name(collection, d[key]);
/** Name of the data center of the cluster a document belongs to. */
export const dcOfCluster: Get = (d, L) => L.name('data_centers', L.get('clusters', d.cluster)?.data_center);

/** Engine enum whose names map one-to-one on the v4 values (`PoweringUp` ↔ `powering_up`). */
export function snakeEnum(names: string[]): Array<[string, string[]]> {
  return names.map((n) => [n, [n.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()]]);
}

export const ARCHITECTURES = snakeEnum(['undefined', 'x86_64', 'ppc64', 's390x', 'aarch64', 'loongarch64']);

export const EXTERNAL_STATUS = snakeEnum(['Ok', 'Info', 'Warning', 'Error', 'Failure']);

/** The engine's BiosType names, and the camel-case spellings the client's suggestions offer. */
export const BIOS_TYPES: Array<[string, string[]]> = [
  ['CLUSTER_DEFAULT', ['cluster_default']],
  ['I440FX_SEA_BIOS', ['i440fx_sea_bios']],
  ['Q35_SEA_BIOS', ['q35_sea_bios']],
  ['Q35_OVMF', ['q35_ovmf']],
  ['Q35_SECURE_BOOT', ['q35_secure_boot']],
  ['ClusterDefault', ['cluster_default']],
  ['I440fxSeaBios', ['i440fx_sea_bios']],
  ['Q35SeaBios', ['q35_sea_bios']],
  ['Q35Ovmf', ['q35_ovmf']],
  ['Q35SecureBoot', ['q35_secure_boot']],
];

export const IMAGE_STATUS: Array<[string, string[]]> = [['Unassigned', []], ['OK', ['ok']], ['Locked', ['locked']], ['Illegal', ['illegal']]];

