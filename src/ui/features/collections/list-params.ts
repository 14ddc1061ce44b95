// Collection state lives in the URL (`?search=…&page=…&max=…`) so every list can be
// bookmarked, reloaded and shared; these helpers read and write that state.

// Pages above 200 rows are virtualized (collection-rows.tsx).
/** The largest page the virtualized table is measured with (bench/app.ts scrolls 5,000 rows). */
export const MAX_PAGE = 5000;
export const PAGE_SIZES = [25, 50, 100, 200, 500, 1000, 5000];
/** The engine's own SearchResultsLimit default. */
export const DEFAULT_PAGE_SIZE = 100;

export interface ListParams {
  search: string;
  page: number;
  max: number;
  /** Search field to sort by (`name`, `status`…), sent as `sortby <field> <dir>`. */
  sort: string;
  dir: 'asc' | 'desc';
  /** Shown column ids, comma-separated (`cols=name,status`), when the URL names them. */
  cols?: string;
}

/** `defaultMax` is the page size when the URL names none (the user's preference). */
export function readListParams(params: URLSearchParams, defaultMax = DEFAULT_PAGE_SIZE): ListParams {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const max = Number.parseInt(params.get('max') ?? '', 10);
  const sort = params.get('sort') ?? '';
  return {
    search: (params.get('search') ?? '').trim(),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    max: Number.isFinite(max) && max >= 1 && max <= MAX_PAGE ? max : defaultMax,
    sort: /^[a-z_.]+$/i.test(sort) ? sort : '',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
    ...(params.get('cols') ? { cols: params.get('cols')! } : {}),
  };
}

/** New query string with `changes` applied; defaults are left out to keep URLs short. Other
 * parameters (such as `tab`) are kept. */
export function writeListParams(current: URLSearchParams, changes: Partial<ListParams>, defaultMax = DEFAULT_PAGE_SIZE): URLSearchParams {
  const next = new URLSearchParams(current);
  const merged = { ...readListParams(current, defaultMax), ...changes };
  setOrDelete(next, 'search', merged.search || null);
  setOrDelete(next, 'page', merged.page > 1 ? String(merged.page) : null);
  setOrDelete(next, 'max', merged.max !== defaultMax ? String(merged.max) : null);
  setOrDelete(next, 'sort', merged.sort || null);
  setOrDelete(next, 'dir', merged.sort && merged.dir === 'desc' ? 'desc' : null);
  setOrDelete(next, 'cols', merged.cols || null);
  return next;
}

/** The search expression the engine gets: the user's query plus the column sort, unless the
 * user already wrote a `sortby` of their own. The grammar wants `sortby` before `page`. */
export function searchExpression(params: Pick<ListParams, 'search' | 'sort' | 'dir'>): string {
  const q = params.search.trim();
  if (!params.sort || hasClause(q, 'sortby')) return q;
  const sort = `sortby ${params.sort} ${params.dir}`;
  const page = /(^|\s)(page\s+\d+)\s*$/i.exec(q);
  if (page) {
    const head = q.slice(0, page.index).trim();
    return `${head ? `${head} ` : ''}${sort} ${page[2]}`;
  }
  return `${q ? `${q} ` : ''}${sort}`;
}

/** Whether the query has a `sortby`/`page` clause (outside quoted values). */
function hasClause(q: string, word: 'sortby' | 'page'): boolean {
  return new RegExp(`(^|\\s)${word}\\s`, 'i').test(q.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
}

/** The query without its `sortby … [asc|desc]` clause, for when a header click takes over
 * the sorting. */
export function withoutSortby(q: string): string {
  return q.replace(/(^|\s)sortby\s+\S+(\s+(asc|desc))?(?=\s|$)/i, ' ').replace(/\s+/g, ' ').trim();
}

function setOrDelete(p: URLSearchParams, key: string, value: string | null) {
  if (value === null) p.delete(key);
  else p.set(key, value);
}
