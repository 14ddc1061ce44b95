/**
 * JSON representation of engine objects, as the engine's Jackson/JAXB mapping writes it
 * (api-reference §2.3), driven only by the API model: no root wrapper; a collection is
 * `{"vm": [...]}` and an empty one `{}`; integers and booleans are strings, decimals numbers,
 * dates epoch-ms numbers; lists inside objects keep their wrapper (`"nics": {"nic": [...]}`);
 * `"link": [{href, rel}]` and `"actions": {"link": [...]}`. Unknown keys are dropped.
 *
 *   writeJson('vm', { id: '1', memory: 1073741824, stateless: false })
 *   // '{"id":"1","memory":"1073741824","stateless":"false"}'
 *   writeJsonCollection('vm', [])  // '{}'
 *
 * The `*Value` variants return the plain JSON value, for embedding (e.g. an action response).
 */
import { apiModel, type ApiModel, type ModelMember } from '../../model/api-model.ts';
import { attributeFields, orderedFields } from './field-order.ts';
import { booleanValue, decimalNumber, epochMs, integerText, isPlainObject, linkList, scalarIn, stringValue } from './scalars.ts';
import { isPresent, presentMembers, typePlan, type MemberPlan, type TypePlan } from './type-plan.ts';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const MAX_DEPTH = 64;

const JSON_FORMS = { decimal: decimalNumber, date: epochMs };

function scalarJson(model: ApiModel, type: string, v: unknown): Json | undefined {
  return scalarIn(model, type, v, JSON_FORMS);
}

const linkJson = (links: { rel: string; href: string }[]) => links.map((l) => ({ href: l.href, rel: l.rel }));

class JsonOut {
  constructor(private readonly model: ApiModel) {}

  object(typeName: string, value: Record<string, unknown>, depth: number, seen: Set<object>): Record<string, Json> | undefined {
    if (depth > MAX_DEPTH || seen.has(value)) return undefined;
    seen.add(value);
    const out: Record<string, Json> = {};
    for (const [k, v] of attributeFields(this.model, typeName, value)) out[k] = v;
    for (const f of orderedFields(this.model, typeName, value)) {
      if (f.kind === 'actions') out.actions = { link: linkJson(f.links) };
      else if (f.kind === 'links') out.link = linkJson(f.links);
      else if (f.kind === 'creation_status') out.creation_status = f.value;
      else {
        const j = this.member(f.member, f.value, depth, seen);
        if (j !== undefined) out[f.member.wire] = j;
      }
    }
    seen.delete(value);
    return out;
  }

  value(type: string, v: unknown, depth: number, seen: Set<object>): Json | undefined {
    if (this.model.struct(type)) return isPlainObject(v) ? this.object(type, v, depth + 1, seen) : undefined;
    return scalarJson(this.model, type, v);
  }

  private member(m: ModelMember, v: unknown, depth: number, seen: Set<object>): Json | undefined {
    if (!m.list) return this.value(m.type, v, depth, seen);
    const items: Json[] = [];
    for (const item of Array.isArray(v) ? v : [v]) {
      const j = this.value(m.type, item, depth, seen);
      if (j !== undefined) items.push(j);
    }
    if (m.bare) return items;
    return items.length ? { [m.item ?? m.wire]: items } : {};
  }
}

function requireStruct(model: ApiModel, typeName: string) {
  const s = model.struct(typeName);
  if (!s) throw new Error(`writeJson: '${typeName}' is not a struct type of the API model`);
  return s;
}

export function writeJsonValue(typeName: string, value: Record<string, unknown>): Record<string, Json> {
  const model = apiModel();
  requireStruct(model, typeName);
  return new JsonOut(model).object(typeName, value, 0, new Set()) ?? {};
}

export function writeJsonCollectionValue(
  typeName: string,
  values: readonly Record<string, unknown>[],
  opts: { size?: number; actions?: { rel: string; href: string }[] } = {},
): Record<string, Json> {
  const model = apiModel();
  const s = requireStruct(model, typeName);
  const w = new JsonOut(model);
  const out: Record<string, Json> = {};
  if (opts.actions) out.actions = { link: linkJson(opts.actions) };
  if (opts.size !== undefined) out.size = String(Math.max(0, Math.trunc(opts.size)));
  const items = values.filter(isPlainObject).map((v) => w.object(typeName, v, 1, new Set()) ?? {});
  if (items.length) out[s.element] = items;
  return out;
}

const linkText = (links: { rel: string; href: string }[]) =>
  `[${links.map((l) => `{"href":${JSON.stringify(l.href)},"rel":${JSON.stringify(l.rel)}}`).join(',')}]`;

