// Parser of the engine's search language: `[Object:] cond {[and|or] cond} [sortby f [asc|desc]] [page N]`.
// AND binds tighter than OR; adjacent conditions are ANDed; no parentheses. Pure: the
// engine's search backend reuses it server-side.
import { fieldOf, objectByAlias, objectByName, operatorsFor, SEVERITY_ORDINAL, v4EnumValue, type FieldDef, type ObjectDef, type Operator } from './objects.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Condition {
  type: 'condition';
  /** Cross-object prefix (`host` in `host.name=x`), lower case. */
  prefix?: string;
  /** Object the field belongs to (the searched object or the prefix's target). */
  object: string;
  /** Field name, lower case; absent for a bare free-text value. */
  field?: string;
  fieldKind?: FieldDef['kind'];
  op?: Operator;
  /** The value as written (quotes removed). */
  value: string;
  quoted: boolean;
  /** Contains `*`. */
  wildcard: boolean;
  /** Enum fields: the engine's name for the value (`MigratingFrom`) and the v4 status it means. */
  enumValue?: { internal: string; v4: string; ordinal?: number };
  /** Date fields given as `Today` / `Yesterday`. */
  relativeDate?: 'today' | 'yesterday';
  start: number;
  end: number;
}

export type Expr = Condition | { type: 'and'; items: Expr[] } | { type: 'or'; items: Expr[] };

export interface SearchAst {
  /** Canonical object name (`Vms`). */
  object: string;
  /** Whether the text named the object (`Vms:`) or it came from the caller. */
  explicitObject: boolean;
  where?: Expr;
  sort?: { field: string; direction: 'asc' | 'desc' };
  page?: number;
}

export interface SearchError {
  position: number;
  end: number;
  message: string;
}

export type ParseResult = { ok: true; ast: SearchAst } | { ok: false; error: SearchError };

export interface ParseOptions {
  /** Object searched when the text has no `Object:` prefix (`Vms`, `vms`, `Hosts` …). */
  object?: string;
}

const KEYWORDS = new Set(['and', 'or', 'sortby', 'asc', 'desc', 'page']);

class Fail extends Error {
  constructor(readonly err: SearchError) {
    super(err.message);
  }
}

function fail(position: number, end: number, message: string): never {
  throw new Fail({ position, end, message });
}

const isKeyword = (t: Token | undefined, k: string) => t?.type === 'word' && t.value.toLowerCase() === k;

function validDate(v: string): boolean {
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?)?$/.test(v)) return true;
  return /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v));
}

function checkValue(f: FieldDef, c: Condition, tok: Token): void {
  const v = c.value;
  switch (f.kind) {
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(v)) fail(tok.start, tok.end, `"${f.name}" takes a number, not "${v}"`);
      return;
    case 'bool':
      if (!/^(true|false)$/i.test(v)) fail(tok.start, tok.end, `"${f.name}" takes true or false, not "${v}"`);
      return;
    case 'date': {
      const l = v.toLowerCase();
      if (l === 'today' || l === 'yesterday') {
        c.relativeDate = l;
        return;
      }
      if (!validDate(v)) fail(tok.start, tok.end, `"${f.name}" takes a date (2024-03-01, 03/01/2024 10:00), Today or Yesterday, not "${v}"`);
      return;
    }
    case 'enum': {
      const hit = f.values!.find((x) => x.toLowerCase() === v.toLowerCase());
      if (!hit) {
        if (c.wildcard) return;
        fail(tok.start, tok.end, `"${v}" is not a value of ${f.name}; use one of: ${f.values!.join(', ')}`);
      }
      c.enumValue = { internal: hit, v4: v4EnumValue(hit), ...(f.ordered && SEVERITY_ORDINAL[hit] !== undefined ? { ordinal: SEVERITY_ORDINAL[hit] } : {}) };
      return;
    }
  }
}

