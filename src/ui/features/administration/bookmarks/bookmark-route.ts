// A bookmark is a saved search as the engine keeps it: `Vms: status=up`. Opening one means the
// collection the search object lists, with the rest of the text as its `?search=`; saving one
// writes the object name the engine expects in front of the query.
import { objectByAlias, objectByName, objectForCollection } from '../../../../api/search/objects.ts';

export interface BookmarkTarget {
  /** Entry-point rel of the collection (`vms`, `storagedomains`). */
  rel: string;
  /** The query without its `Object:` prefix (empty: the whole collection). */
  search: string;
}

/** Where a bookmark's value leads; null when it names no object this app can search. */
export function bookmarkTarget(value: string): BookmarkTarget | null {
  const m = /^\s*([A-Za-z_]+)\s*:(.*)$/s.exec(value);
  if (!m) return null;
  const obj = objectByAlias(m[1]);
  if (!obj) return null;
  return { rel: obj.collection.replace(/_/g, ''), search: m[2].trim() };
}

/** App route of a bookmark's search, given the collection's route (`/vms`). */
export function bookmarkRoute(collectionRoute: string, search: string): string {
  return search ? `${collectionRoute}?${new URLSearchParams({ search }).toString()}` : collectionRoute;
}

/** The value to store for a search of an object, named as the search bar knows it (`Vms`)
 * or by its collection rel (`storagedomains`): `Vms`, `status=up` → `Vms: status=up`. */
export function bookmarkValue(object: string, search: string): string | null {
  const obj = objectByName(object) ?? objectForCollection(object);
  if (!obj) return null;
  const q = search.trim();
  const named = /^\s*([A-Za-z_]+)\s*:/.exec(q);
  if (named && objectByAlias(named[1])) return q;
  return q ? `${obj.name}: ${q}` : `${obj.name}:`;
}
