/**
 * Reads request bodies (XML or JSON) into plain objects in model member names, driven only by the
 * API model: scalars are coerced by member type (booleans true/false/0/1 in any case, integers,
 * decimals, dates → ISO 8601 strings, enums matched case-insensitively and lower-cased), unknown
 * elements/keys are ignored, references stay as given (`{id}` or `{name}` — resolving names is the
 * server's job). Any problem throws a `BodyError` whose `reason`/`detail` are ready for a `<fault>`.
 *
 * Hostile input is refused before parsing: DOCTYPE/ENTITY declarations (no entity expansion, no
 * external entities), nesting deeper than `maxDepth` (64), bodies larger than `maxBytes` (8 MiB).
 *
 *   readBody('vm', '<vm><name>web1</name><memory>1073741824</memory><cluster><name>Default</name></cluster></vm>', 'application/xml')
 *   // { name: 'web1', memory: 1073741824, cluster: { name: 'Default' } }
 *   readAction(model.method('vm', 'stop')!.parameters, '{"force": "true"}', 'application/json')
 *   // { force: true }
 */
import { XMLParser, XMLValidator, type EntityDecoderOptions } from 'fast-xml-parser';
import { apiModel, type ApiModel, type ModelMember } from '../../model/api-model.ts';
import type { ModelParameter } from '../../model/model-types.ts';

/** A request body the engine refuses; `status` is 400 except 413 (too large) and 415 (not XML/JSON). */
export class BodyError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly detail: string;
  constructor(status: number, reason: string, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'BodyError';
    this.status = status;
    this.reason = reason;
    this.detail = detail;
  }
}

export interface ReadOptions {
  /** largest accepted body in bytes (default 8 MiB) */
  maxBytes?: number;
  /** deepest accepted element/object nesting (default 64) */
  maxDepth?: number;
}

export type BodyFormat = 'xml' | 'json';

const SYNTAX = 'Request syntactically incorrect.';
const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;

/** Format from the Content-Type; without one, sniffed from the first character. */
export function bodyFormat(contentType: string | undefined, text: string): BodyFormat {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  if (mime === 'application/json' || mime.endsWith('+json')) return 'json';
  if (mime === '' || mime === 'application/octet-stream' || mime === 'text/plain') {
    return text.trimStart().startsWith('{') ? 'json' : 'xml';
  }
  throw new BodyError(415, 'Unsupported Media Type', `Content type '${mime}' is not supported; use application/xml or application/json.`);
}

// ---------- limits checked before any parser runs ----------

function checkSize(text: string, max: number) {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max) throw new BodyError(413, 'Request Entity Too Large', `The request body has ${bytes} bytes; at most ${max} are accepted.`);
}

const TOO_DEEP = (limit: number) => new BodyError(400, SYNTAX, `The request body is nested deeper than ${limit} levels.`);
const UNBALANCED = () => new BodyError(400, SYNTAX, 'The request body is not well-formed: it closes more elements than it opens.');

/** End of the tag starting at `i` (its `>`), skipping quoted attribute values; -1 when unterminated. */
function tagEnd(text: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

/** Nesting depth of XML elements, skipping comments, CDATA and processing instructions. */
function xmlDepth(text: string, limit: number): void {
  let depth = 0;
  for (let i = text.indexOf('<'); i !== -1 && i < text.length; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return;
      i = end;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) return;
      i = end;
    } else if (text[i + 1] === '?' || text[i + 1] === '!') {
      continue;
    } else {
      const end = tagEnd(text, i);
      if (end === -1) return;
      if (text[i + 1] === '/') {
        if (--depth < 0) throw UNBALANCED();
      } else if (text[end - 1] !== '/' && ++depth > limit) throw TOO_DEEP(limit);
      i = end;
    }
  }
}

function jsonDepth(text: string, limit: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > limit) throw TOO_DEEP(limit);
    } else if ((c === 125 || c === 93) && --depth < 0) throw UNBALANCED();
  }
}

