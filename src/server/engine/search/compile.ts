/**
 * Compiles a checked query (src/api/search resolveQuery) into one predicate over documents.
 * The grammar has already refused unknown fields, wrong operators and malformed values; here
 * every pattern is built once, and the predicate itself only reads documents and the
 * per-search lookup tables.
 */
import type { Op } from '../../../api/search/fields.ts';
import type { FieldCondition, ResolvedCondition } from '../../../api/search/resolve.ts';
import { str, type Doc, type Lookups } from './context.ts';
import { SearchError } from './errors.ts';
import { OBJECTS } from './objects.ts';
import type { FieldDef, ObjectDef } from './types.ts';
import { dateOf, parseDate, textMatcher } from './values.ts';

export type Predicate = (doc: Doc) => boolean;

function texts(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => x !== undefined);
  const s = str(v);
  return s === undefined ? undefined : [s];
}

interface CompileOptions { caseSensitive: boolean; L: Lookups }

export function compileWhere(obj: ObjectDef, where: ResolvedCondition[][][], o: CompileOptions): Predicate {
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

function compileCondition(obj: ObjectDef, c: ResolvedCondition, o: CompileOptions): Predicate {
  const target = OBJECTS[c.object];
  const p = c.type === 'freeText' ? freeText(target, c.cond.value, c.cond.op === '!=' ? '!=' : '=', o) : fieldPredicate(target, target.fields[c.name], c, o);
  if (c.crossRef === undefined) return p;
  const ref = obj.crossRefs[c.crossRef];
  const seen = memoized(p);
  const L = o.L;
  return (doc) => ref.related(doc, L).some(seen);
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

function fieldPredicate(obj: ObjectDef, f: FieldDef, c: FieldCondition, o: CompileOptions): Predicate {
  const L = o.L;
  const get = f.get;
  const { op, value } = c.cond;
  switch (f.kind) {
    case 'text':
    case 'id': {
      const match = textMatcher(value, f.kind === 'id' ? false : o.caseSensitive, f.contains);
      return (doc) => {
        const vs = texts(get(doc, L));
        if (!vs || vs.length === 0) return false;
        return op === '=' ? vs.some(match) : !vs.some(match);
      };
    }
    case 'number': {
      const n = c.number!;
      return (doc) => {
        const v = get(doc, L);
        return typeof v === 'number' && compare(v, n, op);
      };
    }
    case 'date': {
      const d = parseDate(value, L.now);
      if (!d) throw new SearchError(`field '${c.name}' of ${obj.display} expects a date, got '${value}'`, c.cond.valuePos);
      return (doc) => {
        const t = dateOf(get(doc, L));
        if (t === undefined) return false;
        if (op === '=') return d.wholeDay ? t >= d.start && t < d.end : t === d.start;
        return compare(t, d.start, op);
      };
    }
    case 'bool': {
      const want = c.bool!;
      return (doc) => (get(doc, L) === want) === (op === '=');
    }
    case 'enum': {
      const values = f.values ?? [];
      const idx = c.enumIndex!;
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
      const match = textMatcher(value, o.caseSensitive);
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
