// The dashboard's parser: the shared grammar (syntax.ts, then resolve.ts against the field
// table) — exactly what the engine accepts — with the result as an expression tree.
// Precedence is the engine's: explicit `and` binds tighter than `or`, and conditions written
// side by side are ANDed last (`a or b c` = `(a or b) and c`).
import { SearchQueryError } from './errors.ts';
import { objectForPrefix, objectKey, SEARCH_OBJECTS, type Op, type SearchFieldKind } from './fields.ts';
import { resolveQuery, type ResolvedCondition } from './resolve.ts';
import { parseQuery } from './syntax.ts';

export type Operator = Op;

export interface Condition {
  type: 'condition';
  /** Cross-object prefix (`host` in `host.name=x`, `host=x`), lower case as written. */
  prefix?: string;
  /** Object the field belongs to (the searched object or the prefix's target). */
  object: string;
  /** Field name, lower case; absent for free text (a bare value, or `host=x` over the related object). */
  field?: string;
  fieldKind?: SearchFieldKind;
  /** Absent for a bare value. */
  op?: Operator;
  /** The value as written (quotes removed). */
  value: string;
  quoted: boolean;
  /** Contains `*`. */
  wildcard: boolean;
  /** Enum fields: the engine's name for the value (`MigratingFrom`), the v4 value it means, and its rank for ordered enums. */
  enumValue?: { internal: string; v4: string; ordinal?: number };
  /** Date fields given as `Today` / `Yesterday`. */
  relativeDate?: 'today' | 'yesterday';
  start: number;
  end: number;
}

/** `and` with `adjacent`: conditions written side by side (ANDed last, loosest). */
export type Expr = Condition | { type: 'and'; items: Expr[]; adjacent?: boolean } | { type: 'or'; items: Expr[] };

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

export function parseSearch(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return { ok: true, ast: parseOrThrow(text, options) };
  } catch (e) {
    if (!(e instanceof SearchQueryError)) throw e;
    const position = e.position ?? 0;
    return { ok: false, error: { position, end: Math.max(position, e.end ?? position), message: e.detail } };
  }
}

function parseOrThrow(text: string, options: ParseOptions): SearchAst {
  const q = parseQuery(text);
  const given = options.object ? objectKey(options.object) : undefined;
  if (options.object && !given) throw new SearchQueryError(`unknown search object '${options.object}'`, 0, 0);
  let key = given;
  if (q.object) {
    const named = objectForPrefix(q.object.name);
    const at = q.object.pos;
    const end = at + q.object.name.length;
    if (!named) throw new SearchQueryError(`'${q.object.name}' is not searchable here`, at, end);
    // the engine answers a collection's search only for its own object
    if (given && named !== given) {
      const own = SEARCH_OBJECTS[given];
      throw new SearchQueryError(`the search object '${q.object.name}' does not match the collection ${own.collection} (use ${own.display}: or leave the prefix out)`, at, end);
    }
    key = named;
  }
  if (!key) {
    const first = /\S+/.exec(text);
    throw new SearchQueryError('The query must start with the object searched, e.g. "Vms:"', 0, first ? first.index + first[0].length : 0);
  }
  const r = resolveQuery(key, q);
  const ast: SearchAst = { object: SEARCH_OBJECTS[key].display, explicitObject: q.object !== undefined };
  const one = (items: Expr[], make: (items: Expr[]) => Expr): Expr => (items.length === 1 ? items[0] : make(items));
  const segments = r.where.map((segment) =>
    one(segment.map((chain) => one(chain.map(condition), (items) => ({ type: 'and', items }))), (items) => ({ type: 'or', items })));
  if (segments.length) ast.where = one(segments, (items) => ({ type: 'and', items, adjacent: true }));
  if (r.sort) ast.sort = { field: r.sort.name, direction: r.sort.desc ? 'desc' : 'asc' };
  if (r.page !== undefined) ast.page = r.page;
  return ast;
}

function condition(r: ResolvedCondition): Condition {
  const c = r.cond;
  const out: Condition = {
    type: 'condition',
    object: SEARCH_OBJECTS[r.object].display,
    value: c.value,
    quoted: c.quoted,
    wildcard: c.value.includes('*'),
    start: c.pos,
    end: c.end,
  };
  if (r.type === 'freeText') {
    // `host=node1`: free text over the related host
    if (r.crossRef !== undefined && c.field !== undefined) return { ...out, prefix: c.field.toLowerCase(), op: c.op };
    return out;
  }
  Object.assign(out, { field: r.name, fieldKind: r.field.kind, op: c.op });
  if (c.crossRef !== undefined) out.prefix = c.crossRef.toLowerCase();
  if (r.enumIndex !== undefined) {
    const [internal, v4] = r.field.values![r.enumIndex];
    out.enumValue = { internal, v4: v4[0] ?? '', ...(r.field.ordinal ? { ordinal: r.enumIndex } : {}) };
  }
  if (r.field.kind === 'date') {
    const l = c.value.toLowerCase();
    if (l === 'today' || l === 'yesterday') out.relativeDate = l;
  }
  return out;
}

/** Back to text (canonical spelling), e.g. to show or send a normalised query. */
export function formatSearch(ast: SearchAst, withObject = true): string {
  const cond = (c: Condition) => {
    const v = c.quoted || /\s/.test(c.value) ? `"${c.value}"` : c.value;
    if (c.field) return `${c.prefix ? `${c.prefix}.` : ''}${c.field}${c.op}${v}`;
    return c.prefix ? `${c.prefix}${c.op}${v}` : v;
  };
  const expr = (e: Expr): string => {
    if (e.type === 'condition') return cond(e);
    const joint = e.type === 'or' ? ' or ' : e.adjacent ? ' ' : ' and ';
    return e.items.map(expr).join(joint);
  };
  const parts: string[] = [];
  if (withObject) parts.push(`${ast.object}:`);
  if (ast.where) parts.push(expr(ast.where));
  if (ast.sort) parts.push(`sortby ${ast.sort.field} ${ast.sort.direction}`);
  if (ast.page !== undefined) parts.push(`page ${ast.page}`);
  return parts.join(' ');
}