// ---------- scalar coercion ----------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** The offending value as quoted in a fault, cut short so a huge value cannot bloat the reply. */
function shown(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function invalid(path: string, raw: unknown, expected: string): BodyError {
  return new BodyError(400, 'Invalid value', `Invalid value '${shown(raw)}' for parameter '${path}'. Expected ${expected}.`);
}

function enumTypeName(name: string) {
  return name.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function coerceScalar(model: ApiModel, type: string, raw: unknown, path: string): unknown {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (type) {
    case 'string':
      if (typeof raw === 'string') return raw;
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      throw invalid(path, raw, 'a string');
    case 'boolean':
      if (typeof text === 'boolean') return text;
      if (typeof text === 'string') {
        const s = text.toLowerCase();
        if (s === 'true' || s === '1') return true;
        if (s === 'false' || s === '0') return false;
      }
      if (text === 1 || text === 0) return text === 1;
      throw invalid(path, raw, 'a boolean (true or false)');
    case 'integer': {
      const n = typeof text === 'number' ? text : typeof text === 'string' && /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
      if (Number.isSafeInteger(n)) return n;
      throw invalid(path, raw, 'an integer');
    }
    case 'decimal': {
      const n = typeof text === 'number' ? text
        : typeof text === 'string' && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
      if (Number.isFinite(n)) return n;
      throw invalid(path, raw, 'a decimal number');
    }
    case 'date': {
      let ms = NaN;
      if (typeof text === 'number') ms = text;
      else if (typeof text === 'string' && /^-?\d+$/.test(text)) ms = Number(text);
      else if (typeof text === 'string' && ISO_DATE.test(text)) ms = Date.parse(text);
      if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return new Date(ms).toISOString();
      throw invalid(path, raw, 'a date (ISO 8601, e.g. 2016-09-08T09:53:35.138+02:00, or epoch milliseconds)');
    }
  }
  const values = model.enumValues(type);
  if (!values) throw invalid(path, raw, type);
  const s = typeof text === 'string' ? text.toLowerCase() : undefined;
  const hit = s === undefined ? undefined : values.find((v) => v === s);
  if (hit !== undefined) return hit;
  const v = shown(raw);
  const name = enumTypeName(type);
  throw new BodyError(400, 'Invalid Enum value',
    `Invalid value '${v}' for parameter '${path}': '${v}' is not a member of ${name}. Possible values for ${name} are: ${values.join(', ')}`);
}

// ---------- XML ----------

/** Children of an element as fast-xml-parser gives them with every element in an array. */
type XNode = string | { [k: string]: XNode[] | string };

const NAMED_ENTITIES: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

/**
 * Only XML's five predefined entities and character references: declared entities never get this
 * far (DOCTYPE is refused), and anything else stays literal text.
 */
function xmlEntityDecoder(): EntityDecoderOptions {
  const decodeOne = (whole: string, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const ok = Number.isInteger(code) && code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return ok ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : whole;
  };
  return {
    setExternalEntities: () => {},
    addInputEntities: () => {},
    reset: () => {},
    setXmlVersion: () => {},
    decode: (text) => (text.includes('&') ? text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,4});/g, decodeOne) : text),
  };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  entityDecoder: xmlEntityDecoder(),
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

const xmlText = (n: XNode): string => (typeof n === 'string' ? n : typeof n['#text'] === 'string' ? n['#text'] : '');
const xmlChildren = (n: XNode, wire: string): XNode[] | undefined => {
  if (typeof n === 'string' || !Object.hasOwn(n, wire)) return undefined;
  const v = n[wire];
  return Array.isArray(v) ? v : undefined;
};
const hasChildElements = (n: XNode) => typeof n !== 'string' && Object.keys(n).some((k) => !k.startsWith('@_') && k !== '#text');

function xmlStruct(model: ApiModel, typeName: string, node: XNode, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof node === 'string') {
    if (node.trim() !== '') throw invalid(path || typeName, node, `a <${model.struct(typeName)?.element ?? typeName}> structure`);
    return out;
  }
  for (const m of model.members(typeName)) {
    const sub = path ? `${path}.${m.name}` : m.name;
    if (m.attr) {
      const a = node[`@_${m.wire}`];
      if (typeof a === 'string') out[m.name] = coerceScalar(model, m.type, a, sub);
      continue;
    }
    const children = xmlChildren(node, m.wire);
    if (!children || children.length === 0) continue;
    if (!m.list) out[m.name] = xmlValue(model, m, children[0], sub);
    else if (m.bare) out[m.name] = children.map((c) => xmlValue(model, m, c, sub));
    else {
      const items = xmlChildren(children[0], m.item ?? m.wire) ?? [];
      out[m.name] = items.map((c) => xmlValue(model, m, c, sub));
    }
  }
  return out;
}

function xmlValue(model: ApiModel, m: ModelMember, node: XNode, path: string): unknown {
  if (model.struct(m.type)) return xmlStruct(model, m.type, node, path);
  if (hasChildElements(node)) throw invalid(path, '<…>', `a single ${m.type} value, not nested elements`);
  return coerceScalar(model, m.type, xmlText(node), path);
}

