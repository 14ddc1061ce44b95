/**
 * `sortby field [asc|desc]` with the object's default key appended as the secondary key,
 * as the engine does. Nulls sort first ascending and last descending (PostgreSQL's
 * ASC NULLS FIRST / DESC NULLS LAST); enums sort by the engine's enum order.
 */
import { str, type Doc, type Lookups } from './context.ts';
import type { FieldDef, ObjectDef } from './types.ts';
import { dateOf } from './values.ts';

type Key = string | number | undefined;

const collator = new Intl.Collator('en');

function keyOf(f: FieldDef, doc: Doc, L: Lookups): Key {
  if (f.kind === 'tag') {
    const names = L.tagsOf(f.assignments!, doc.id).map((a) => str(L.byId('tags').get(a.id)?.name) ?? a.name ?? '');
    return names.sort(collator.compare)[0];
  }
  const v = f.get(doc, L);
  switch (f.kind) {
    case 'number':
      return typeof v === 'number' ? v : undefined;
    case 'date':
      return dateOf(v);
    case 'bool':
      return v === true ? 1 : v === false ? 0 : undefined;
    case 'enum': {
      if (v === undefined || v === null) return undefined;
      const i = (f.values ?? []).findIndex(([, v4]) => v4.includes(String(v)));
      return i < 0 ? undefined : i;
    }
    default: {
      const s = Array.isArray(v) ? str(v[0]) : str(v);
      return s;
    }
  }
}

function cmp(a: Key, b: Key, desc: boolean): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    // nulls first ascending, last descending: either way the null comes first in the
    // ascending order and the direction flip below moves it
    return a === undefined ? (desc ? 1 : -1) : desc ? -1 : 1;
  }
  const r = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return desc ? -r : r;
}

export interface SortSpec { field: FieldDef; desc: boolean }

export function sortDocs(docs: Doc[], obj: ObjectDef, primary: SortSpec | undefined, L: Lookups): Doc[] {
  const defName = obj.defaultSort.field;
  const defField = obj.fields[defName] ?? obj.sortOnly?.[defName];
  const specs: SortSpec[] = [];
  if (primary) specs.push(primary);
  if (defField && (!primary || primary.field !== defField)) specs.push({ field: defField, desc: obj.defaultSort.desc });
  const keyed = docs.map((doc) => ({ doc, keys: specs.map((s) => keyOf(s.field, doc, L)) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < specs.length; i++) {
      const r = cmp(x.keys[i], y.keys[i], specs[i].desc);
      if (r !== 0) return r;
    }
    return x.doc.id < y.doc.id ? -1 : x.doc.id > y.doc.id ? 1 : 0;
  });
  return keyed.map((k) => k.doc);
}
