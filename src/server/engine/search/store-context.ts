/**
 * `SearchContext` over the engine's SQLite store.
 *
 * Parsing thousands of JSON documents costs far more than evaluating a query, so the
 * parsed collections are kept per store and reused until the database changes: SQLite's
 * `total_changes()` moves on every write through this connection and `data_version` on
 * writes by any other. Cached documents are deep-frozen, so a caller that tried to modify
 * one would fail loudly instead of corrupting later searches.
 */
import type { Store } from '../store/store.ts';
import type { Doc, SearchContext, Usage } from './context.ts';

interface Cache {
  version: string;
  lists: Map<string, Doc[]>;
  withParent: Map<string, Array<{ parent: string; doc: Doc }>>;
  events?: Doc[];
}

const caches = new WeakMap<Store, Cache>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

export interface StoreSearchOptions {
  /** Current usage of VMs and hosts (from the statistics); without it usage fields never match. */
  usage?: (collection: 'vms' | 'hosts', doc: Doc) => Usage | undefined;
}

export function storeSearchContext(store: Store, opts: StoreSearchOptions = {}): SearchContext {
  const db = store.db;
  const versionStmt = db.prepare('SELECT total_changes() AS n');
  const withParentStmt = db.prepare('SELECT parent, data FROM docs WHERE collection = ?');
  const cache = (): Cache => {
    const version = `${String(db.pragma('data_version', { simple: true }))}:${(versionStmt.get() as { n: number }).n}`;
    let c = caches.get(store);
    if (!c || c.version !== version) {
      c = { version, lists: new Map(), withParent: new Map() };
      caches.set(store, c);
    }
    return c;
  };
  return {
    list(collection) {
      const c = cache();
      let l = c.lists.get(collection);
      if (!l) c.lists.set(collection, (l = deepFreeze(store.list(collection))));
      return l;
    },
    listWithParent(collection) {
      const c = cache();
      let l = c.withParent.get(collection);
      if (!l) {
        const rows = withParentStmt.all(collection) as Array<{ parent: string; data: string }>;
        l = deepFreeze(rows.map((r) => ({ parent: r.parent, doc: JSON.parse(r.data) as Doc })));
        c.withParent.set(collection, l);
      }
      return l;
    },
    listEvents() {
      const c = cache();
      if (!c.events) c.events = deepFreeze(store.listEvents() as unknown as Doc[]);
      return c.events;
    },
    usage: opts.usage,
  };
}
