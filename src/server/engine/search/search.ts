/**
 * The embedded engine's search (api-reference §6): `runSearch('vms', 'name=web* and status=up
 * sortby memory desc page 2', { max: 10 }, ctx)`. The REST layer's object prefix comes from
 * the collection; a query may also name its object itself (`Vms: …`) as long as it is the same.
 */
import { resolveQuery } from '../../../api/search/resolve.ts';
import { parseQuery } from '../../../api/search/syntax.ts';
import { Lookups, num, type Doc, type SearchContext } from './context.ts';
import { compileWhere } from './compile.ts';
import { SearchError } from './errors.ts';
import { OBJECTS, SEARCHABLE_COLLECTIONS, objectForPrefix, objectKeyForCollection } from './objects.ts';
import { sortDocs } from './sort.ts';
import type { SortSpec } from './sort.ts';

export { SearchError } from './errors.ts';
export type { Doc, SearchContext, Usage } from './context.ts';
export { SEARCHABLE_COLLECTIONS } from './objects.ts';

export interface SearchOptions {
  /** `case_sensitive=true`: text `=` compares case-sensitively. */
  caseSensitive?: boolean;
  /** Page size (`max`); without it every match is returned and `page` is ignored. */
  max?: number;
  /** Events only: just those with index greater than this (`from`). */
  from?: number | string;
  /** The documents to search instead of the whole collection (a sub-collection's members). */
  docs?: Doc[];
  /** Reference time for Today/Yesterday and uptime (tests); default now. */
  now?: Date;
}

export function isSearchable(collection: string): boolean {
  return objectKeyForCollection(collection) !== undefined;
}

export function runSearch(collection: string, query: string, opts: SearchOptions, ctx: SearchContext): { items: Doc[] } {
  const key = objectKeyForCollection(collection);
  if (!key) throw new SearchError(`search is not supported on ${collection}; searchable collections: ${SEARCHABLE_COLLECTIONS.join(', ')}`);
  const obj = OBJECTS[key];
  // the grammar (shared with the dashboard) parses and checks; from here on, evaluation
  const parsed = parseQuery(query ?? '');
  if (parsed.object) {
    const named = objectForPrefix(parsed.object.name);
    if (named !== key) {
      throw new SearchError(`the search object '${parsed.object.name}' does not match the collection ${collection} (use ${obj.display}: or leave the prefix out)`, parsed.object.pos);
    }
  }
  const checked = resolveQuery(key, parsed);
  const L = new Lookups(ctx, opts.now ?? new Date());
  const predicate = compileWhere(obj, checked.where, { caseSensitive: opts.caseSensitive ?? false, L });
  const primary: SortSpec | undefined = checked.sort ? { field: obj.fields[checked.sort.name], desc: checked.sort.desc } : undefined;
  let docs = opts.docs ?? L.list(obj.collection);
  if (key === 'events' && opts.from !== undefined && opts.from !== '') {
    const from = Number(opts.from);
    if (!Number.isFinite(from)) throw new SearchError(`'from' must be an event index (a number), got '${String(opts.from)}'`);
    docs = docs.filter((e) => (num(e.index) ?? num(e.id) ?? -Infinity) > from);
  }
  const matched = sortDocs(docs.filter(predicate), obj, primary, L);
  const max = opts.max;
  if (max === undefined || max < 0) return { items: matched };
  const page = checked.page ?? 1;
  return { items: matched.slice((page - 1) * max, page * max) };
}
