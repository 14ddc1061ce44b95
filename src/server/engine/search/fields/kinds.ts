/** Reader helpers shared by the per-object tables. */
import { str } from '../context.ts';
import type { Get, Reader } from '../types.ts';

/** Tag fields: matched through the assignment sub-collection, not read from the document. */
export const tag = (assignments: string): Reader => ({ get: () => undefined, assignments });

/** The engine keeps these as empty text, not NULL, when unset; so `comment!=x` matches them. */
const EMPTY_WHEN_UNSET = new Set(['comment', 'description']);

/** Own member as text. */
export const own = (key: string): Get => (EMPTY_WHEN_UNSET.has(key) ? (d) => str(d[key]) ?? '' : (d) => str(d[key]));
/** Name of the document a ref member points to. */
export const refName = (collection: string, key: string): Get => (d, L) => L.name(collection, d[key]);
/** Name of the data center of the cluster a document belongs to. */
export const dcOfCluster: Get = (d, L) => L.name('data_centers', L.get('clusters', d.cluster)?.data_center);
/** The document's id. */
export const id: Get = (d) => d.id;
