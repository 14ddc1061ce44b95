// Which columns a table shows: the URL's `cols=` (a shared view) first, then the user's own
// choice for this collection (localStorage, per user and per collection), then the defaults.
// Only column ids are stored — never anything from the session.
import type { ColumnDef } from '../columns.ts';

const PREFIX = 'vantage.columns.v1';

/** Collection pattern for keys: hrefs with ids replaced (`/hosts/*\/nics`), so a choice made on
 * one host's NICs holds for every host's. */
export function collectionPattern(href: string, apiBase: string): string {
  const path = href.split('?')[0];
  const rest = path.startsWith(apiBase) ? path.slice(apiBase.length) : path;
  return (
    '/' +
    rest
      .split('/')
      .filter(Boolean)
      .map((seg, i) => (i % 2 === 1 ? '*' : seg))
      .join('/')
  );
}

export function columnsStorageKey(userName: string, pattern: string): string {
  return `${PREFIX}:${userName || 'anonymous'}:${pattern}`;
}

/** Column ids from a `cols=` value or a stored value; null when absent or unusable. */
export function parseColumnIds(value: string | null | undefined): string[] | null {
  if (!value) return null;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9_.]+$/i.test(s));
  return ids.length ? [...new Set(ids)] : null;
}

export function formatColumnIds(ids: string[]): string {
  return ids.join(',');
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStoredColumns(storage: StorageLike | undefined, key: string): string[] | null {
  try {
    return parseColumnIds(storage?.getItem(key));
  } catch {
    return null;
  }
}

export function storeColumns(storage: StorageLike | undefined, key: string, ids: string[] | null): void {
  try {
    if (ids) storage?.setItem(key, formatColumnIds(ids));
    else storage?.removeItem(key);
  } catch {
    // storage full or disabled: the choice lasts for this page only
  }
}

/** The columns to show, in the table's order. Ids that this page lacks are ignored; the name
 * column always stays (it is the row's link); a choice that leaves nothing falls back. */
export function visibleColumns(available: ColumnDef[], defaults: ColumnDef[], chosen: string[] | null): ColumnDef[] {
  if (!chosen) return defaults;
  const wanted = new Set(chosen);
  const shown = available.filter((c) => wanted.has(c.id) || c.kind === 'name');
  return shown.length ? shown : defaults;
}

/** Whether a column can be hidden (the name column links the row, so it stays). */
export function isHideable(column: ColumnDef): boolean {
  return column.kind !== 'name';
}