function resolveField(obj: ObjectDef, word: Token): { prefix?: string; target: ObjectDef; field: FieldDef } {
  const raw = word.value;
  const dot = raw.indexOf('.');
  if (dot > 0) {
    const prefix = raw.slice(0, dot).toLowerCase();
    const targetName = obj.crossRefs[prefix];
    if (!targetName) {
      const allowed = Object.keys(obj.crossRefs);
      fail(word.start, word.start + dot, `${obj.name} cannot be searched by "${prefix}"${allowed.length ? `; use one of: ${allowed.join(', ')}` : ''}`);
    }
    const target = objectByName(targetName)!;
    const fname = raw.slice(dot + 1);
    const field = fieldOf(target, fname);
    if (!field) fail(word.start + dot + 1, word.end, `Unknown field "${fname}" for ${prefix}; fields: ${target.fields.map((f) => f.name).join(', ')}`);
    return { prefix, target, field };
  }
  const field = fieldOf(obj, raw);
  if (!field) fail(word.start, word.end, `Unknown field "${raw}" for ${obj.name}; fields: ${obj.fields.map((f) => f.name).join(', ')}`);
  return { target: obj, field };
}

export function parseSearch(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return { ok: true, ast: parseOrThrow(text, options) };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.err };
    throw e;
  }
}