function parseXml(text: string, element: string, maxDepth: number): XNode {
  if (/<!\s*(?:DOCTYPE|ENTITY)/i.test(text)) {
    throw new BodyError(400, SYNTAX, 'DOCTYPE and ENTITY declarations are not allowed in request bodies.');
  }
  xmlDepth(text, maxDepth);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new BodyError(400, SYNTAX, `The request body is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). Expected a <${element}> document, e.g. <${element}>…</${element}>.`);
  }
  let doc: Record<string, XNode[]>;
  try {
    doc = xmlParser.parse(text);
  } catch (e) {
    throw new BodyError(400, SYNTAX, `The request body could not be parsed (${(e as Error).message}). Expected a <${element}> document.`);
  }
  const roots = Object.keys(doc).filter((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (roots.length !== 1 || !Array.isArray(doc[roots[0]]) || doc[roots[0]].length !== 1) {
    throw new BodyError(400, SYNTAX, `The request body must contain exactly one <${element}> element.`);
  }
  if (roots[0] !== element) {
    throw new BodyError(400, SYNTAX, `Expected a <${element}> element but the request body has <${roots[0]}>.`);
  }
  return doc[roots[0]][0];
}

// ---------- JSON ----------

function jsonStruct(model: ApiModel, typeName: string, obj: unknown, path: string): Record<string, unknown> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    throw invalid(path || typeName, obj, `a JSON object (${typeName})`);
  }
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const m of model.members(typeName)) {
    const key = Object.hasOwn(src, m.wire) ? m.wire : Object.hasOwn(src, m.name) ? m.name : undefined;
    if (key === undefined || src[key] === null || src[key] === undefined) continue;
    const sub = path ? `${path}.${m.name}` : m.name;
    const v = src[key];
    if (!m.list) {
      out[m.name] = jsonValue(model, m, v, sub);
      continue;
    }
    let items: unknown = v;
    if (!m.bare && typeof v === 'object' && !Array.isArray(v)) {
      const inner = (v as Record<string, unknown>)[m.item ?? m.wire];
      items = Object.hasOwn(v as object, m.item ?? m.wire) && inner != null ? inner : [];
    }
    const list = Array.isArray(items) ? items : [items];
    out[m.name] = list.map((item) => jsonValue(model, m, item, sub));
  }
  return out;
}

function jsonValue(model: ApiModel, m: ModelMember, v: unknown, path: string): unknown {
  if (model.struct(m.type)) return jsonStruct(model, m.type, v, path);
  return coerceScalar(model, m.type, v, path);
}

function parseJson(text: string, typeName: string, maxDepth: number): Record<string, unknown> {
  jsonDepth(text, maxDepth);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new BodyError(400, SYNTAX, `The request body is not valid JSON (${(e as Error).message}). Expected a ${typeName} object, e.g. {"name": "…"}.`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new BodyError(400, SYNTAX, `Expected a JSON object describing a ${typeName}, e.g. {"name": "…"}.`);
  }
  return v as Record<string, unknown>;
}

// ---------- entry points ----------

function read(typeName: string, element: string, rawText: string, contentType: string | undefined, opts: ReadOptions) {
  const model = apiModel();
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText; // a UTF-8 BOM some clients send
  if (!model.struct(typeName)) throw new Error(`readBody: '${typeName}' is not a struct type of the API model`);
  checkSize(text, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const format = bodyFormat(contentType, text);
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (text.trim() === '') {
    throw new BodyError(400, SYNTAX, format === 'json'
      ? `The request body is empty. Expected a ${typeName} object, e.g. {"name": "…"}.`
      : `The request body is empty. Expected a <${element}> document, e.g. <${element}>…</${element}>.`);
  }
  return format === 'json'
    ? jsonStruct(model, typeName, parseJson(text, typeName, maxDepth), '')
    : xmlStruct(model, typeName, parseXml(text, element, maxDepth), '');
}

/** Body of an add/update (or any typed input): a `<vm>` document or a bare JSON object. */
export function readBody(typeName: string, text: string, contentType?: string, opts: ReadOptions = {}): Record<string, unknown> {
  const element = apiModel().struct(typeName)?.element ?? typeName;
  return read(typeName, element, text, contentType, opts);
}

/**
 * Body of an action (`<action>…</action>` / `{…}`), keeping only the method's input parameters
 * (plus `grace_period`). An empty body is an action without parameters.
 */
export function readAction(
  actionParams: readonly (ModelParameter | string)[],
  text: string,
  contentType?: string,
  opts: ReadOptions = {},
): Record<string, unknown> {
  if (text.trim() === '') return {};
  const names = new Set(actionParams.map((p) => (typeof p === 'string' ? p : p.in ? p.name : '')));
  names.add('grace_period');
  const all = read('action', 'action', text, contentType, opts);
  return Object.fromEntries(Object.entries(all).filter(([k]) => names.has(k)));
}
