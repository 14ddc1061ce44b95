// Reading the resource model (src/api/resource.ts) for display: dotted paths into nested
// structures, names, references. Pure functions so list and detail views agree.
import type { Scalar, Structure, Value } from '../../api/resource.ts';

export function isStructure(v: Value | undefined): v is Structure {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'fields' in v;
}

/** A reference: an identified structure with only id/href (plus maybe a name). */
export function isReference(v: Value | undefined): v is Structure & { href: string } {
  return isStructure(v) && typeof v.href === 'string' && !!v.href;
}

/** Value at a dotted path (`cpu.topology.cores`); `id` and `href` read the identity. */
export function valueAt(s: Structure, path: string): Value | undefined {
  let cur: Value | undefined = s;
  for (const part of path.split('.')) {
    if (!isStructure(cur)) return undefined;
    if (part === 'id') cur = cur.id;
    else if (part === 'href') cur = cur.href;
    else cur = cur.fields[part];
  }
  return cur;
}

/** Lists inside objects arrive wrapped (`usages{usage[]}`): unwrap a structure whose only
 * field is a list, so both encodings read as the plain list. */
export function unwrapList(v: Value | undefined): Value | undefined {
  if (isStructure(v) && !v.id && !v.href) {
    const keys = Object.keys(v.fields);
    if (keys.length === 1 && Array.isArray(v.fields[keys[0]])) return v.fields[keys[0]];
  }
  return v;
}

/** Whether the resource carries a name of its own (not just an id). */
export function hasName(s: Structure): boolean {
  return ['name', 'alias', 'user_name', 'principal'].some((k) => typeof s.fields[k] === 'string' && s.fields[k] !== '');
}

/** What to call a resource: its name, else alias, user name, or id. */
export function displayName(s: Structure): string {
  for (const key of ['name', 'alias', 'user_name', 'principal']) {
    const v = s.fields[key];
    if (typeof v === 'string' && v) return v;
    if (typeof v === 'number') return String(v);
  }
  if (s.id) return s.id;
  return s.kind ?? '';
}

export function scalarText(v: Scalar): string {
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return String(v);
}

/** Status of a resource, if it has one (`status`, or the v3 `status.state`). */
export function statusOf(s: Structure): string | undefined {
  const v = s.fields.status;
  if (typeof v === 'string') return v;
  if (isStructure(v) && typeof v.fields.state === 'string') return v.fields.state;
  return undefined;
}
