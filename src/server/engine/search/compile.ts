/**
 * Compiles a parsed query into one predicate over documents. Every value is checked and
 * every pattern built here, once; the predicate itself only reads documents and the
 * per-search lookup tables.
 */
import { str, type Doc, type Lookups } from './context.ts';
import { SearchError } from './errors.ts';
import type { Op } from './lexer.ts';
import { OBJECTS } from './objects.ts';
import type { Condition, Where } from './parser.ts';
import type { CrossRef, FieldDef, ObjectDef } from './types.ts';
import { dateOf, parseDate, textMatcher } from './values.ts';

export type Predicate = (doc: Doc) => boolean;

const DEFAULT_OPS: Record<FieldDef['kind'], readonly Op[]> = {
  text: ['=', '!='],
  enum: ['=', '!='],
  bool: ['=', '!='],
  id: ['=', '!='],
  tag: ['=', '!='],
  number: ['=', '!=', '<', '>', '<=', '>='],
  date: ['=', '<', '>'],
};

export function allowedOps(f: FieldDef): readonly Op[] {
  return f.ops ?? DEFAULT_OPS[f.kind];
}

export function findField(obj: ObjectDef, name: string): FieldDef | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(obj.fields, key) ? obj.fields[key] : undefined;
}

export function findCrossRef(obj: ObjectDef, name: string): CrossRef | undefined {
  const key = name.toLowerCase();
  if (Object.hasOwn(obj.crossRefs, key)) return obj.crossRefs[key];
  if (key.endsWith('s') && Object.hasOwn(obj.crossRefs, key.slice(0, -1))) return obj.crossRefs[key.slice(0, -1)];
  return undefined;
}

const at = (c: Condition) => `at position ${c.pos + 1}`;
const fieldList = (obj: ObjectDef) => Object.keys(obj.fields).filter((f) => !f.startsWith('_')).join(', ');

function texts(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => x !== undefined);
  const s = str(v);
  return s === undefined ? undefined : [s];
}

interface CompileOptions { caseSensitive: boolean; L: Lookups }

export function compileWhere(obj: ObjectDef, where: Where, o: CompileOptions): Predicate {
  const segments = where.map((segment) => segment.map((chain) => chain.map((c) => compileCondition(obj, c, o))));
  if (segments.length === 0) return () => true;
  return (doc) => {
    for (const segment of segments) {
      let any = false;
      for (const chain of segment) {
        let all = true;
        for (const p of chain) if (!p(doc)) { all = false; break; }
        if (all) { any = true; break; }
      }
      if (!any) return false;
    }
    return true;
  };
}

function compileCondition(obj: ObjectDef, c: Condition, o: CompileOptions): Predicate {
  if (c.field === undefined) {
    if (!c.quoted && findField(obj, c.value)) {
      throw new SearchError(`expected an operator (=, !=, <, >…) after field '${c.value}' ${at(c)}`, c.pos);
    }
    if (!c.quoted && findCrossRef(obj, c.value)) {
      throw new SearchError(`expected '.' and a field, or an operator, after '${c.value}' ${at(c)}`, c.pos);
    }
    return freeText(obj, c.value, '=', o);
  }
  if (c.crossRef !== undefined) {
    const ref = findCrossRef(obj, c.crossRef);
    if (!ref) {
      const known = Object.keys(obj.crossRefs);
      throw new SearchError(
        `${obj.display} cannot be searched through '${c.crossRef}' ${at(c)}` + (known.length ? `; use one of: ${known.join(', ')}` : ''),
        c.pos,
      );
    }
    const target = OBJECTS[ref.object];
    const field = findField(target, c.field);
    if (!field) throw new SearchError(`unknown field '${c.field}' for ${target.display} in '${c.crossRef}.${c.field}' ${at(c)}; fields: ${fieldList(target)}`, c.pos);
    const p = memoized(fieldPredicate(target, c.field.toLowerCase(), field, c, o));
    const L = o.L;
    return (doc) => ref.related(doc, L).some(p);
  }
  const field = findField(obj, c.field);
  if (field) return fieldPredicate(obj, c.field.toLowerCase(), field, c, o);
  const ref = findCrossRef(obj, c.field);
  if (ref) {
    // `Vms: host=node1`: free text over the related object
    if (c.op !== '=' && c.op !== '!=') throw new SearchError(`operator '${c.op}' is not valid after '${c.field}' ${at(c)}; use = or !=`, c.pos);
    const p = memoized(freeText(OBJECTS[ref.object], c.value, c.op, o));
    const L = o.L;
    return (doc) => ref.related(doc, L).some(p);
  }
  throw new SearchError(`unknown field '${c.field}' for ${obj.display} ${at(c)}; fields: ${fieldList(obj)}`, c.pos);
}