function parseOrThrow(text: string, options: ParseOptions): SearchAst {
  const { tokens, error } = tokenize(text);
  if (error) fail(error.position, error.end, error.message);
  let i = 0;
  let obj: ObjectDef | undefined;
  let explicitObject = false;
  if (tokens[1]?.type === 'colon') {
    obj = objectByAlias(tokens[0].value);
    if (!obj) fail(tokens[0].start, tokens[0].end, `Unknown search object "${tokens[0].value}"`);
    explicitObject = true;
    i = 2;
  } else if (options.object) {
    obj = objectByName(options.object);
    if (!obj) fail(0, 0, `Unknown search object "${options.object}"`);
  } else {
    fail(0, Math.min(text.length, tokens[0]?.end ?? 0), 'The query must start with the object searched, e.g. "Vms:"');
  }
  const ast: SearchAst = { object: obj.name, explicitObject };
  const orGroups: Expr[][] = [];
  let current: Expr[] = [];
  let pendingConnector: Token | undefined;

  const end = text.length;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.type === 'word' && (isKeyword(tok, 'sortby') || isKeyword(tok, 'page')) && !(tokens[i + 1]?.type === 'op')) break;
    if (tok.type === 'word' && (isKeyword(tok, 'and') || isKeyword(tok, 'or')) && tokens[i + 1]?.type !== 'op') {
      if (pendingConnector) fail(tok.start, tok.end, `Expected a condition after "${pendingConnector.value}", found "${tok.value}"`);
      if (current.length === 0) fail(tok.start, tok.end, `Expected a condition before "${tok.value}"`);
      pendingConnector = tok;
      if (isKeyword(tok, 'or')) {
        orGroups.push(current);
        current = [];
      }
      i++;
      continue;
    }
    if (tok.type === 'op') fail(tok.start, tok.end, `Expected a field name before "${tok.value}"`);
    if (tok.type === 'colon') fail(tok.start, tok.end, 'Unexpected ":"');
    const next = tokens[i + 1];
    if (next?.type === 'op') {
      if (tok.type !== 'word') fail(tok.start, tok.end, 'A field name cannot be quoted');
      const { prefix, target, field } = resolveField(obj, tok);
      const op = next.value as Operator;
      const allowed = operatorsFor(field);
      if (!allowed.includes(op)) fail(next.start, next.end, `"${field.name}" does not take "${op}"; use ${allowed.join(' ')}`);
      const valTok = tokens[i + 2];
      if (!valTok || valTok.type === 'op' || valTok.type === 'colon') {
        fail(valTok?.start ?? end, valTok?.end ?? end, `Expected a value after "${field.name}${op}"`);
      }
      // date values may be written with a time: `time > 2024-03-01 10:00`
      let value = valTok.value;
      let valEnd = valTok.end;
      let consumed = 3;
      const after = tokens[i + 3];
      if (field.kind === 'date' && valTok.type === 'word' && after?.type === 'word' && /^\d{1,2}:\d{2}/.test(after.value)) {
        value = `${value} ${after.value}`;
        valEnd = after.end;
        consumed = 4;
      }
      const cond: Condition = {
        type: 'condition',
        ...(prefix ? { prefix } : {}),
        object: target.name,
        field: field.name,
        fieldKind: field.kind,
        op,
        value,
        quoted: valTok.type === 'string',
        wildcard: value.includes('*'),
        start: tok.start,
        end: valEnd,
      };
      checkValue(field, cond, { ...valTok, end: valEnd, value });
      current.push(cond);
      i += consumed;
    } else {
      if (tok.type === 'word' && KEYWORDS.has(tok.value.toLowerCase())) fail(tok.start, tok.end, `Unexpected "${tok.value}"`);
      current.push({ type: 'condition', object: obj.name, value: tok.value, quoted: tok.type === 'string', wildcard: tok.value.includes('*'), start: tok.start, end: tok.end });
      i++;
    }
    pendingConnector = undefined;
  }
  if (pendingConnector) fail(pendingConnector.start, pendingConnector.end, `Expected a condition after "${pendingConnector.value}"`);
  orGroups.push(current);
  const groups = orGroups.filter((g) => g.length).map((g): Expr => (g.length === 1 ? g[0] : { type: 'and', items: g }));
  if (groups.length === 1) ast.where = groups[0];
  else if (groups.length > 1) ast.where = { type: 'or', items: groups };

  if (isKeyword(tokens[i], 'sortby')) {
    const f = tokens[i + 1];
    if (!f || f.type !== 'word' || KEYWORDS.has(f.value.toLowerCase())) fail(f?.start ?? end, f?.end ?? end, 'Expected a field name after "sortby"');
    const field = fieldOf(obj, f.value);
    if (!field) fail(f.start, f.end, `Cannot sort ${obj.name} by "${f.value}"; fields: ${obj.fields.map((x) => x.name).join(', ')}`);
    ast.sort = { field: field.name, direction: 'asc' };
    i += 2;
    if (isKeyword(tokens[i], 'asc') || isKeyword(tokens[i], 'desc')) {
      ast.sort.direction = tokens[i].value.toLowerCase() as 'asc' | 'desc';
      i++;
    }
  }
  if (isKeyword(tokens[i], 'page')) {
    const p = tokens[i + 1];
    if (!p || p.type !== 'word' || !/^\d+$/.test(p.value) || Number(p.value) < 1) fail(p?.start ?? end, p?.end ?? end, '"page" takes a page number (1, 2, …)');
    ast.page = Number(p.value);
    i += 2;
  }
  if (i < tokens.length) {
    const t = tokens[i];
    const what = isKeyword(t, 'sortby') ? '"sortby" must come before "page"' : `Unexpected "${t.value}" at the end of the query`;
    fail(t.start, t.end, what);
  }
  return ast;
}

/** Back to text (canonical spelling), e.g. to show or send a normalised query. */
export function formatSearch(ast: SearchAst, withObject = true): string {
  const cond = (c: Condition) => {
    const v = c.quoted || /\s/.test(c.value) ? `"${c.value.replace(/"/g, '\\"')}"` : c.value;
    return c.field ? `${c.prefix ? `${c.prefix}.` : ''}${c.field}${c.op}${v}` : v;
  };
  const expr = (e: Expr): string => (e.type === 'condition' ? cond(e) : e.items.map(expr).join(e.type === 'and' ? ' and ' : ' or '));
  const parts: string[] = [];
  if (withObject) parts.push(`${ast.object}:`);
  if (ast.where) parts.push(expr(ast.where));
  if (ast.sort) parts.push(`sortby ${ast.sort.field} ${ast.sort.direction}`);
  if (ast.page !== undefined) parts.push(`page ${ast.page}`);
  return parts.join(' ');
}
