/**
 * `SearchContext` over the engine's SQLite store.
 *
 * Parsing thousands of JSON documents costs far more than evaluating a query, so documents
 * come from the Store's shared cache (`listReadonly`), which follows every write. The event
 * list is kept here per store until the database changes: SQLite's `total_changes()` moves on
 * every write through this connection and `data_version` on writes by any other. All of it is
 * deep-frozen, so a caller that tried to modify a document would fail loudly instead of
 * corrupting later searches.
 */
import { deepFreeze } from '../store/doc-cache.ts';
import type { Store } from '../store/store.ts';
import type { Doc, SearchContext, Usage } from './context.ts';

interface EventCache {
  version: string;
  events: Doc[];
}

const eventCaches = new WeakMap<Store, EventCache>();

export interface StoreSearchOptions {
  /** Current usage of VMs and hosts (from the statistics); without it usage fields never match. */
  usage?: (collection: 'vms' | 'hosts', doc: Doc) => Usage | undefined;
}

export function storeSearchContext(store: Store, opts: StoreSearchOptions = {}): SearchContext {
  const db = store.db;
  const versionStmt = db.prepare('SELECT total_changes() AS n');
  return {
    list(collection) {
      return store.listReadonly(collection) as Doc[];
    },
    listWithParent(collection) {
      return store.listReadonlyWithParent(collection) as Array<{ parent: string; doc: Doc }>;
    },
    listEvents() {
      const version = `${String(db.pragma('data_version', { simple: true }))}:${(versionStmt.get() as { n: number }).n}`;
      let c = eventCaches.get(store);
      if (!c || c.version !== version) {
        c = { version, events: deepFreeze(store.listEvents() as unknown as Doc[]) };
        eventCaches.set(store, c);
      }
      return c.events;
    },
    usage: opts.usage,
  };
}
