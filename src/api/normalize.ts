// Turns a wire tree (from XML or JSON) into the one resource model. Member types come from
// the v4 model where it knows the member; elsewhere conservative heuristics decide.
import type { Scalar, Structure, Value } from './resource.ts';
import { isKnownEnumValue, memberCode, typeOfElement } from './model-types.ts';
import { isObject, toArray, type Tree, type TreeObject } from './tree.ts';
import { fixV3 } from './v3-compat.ts';

const NUMERIC = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;
const UPPER_ENUM = /^[A-Z][A-Z0-9_]*$/;

/** ISO-8601 (UTC) from an engine date: epoch ms (JSON) or an offset date string (XML). */
export function toIsoDate(v: string | number): string {
  const n = typeof v === 'number' ? v : INTEGER.test(v) ? Number(v) : NaN;
  const d = Number.isFinite(n) ? new Date(n) : new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
}

function toBoolean(v: string): boolean | undefined {
  const l = v.toLowerCase();
  if (l === 'true' || l === '1') return true;
  if (l === 'false' || l === '0') return false;
  return undefined;
}

/** A scalar of a known primitive kind (model code `s`, `i`, `d`, `b`, `t`, `#enum`). */
export function typedScalar(v: string | number | boolean, code: string): Scalar {
  switch (code) {
    case 'i':
    case 'd': {
      if (typeof v === 'number') return v;
      const s = String(v).trim();
      return NUMERIC.test(s) || INTEGER.test(s) ? Number(s) : s;
    }
    case 'b':
      return typeof v === 'boolean' ? v : (toBoolean(String(v)) ?? String(v));
    case 't':
      return typeof v === 'boolean' ? String(v) : toIsoDate(v);
    case 's':
      return String(v);
    default:
      return code.startsWith('#') ? String(v).toLowerCase() : guessScalar(v);
  }
}

/** A scalar of a member the model does not know: numbers and booleans only when unambiguous
 * (`007` stays a string), dates to ISO, upper-case v3 enum values to lower case. */
export function guessScalar(v: string | number | boolean): Scalar {
  if (typeof v !== 'string') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  if (NUMERIC.test(v) && v.length < 16) return Number(v);
  if (DATE.test(v)) return toIsoDate(v);
  if (UPPER_ENUM.test(v) && isKnownEnumValue(v)) return v.toLowerCase();
  return v;
}

function emptyStructure(kind: string | undefined): Structure {
  const s: Structure = { fields: {}, links: {}, actions: {} };
  if (kind) s.kind = kind;
  return s;
}

function readLinks(node: Tree | undefined, into: Record<string, string>): void {
  for (const l of toArray(node)) {
    if (!isObject(l)) continue;
    const rel = l.rel;
    const href = l.href;
    if (typeof rel === 'string' && typeof href === 'string') into[rel] = href;
  }
}

/** Reads a structure of model type `type` (if known), wire element `kind`. */
export function readStructure(node: Tree, type: string | undefined, kind: string | undefined): Structure {
  const s = emptyStructure(kind);
  if (!isObject(node)) {
    // `<cluster/>` or a bare value where a structure was expected
    if (node !== null && node !== '' && !Array.isArray(node)) s.fields.value = guessScalar(node);
    return s;
  }
  fixV3(node, kind);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (v === undefined || key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    switch (key) {
      case 'id':
        if (typeof v !== 'object' || v === null) s.id = String(v);
        else s.fields.id = readMember(v, memberCode(type, key), key);
        continue;
      case 'href':
        if (typeof v === 'string') s.href = v;
        continue;
      case 'link':
        readLinks(v, s.links);
        continue;
      case 'actions':
        if (isObject(v)) {
          readLinks(v.link, s.actions);
          continue;
        }
        if (v === '' || v === null) continue;
        break;
      case 'rel':
        continue;
    }
    s.fields[key] = readMember(v, memberCode(type, key), key);
  }
  return s;
}

/** The items of a list wrapper (`{nic: [...]}`, `<nics><nic/></nics>`), with their element name. */
function unwrapList(v: Tree, name: string): { items: Tree[]; itemKind: string | undefined } {
  if (Array.isArray(v)) return { items: v, itemKind: undefined };
  if (!isObject(v)) return { items: toArray(v), itemKind: undefined };
  const keys = Object.keys(v).filter((k) => k !== 'href' && k !== 'id' && k !== 'link' && k !== 'actions');
  if (keys.length === 0) return { items: [], itemKind: undefined };
  const key = keys.find((k) => Array.isArray(v[k])) ?? keys[0];
  return { items: toArray(v[key]), itemKind: key === name ? undefined : key };
}

function looksLikeWrapper(v: TreeObject, name: string): boolean {
  const keys = Object.keys(v);
  if (keys.length !== 1) return false;
  const k = keys[0];
  if (k === 'id' || k === 'href' || k === 'link') return false;
  if (Array.isArray(v[k])) return true;
  return name === `${k}s` || name === `${k}es` || (name.endsWith('ies') && k.endsWith('y') && name.startsWith(k.slice(0, -1)));
}

export function readMember(v: Tree, code: string | undefined, name: string): Value {
  if (v === null) return null;
  if (code === undefined) return readUnknown(v, name);
  if (code.endsWith('[]')) {
    const base = code.slice(0, -2);
    const { items, itemKind } = unwrapList(v, name);
    return items.map((it) => readTyped(it, base, itemKind ?? base));
  }
  return readTyped(v, code, name);
}

function readTyped(v: Tree, code: string, name: string): Value {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map((x) => readTyped(x, code, name));
  const primitive = code.length === 1 || code.startsWith('#');
  if (isObject(v)) {
    if (primitive) return readStructure(v, undefined, name);
    return readStructure(v, code, name);
  }
  if (primitive) return typedScalar(v, code);
  // a bare value where the model wants a structure: an empty element or a v3 scalar
  if (v === '') return readStructure(v, code, name);
  return guessScalar(v);
}

function readUnknown(v: Tree, name: string): Value {
  if (v === null) return null;
  if (Array.isArray(v)) return v.map((x) => readUnknown(x, name));
  if (isObject(v)) {
    if (looksLikeWrapper(v, name)) {
      const { items, itemKind } = unwrapList(v, name);
      const t = itemKind ? typeOfElement(itemKind) : undefined;
      return items.map((it) => (t ? readTyped(it, t, itemKind ?? t) : readUnknown(it, itemKind ?? name)));
    }
    return readStructure(v, typeOfElement(name), name);
  }
  return guessScalar(v);
}