/** Related objects recur across documents (the same host for many VMs): decide each once. */
function memoized(p: Predicate): Predicate {
  const seen = new Map<Doc, boolean>();
  return (doc) => {
    let r = seen.get(doc);
    if (r === undefined) seen.set(doc, (r = p(doc)));
    return r;
  };
}

function freeText(obj: ObjectDef, value: string, op: '=' | '!=', o: CompileOptions): Predicate {
  const match = textMatcher(value, o.caseSensitive, true);
  const fields = Object.entries(obj.fields).filter(([name, f]) => f.kind === 'text' && f.freeText !== false && !name.startsWith('_')).map(([, f]) => f);
  const L = o.L;
  const hit = (doc: Doc) => {
    for (const f of fields) {
      const v = f.get(doc, L);
      if (typeof v === 'string' ? match(v) : Array.isArray(v) && v.some((x) => typeof x === 'string' && match(x))) return true;
    }
    return false;
  };
  return op === '=' ? hit : (doc) => !hit(doc);
}

function fieldPredicate(obj: ObjectDef, name: string, f: FieldDef, c: Condition, o: CompileOptions): Predicate {
  const ops = allowedOps(f);
  if (!ops.includes(c.op)) {
    throw new SearchError(`operator '${c.op}' is not valid for field '${name}' of ${obj.display} ${at(c)}; use ${ops.join(' or ')}`, c.pos);
  }
  const L = o.L;
  const get = f.get;
  const op = c.op;
  switch (f.kind) {
    case 'text':
    case 'id': {
      const match = textMatcher(c.value, f.kind === 'id' ? false : o.caseSensitive, f.contains);
      return (doc) => {
        const vs = texts(get(doc, L));
        if (!vs || vs.length === 0) return false;
        return op === '=' ? vs.some(match) : !vs.some(match);
      };
    }
    case 'number': {
      const n = f.parseValue ? f.parseValue(c.value) : /^-?\d+(\.\d+)?$/.test(c.value) ? Number(c.value) : undefined;
      if (n === undefined) throw new SearchError(`field '${name}' of ${obj.display} expects a number, got '${c.value}' ${at(c)}`, c.pos);
      return (doc) => {
        const v = get(doc, L);
        return typeof v === 'number' && compare(v, n, op);
      };
    }
    case 'date': {
      const d = parseDate(c.value, L.now);
      if (!d) throw new SearchError(`field '${name}' of ${obj.display} expects a date such as 2024-05-01, "2024-05-01 10:00", Today or Yesterday, got '${c.value}' ${at(c)}`, c.pos);
      return (doc) => {
        const t = dateOf(get(doc, L));
        if (t === undefined) return false;
        if (op === '=') return d.wholeDay ? t >= d.start && t < d.end : t === d.start;
        return compare(t, d.start, op);
      };
    }
    case 'bool': {
      const l = c.value.toLowerCase();
      if (l !== 'true' && l !== 'false') throw new SearchError(`field '${name}' of ${obj.display} expects true or false, got '${c.value}' ${at(c)}`, c.pos);
      const want = l === 'true';
      return (doc) => (get(doc, L) === want) === (op === '=');
    }
    case 'enum': {
      const values = f.values ?? [];
      const idx = values.findIndex(([n]) => n.toLowerCase() === c.value.toLowerCase());
      if (idx < 0) {
        throw new SearchError(`unknown ${name} value '${c.value}' for ${obj.display} ${at(c)}; use one of: ${values.map(([n]) => n).join(', ')}`, c.pos);
      }
      if (f.ordinal) {
        const rank = new Map<string, number>();
        values.forEach(([, v4], i) => v4.forEach((x) => rank.set(x, i)));
        return (doc) => {
          const r = rank.get(String(get(doc, L)));
          return r !== undefined && compare(r, idx, op);
        };
      }
      const set = new Set(values[idx][1]);
      return (doc) => {
        const v = get(doc, L);
        if (v === undefined || v === null) return false;
        return set.has(String(v)) === (op === '=');
      };
    }
    case 'tag': {
      const match = textMatcher(c.value, o.caseSensitive);
      const assignments = f.assignments!;
      let wanted: Set<string> | undefined;
      const known = () => {
        if (!wanted) {
          wanted = new Set<string>();
          for (const t of L.list('tags')) if (match(str(t.name) ?? '')) for (const id of L.tagSubtree(t.id)) wanted.add(id);
        }
        return wanted;
      };
      const tagged = (doc: Doc) => {
        const set = known();
        const byId = L.byId('tags');
        return L.tagsOf(assignments, doc.id).some((a) => set.has(a.id) || (!byId.has(a.id) && a.name !== undefined && match(a.name)));
      };
      return op === '=' ? tagged : (doc) => !tagged(doc);
    }
  }
}

function compare(a: number, b: number, op: Op): boolean {
  switch (op) {
    case '=': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
  }
}
