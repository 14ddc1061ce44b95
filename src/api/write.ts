// Serialises fields (plain values, nested objects, lists, references, or model Structures)
// back to the wire: XML for v3 and v4, JSON for v4. Lists get their wrapper element
// (`devices: ['hd']` → <devices><device>hd</device></devices>), references keep only id/name.
import type { Structure } from './resource.ts';
import { elementOfType, memberCode, singularOf, typeOfElement } from './model-types.ts';

/** What callers may pass: model values or plain objects. */
export type Input = string | number | boolean | null | undefined | Structure | Input[] | { [k: string]: Input };
export type InputFields = Record<string, Input>;

function isStructure(v: unknown): v is Structure {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'fields' in v && 'links' in v && typeof (v as Structure).fields === 'object';
}

/** Flattens a Structure into a plain member map (id first, links and actions dropped). */
function membersOf(v: Input): Record<string, Input> {
  if (isStructure(v)) return { ...(v.id !== undefined ? { id: v.id } : {}), ...(v.fields as Record<string, Input>) };
  return v as Record<string, Input>;
}

function isObj(v: Input): v is Structure | { [k: string]: Input } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function scalarText(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

function childType(type: string | undefined, name: string): { code?: string; list: boolean; base?: string } {
  const code = memberCode(type, name);
  if (!code) return { list: false, base: typeOfElement(name) };
  const list = code.endsWith('[]');
  const base = list ? code.slice(0, -2) : code;
  return { code, list, base: base.length > 1 && !base.startsWith('#') ? base : undefined };
}

function itemElement(name: string, base: string | undefined): string {
  return base ? elementOfType(base) : singularOf(name);
}

// v3 wants some data as attributes (`<os type=><boot dev=/>`, `<topology cores= sockets=>`).
const V3_ATTRIBUTES: Record<string, string[]> = {
  topology: ['cores', 'sockets', 'threads'],
  os: ['type'],
  version: ['major', 'minor', 'build', 'revision'],
  mac: ['address'],
  ip: ['address', 'netmask', 'gateway', 'version'],
  over_commit: ['percent'],
};

function xmlElement(name: string, value: Input, type: string | undefined, dialect: 3 | 4): string {
  if (value === undefined) return '';
  if (value === null) return `<${name}/>`;
  if (!isObj(value)) return `<${name}>${esc(scalarText(value as string))}</${name}>`;
  let m = { ...membersOf(value) };
  let tag = name;
  if (dialect === 3) {
    if (name === 'over_commit') tag = 'overcommit';
    if (name === 'os' && isObj(m.boot ?? null)) {
      const boot = membersOf(m.boot as Input);
      const devs = Array.isArray(boot.devices) ? boot.devices : [];
      const rest = { ...m };
      delete rest.boot;
      m = rest;
      const bootXml = devs.map((d) => `<boot dev="${esc(scalarText(d as string))}"/>`).join('');
      return openTag(tag, m, name, dialect) + bootXml + body(m, type, name, dialect) + `</${tag}>`;
    }
    if (name === 'cpu' && typeof m.type === 'string') {
      m = { ...m, id: m.type };
      delete m.type;
    }
  }
  return openTag(tag, m, name, dialect) + body(m, type, name, dialect) + `</${tag}>`;
}

function attrNames(name: string, dialect: 3 | 4): string[] {
  return ['id', 'href', ...(dialect === 3 ? (V3_ATTRIBUTES[name] ?? []) : [])];
}

function openTag(tag: string, m: Record<string, Input>, name: string, dialect: 3 | 4): string {
  let s = `<${tag}`;
  for (const a of attrNames(name, dialect)) {
    const v = m[a];
    if (v !== undefined && v !== null && !isObj(v) && !Array.isArray(v)) s += ` ${a}="${esc(scalarText(v))}"`;
  }
  return `${s}>`;
}

function body(m: Record<string, Input>, type: string | undefined, name: string, dialect: 3 | 4): string {
  const skip = new Set(attrNames(name, dialect));
  let s = '';
  for (const [k, v] of Object.entries(m)) {
    if (v === undefined || (skip.has(k) && !isObj(v) && !Array.isArray(v))) continue;
    const t = childType(type, k);
    if (Array.isArray(v)) {
      const item = itemElement(k, t.base);
      s += `<${k}>${v.map((x) => xmlElement(item, x, t.base, dialect)).join('')}</${k}>`;
    } else s += xmlElement(k, v, t.base, dialect);
  }
  return s;
}

/** XML for an object of wire element `kind` (`vm`, `action`) with the given fields. */
export function toXml(kind: string, fields: InputFields, dialect: 3 | 4 = 4): string {
  const type = typeOfElement(kind) ?? kind;
  return xmlElement(kind, fields, type, dialect);
}

function jsonValue(value: Input, type: string | undefined): unknown {
  if (value === undefined) return undefined;
  if (value === null || !isObj(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(membersOf(value))) {
    if (v === undefined) continue;
    const t = childType(type, k);
    if (Array.isArray(v)) out[k] = { [itemElement(k, t.base)]: v.map((x) => jsonValue(x, t.base)) };
    else out[k] = jsonValue(v, t.base);
  }
  return out;
}

/** JSON (v4 wire shape) for an object of wire element `kind`. */
export function toJson(kind: string, fields: InputFields): string {
  return JSON.stringify(jsonValue(fields, typeOfElement(kind) ?? kind));
}
