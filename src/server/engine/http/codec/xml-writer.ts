/**
 * XML representation of engine objects, driven only by the API model (api-reference §2.2): `id` and
 * `href` as attributes, `<actions>` first, then name/description/comment, `<link>`s, then the other
 * members in XSD order; lists wrapped (`<nics><nic/></nics>`), booleans `true|false`, dates
 * `2016-09-08T09:53:35.138+00:00`. Keys that are not model members are never emitted.
 *
 * Input is a plain object in model member names (snake_case); the server adds `href`, and
 * `actions: [{rel, href}]` / `link: [{rel, href}]` for identified objects. References are `{id, href}`.
 *
 *   writeXml('vm', { id: '1', href: '/ovirt-engine/api/vms/1', name: 'web1', status: 'up',
 *                    cluster: { id: 'c1', href: '/ovirt-engine/api/clusters/c1' } })
 *   // <?xml …?>\n<vm href="/ovirt-engine/api/vms/1" id="1">\n    <name>web1</name> …
 *   writeXmlCollection('vm', [])   // <?xml …?>\n<vms/>
 */
import { apiModel, type ApiModel } from '../../model/api-model.ts';
import { booleanValue, decimalText, integerText, isPlainObject, linkList, scalarIn, stringValue, xmlDate } from './scalars.ts';
import { isPresent, presentMembers, typePlan, type MemberPlan, type TypePlan } from './type-plan.ts';

export interface XmlWriteOptions {
  /** element name instead of the type's own (e.g. a type written under another tag) */
  element?: string;
  /** prepend `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` (default true) */
  declaration?: boolean;
}

export interface XmlCollectionOptions extends XmlWriteOptions {
  /** `<size>`: number of items returned (the engine's `detail=size`) */
  size?: number;
  /** collection-level `<actions>` (e.g. events → undelete) */
  actions?: { rel: string; href: string }[];
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const INDENT = '    ';
/** Cyclic or absurdly deep documents are cut off rather than recursing forever. */
const MAX_DEPTH = 64;

// XML 1.0 forbids most C0 controls and lone surrogates even as character references.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Fast path: most values (ids, names, numbers) need no escaping at all.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML_CHARS, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const XML_FORMS = { decimal: decimalText, date: xmlDate };

/** Text of a scalar member, or undefined when the value does not fit the type (then it is dropped). */
export function scalarText(model: ApiModel, type: string, v: unknown): string | undefined {
  return scalarIn(model, type, v, XML_FORMS);
}

const indents: string[] = [''];
const indent = (depth: number) => {
  while (indents.length <= depth) indents.push(indents[indents.length - 1] + INDENT);
  return indents[depth];
};

/**
 * Builds the document as text, each line ending in '\n'. An element's content is written
 * first and wrapped afterwards (`<x/>` when there was none); string concatenation keeps that
 * cheap (V8 joins the pieces once, at the end) where an array of lines would be spliced.
 */
class XmlOut {
  constructor(private readonly model: ApiModel) {}

  links(depth: number, links: { rel: string; href: string }[]): string {
    const pad = indent(depth);
    let out = '';
    for (const l of links) out += `${pad}<link href="${escapeAttr(l.href)}" rel="${escapeAttr(l.rel)}"/>\n`;
    return out;
  }

  object(typeName: string, value: Record<string, unknown>, element: string, depth: number, seen: Set<object>): string {
    return this.planned(typePlan(this.model, typeName), value, element, depth, seen);
  }

