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
import { apiModel, type ApiModel, type ModelMember } from '../../model/api-model.ts';
import { attributeFields, orderedFields } from './field-order.ts';
import { booleanValue, decimalText, integerText, isPlainObject, stringValue, xmlDate } from './scalars.ts';

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

/** Text of a scalar member, or undefined when the value does not fit the type (then it is dropped). */
export function scalarText(model: ApiModel, type: string, v: unknown): string | undefined {
  switch (type) {
    case 'boolean': {
      const b = booleanValue(v);
      return b === undefined ? undefined : String(b);
    }
    case 'integer':
      return integerText(v);
    case 'decimal':
      return decimalText(v);
    case 'date':
      return xmlDate(v);
    case 'string':
      return stringValue(v);
    default:
      return model.enum(type) ? stringValue(v) : undefined;
  }
}

class XmlOut {
  readonly lines: string[] = [];
  constructor(private readonly model: ApiModel) {}

  private line(depth: number, s: string) {
    this.lines.push(INDENT.repeat(depth) + s);
  }

  links(depth: number, links: { rel: string; href: string }[]) {
    for (const l of links) this.line(depth, `<link href="${escapeAttr(l.href)}" rel="${escapeAttr(l.rel)}"/>`);
  }

  object(typeName: string, value: Record<string, unknown>, element: string, depth: number, seen: Set<object>) {
    if (depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    const attrs = attributeFields(this.model, typeName, value)
      .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
      .join('');
    const start = this.lines.length;
    for (const f of orderedFields(this.model, typeName, value)) {
      if (f.kind === 'actions') {
        if (f.links.length === 0) this.line(depth + 1, '<actions/>');
        else {
          this.line(depth + 1, '<actions>');
          this.links(depth + 2, f.links);
          this.line(depth + 1, '</actions>');
        }
      } else if (f.kind === 'links') this.links(depth + 1, f.links);
      else if (f.kind === 'creation_status') this.line(depth + 1, `<creation_status>${escapeText(f.value)}</creation_status>`);
      else this.member(f.member, f.value, depth + 1, seen);
    }
    seen.delete(value);
    if (this.lines.length === start) {
      this.line(depth, `<${element}${attrs}/>`);
    } else {
      this.lines.splice(start, 0, INDENT.repeat(depth) + `<${element}${attrs}>`);
      this.line(depth, `</${element}>`);
    }
  }

  /** One value of `type` under tag `tag`; returns false when nothing could be written. */
  private value(type: string, v: unknown, tag: string, depth: number, seen: Set<object>): void {
    if (this.model.struct(type)) {
      if (isPlainObject(v)) this.object(type, v, tag, depth, seen);
      return;
    }
    const text = scalarText(this.model, type, v);
    if (text !== undefined) this.line(depth, text === '' ? `<${tag}/>` : `<${tag}>${escapeText(text)}</${tag}>`);
  }

  private member(m: ModelMember, v: unknown, depth: number, seen: Set<object>) {
    if (!m.list) {
      this.value(m.type, v, m.wire, depth, seen);
      return;
    }
    const items = Array.isArray(v) ? v : [v];
    if (m.bare) {
      for (const item of items) this.value(m.type, item, m.wire, depth, seen);
      return;
    }
    const start = this.lines.length;
    for (const item of items) this.value(m.type, item, m.item ?? m.wire, depth + 1, seen);
    if (this.lines.length === start) this.line(depth, `<${m.wire}/>`);
    else {
      this.lines.splice(start, 0, INDENT.repeat(depth) + `<${m.wire}>`);
      this.line(depth, `</${m.wire}>`);
    }
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
  const out = new XmlOut(model);
  out.object(typeName, value, opts.element ?? s.element, 0, new Set());
  return (opts.declaration === false ? '' : DECLARATION) + out.lines.join('\n') + '\n';
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
  if (opts.actions) {
    out.lines.push(INDENT + '<actions>');
    out.links(2, opts.actions);
    out.lines.push(INDENT + '</actions>');
  }
  if (opts.size !== undefined) out.lines.push(`${INDENT}<size>${Math.max(0, Math.trunc(opts.size))}</size>`);
  for (const v of values) if (isPlainObject(v)) out.object(typeName, v, s.element, 1, new Set());
  const body = out.lines.length === 0 ? `<${element}/>` : `<${element}>\n${out.lines.join('\n')}\n</${element}>`;
  return (opts.declaration === false ? '' : DECLARATION) + body + '\n';
}