/**
 * The same JSON as `JSON.stringify(writeJsonValue(…))`, built as text straight from the
 * compiled type plans: no intermediate objects, no per-value model lookups.
 */
class JsonText {
  constructor(private readonly model: ApiModel) {}

  object(plan: TypePlan, value: Record<string, unknown>, depth: number, seen: Set<object>): string | undefined {
    if (depth > MAX_DEPTH || seen.has(value)) return undefined;
    seen.add(value);
    // members are written with a leading ',', dropped at the end (concatenation beats arrays + join)
    let out = '';
    if (plan.resource && typeof value.href === 'string') out += `,"href":${JSON.stringify(value.href)}`;
    for (const m of plan.attrs) {
      const v = value[m.name];
      if (typeof v === 'string' || typeof v === 'number') out += `,${m.jsonKey}${JSON.stringify(String(v))}`;
    }
    if (plan.resource && isPresent(value, 'actions')) out += `,"actions":{"link":${linkText(linkList(value.actions))}}`;
    const present = presentMembers(plan, value);
    let j = 0;
    for (; j < present.length && present[j].lead; j++) out += this.member(present[j], value[present[j].name], depth, seen);
    if (plan.resource) {
      if (typeof value.creation_status === 'string') out += `,"creation_status":${JSON.stringify(value.creation_status)}`;
      if (Array.isArray(value.link) && value.link.length) {
        const links = linkList(value.link);
        if (links.length) out += `,"link":${linkText(links)}`;
      }
    }
    for (; j < present.length; j++) out += this.member(present[j], value[present[j].name], depth, seen);
    seen.delete(value);
    return out === '' ? '{}' : `{${out.slice(1)}}`;
  }

  private value(m: MemberPlan, v: unknown, depth: number, seen: Set<object>): string | undefined {
    switch (m.kind) {
      case 'struct':
        return isPlainObject(v) ? this.object(typePlan(this.model, m.type), v, depth + 1, seen) : undefined;
      case 'boolean': {
        const b = booleanValue(v);
        return b === undefined ? undefined : b ? '"true"' : '"false"';
      }
      case 'integer': {
        const t = integerText(v);
        return t === undefined ? undefined : `"${t}"`;
      }
      case 'decimal': {
        const n = decimalNumber(v);
        return n === undefined ? undefined : JSON.stringify(n);
      }
      case 'date': {
        const n = epochMs(v);
        return n === undefined ? undefined : JSON.stringify(n);
      }
      case 'string':
      case 'enum': {
        const t = stringValue(v);
        return t === undefined ? undefined : JSON.stringify(t);
      }
      default:
        return undefined;
    }
  }

  /** `,"wire":value`, or '' when nothing fits. */
  private member(m: MemberPlan, v: unknown, depth: number, seen: Set<object>): string {
    if (!m.list) {
      const j = this.value(m, v, depth, seen);
      return j === undefined ? '' : `,${m.jsonKey}${j}`;
    }
    let items = '';
    for (const item of Array.isArray(v) ? v : [v]) {
      const j = this.value(m, item, depth, seen);
      if (j !== undefined) items += `,${j}`;
    }
    if (m.bare) return `,${m.jsonKey}[${items.slice(1)}]`;
    return items === '' ? `,${m.jsonKey}{}` : `,${m.jsonKey}{${JSON.stringify(m.itemTag)}:[${items.slice(1)}]}`;
  }
}

/** One object as JSON text (no root wrapper). */
export function writeJson(typeName: string, value: Record<string, unknown>): string {
  const model = apiModel();
  requireStruct(model, typeName);
  return new JsonText(model).object(typePlan(model, typeName), value, 0, new Set()) ?? '{}';
}

/** A collection as JSON text: `{"vm":[...]}`, empty `{}`. */
export function writeJsonCollection(
  typeName: string,
  values: readonly Record<string, unknown>[],
  opts: { size?: number; actions?: { rel: string; href: string }[] } = {},
): string {
  const model = apiModel();
  const s = requireStruct(model, typeName);
  const w = new JsonText(model);
  const plan = typePlan(model, typeName);
  const parts: string[] = [];
  if (opts.actions) parts.push(`"actions":{"link":${linkText(opts.actions)}}`);
  if (opts.size !== undefined) parts.push(`"size":"${Math.max(0, Math.trunc(opts.size))}"`);
  const items: string[] = [];
  for (const v of values) if (isPlainObject(v)) items.push(w.object(plan, v, 1, new Set()) ?? '{}');
  if (items.length) parts.push(`${JSON.stringify(s.element)}:[${items.join(',')}]`);
  return `{${parts.join(',')}}`;
}