  private planned(plan: TypePlan, value: Record<string, unknown>, element: string, depth: number, seen: Set<object>): string {
    if (depth > MAX_DEPTH || seen.has(value)) return '';
    seen.add(value);
    let attrs = '';
    if (plan.resource && typeof value.href === 'string') attrs += ` href="${escapeAttr(value.href)}"`;
    for (const m of plan.attrs) {
      const v = value[m.name];
      if (typeof v === 'string' || typeof v === 'number') attrs += ` ${m.wire}="${escapeAttr(String(v))}"`;
    }
    let body = '';
    if (plan.resource && isPresent(value, 'actions')) {
      const links = linkList(value.actions);
      if (links.length === 0) body += `${indent(depth + 1)}<actions/>\n`;
      else body += `${indent(depth + 1)}<actions>\n${this.links(depth + 2, links)}${indent(depth + 1)}</actions>\n`;
    }
    const present = presentMembers(plan, value);
    let j = 0;
    for (; j < present.length && present[j].lead; j++) body += this.member(present[j], value[present[j].name], depth + 1, seen);
    if (plan.resource) {
      if (typeof value.creation_status === 'string') body += `${indent(depth + 1)}<creation_status>${escapeText(value.creation_status)}</creation_status>\n`;
      if (Array.isArray(value.link) && value.link.length) body += this.links(depth + 1, linkList(value.link));
    }
    for (; j < present.length; j++) body += this.member(present[j], value[present[j].name], depth + 1, seen);
    seen.delete(value);
    const pad = indent(depth);
    return body === '' ? `${pad}<${element}${attrs}/>\n` : `${pad}<${element}${attrs}>\n${body}${pad}</${element}>\n`;
  }

  /** One value of the member's type under tag `tag`; nothing when it does not fit the type. */
  private value(m: MemberPlan, v: unknown, tag: string, depth: number, seen: Set<object>): string {
    let text: string | undefined;
    switch (m.kind) {
      case 'struct':
        return isPlainObject(v) ? this.planned(typePlan(this.model, m.type), v, tag, depth, seen) : '';
      case 'boolean': {
        const b = booleanValue(v);
        text = b === undefined ? undefined : b ? 'true' : 'false';
        break;
      }
      case 'integer':
        text = integerText(v);
        break;
      case 'decimal':
        text = decimalText(v);
        break;
      case 'date':
        text = xmlDate(v);
        break;
      case 'string':
      case 'enum':
        text = stringValue(v);
        break;
      default:
        return '';
    }
    if (text === undefined) return '';
    return text === '' ? `${indent(depth)}<${tag}/>\n` : `${indent(depth)}<${tag}>${escapeText(text)}</${tag}>\n`;
  }

  private member(m: MemberPlan, v: unknown, depth: number, seen: Set<object>): string {
    if (!m.list) return this.value(m, v, m.wire, depth, seen);
    const items = Array.isArray(v) ? v : [v];
    let body = '';
    if (m.bare) {
      for (const item of items) body += this.value(m, item, m.wire, depth, seen);
      return body;
    }
    for (const item of items) body += this.value(m, item, m.itemTag, depth + 1, seen);
    const pad = indent(depth);
    return body === '' ? `${pad}<${m.wire}/>\n` : `${pad}<${m.wire}>\n${body}${pad}</${m.wire}>\n`;
  }
}

function requireStruct(model: ApiModel, typeName: string) {
  const s = model.struct(typeName);
  if (!s) throw new Error(`writeXml: '${typeName}' is not a struct type of the API model`);
  return s;
}

/** One object as an XML document. */
export function writeXml(typeName: string, value: Record<string, unknown>, opts: XmlWriteOptions = {}): string {
  const model = apiModel();
  const s = requireStruct(model, typeName);
  const body = new XmlOut(model).object(typeName, value, opts.element ?? s.element, 0, new Set());
  return (opts.declaration === false ? '' : DECLARATION) + (body === '' ? '\n' : body);
}

/** A collection (`<vms><vm/>…</vms>`, empty `<vms/>`) as an XML document. */
export function writeXmlCollection(
  typeName: string,
  values: readonly Record<string, unknown>[],
  opts: XmlCollectionOptions = {},
): string {
  const model = apiModel();
  const s = requireStruct(model, typeName);
  const element = opts.element ?? s.collection ?? `${s.element}s`;
  const out = new XmlOut(model);
  let body = '';
  if (opts.actions) body += `${INDENT}<actions>\n${out.links(2, opts.actions)}${INDENT}</actions>\n`;
  if (opts.size !== undefined) body += `${INDENT}<size>${Math.max(0, Math.trunc(opts.size))}</size>\n`;
  for (const v of values) if (isPlainObject(v)) body += out.object(typeName, v, s.element, 1, new Set());
  const doc = body === '' ? `<${element}/>\n` : `<${element}>\n${body}</${element}>\n`;
  return (opts.declaration === false ? '' : DECLARATION) + doc;
}
