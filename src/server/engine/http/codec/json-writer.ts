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
import { booleanValue, decimalNumber, epochMs, integerText, isPlainObject, stringValue } from './scalars.ts';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const MAX_DEPTH = 64;

function scalarJson(model: ApiModel, type: string, v: unknown): Json | undefined {
  switch (type) {
    case 'boolean': {
      const b = booleanValue(v);
      return b === undefined ? undefined : String(b);
    }
    case 'integer':
      return integerText(v);
    case 'decimal':
      return decimalNumber(v);
    case 'date':
      return epochMs(v);
    case 'string':
      return stringValue(v);
    default:
      return model.enum(type) ? stringValue(v) : undefined;
  }
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

/** One object as JSON text (no root wrapper). */
export function writeJson(typeName: string, value: Record<string, unknown>): string {
  return JSON.stringify(writeJsonValue(typeName, value));
}

/** A collection as JSON text: `{"vm":[...]}`, empty `{}`. */
export function writeJsonCollection(
  typeName: string,
  values: readonly Record<string, unknown>[],
  opts: { size?: number; actions?: { rel: string; href: string }[] } = {},
): string {
  return JSON.stringify(writeJsonCollectionValue(typeName, values, opts));
}
