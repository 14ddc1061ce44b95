/**
 * Parsed, deep-frozen documents of whole collections (all parents, or one parent), kept by
 * the Store so that readers stop paying JSON.parse for every document on every request.
 *
 * The Store tells the cache about its own writes (a changed document replaces its cached copy
 * when its name — and so its place in the order — stays the same; anything else drops the
 * affected lists). Writes the Store did not make (another connection, raw SQL on `store.db`)
 * are noticed through SQLite's `data_version` and `total_changes()` and clear everything.
 */
import type { Doc } from './types.ts';

export interface CachedList {
  readonly docs: readonly Doc[];
  /** parent of docs[i] */
  readonly parents: readonly string[];
  /** `${parent}\0${id}` → position in docs */
  readonly pos: Map<string, number>;
  withParent?: ReadonlyArray<{ parent: string; doc: Doc }>;
}

/** Any parent: the key of a collection's list over every parent. */
export const ANY_PARENT = '\u0000*';

const keyOf = (collection: string, parent: string) => `${collection}\u0000${parent}`;
export const posKey = (parent: string, id: string) => `${parent}\u0000${id}`;

export function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

export function cachedList(rows: ReadonlyArray<{ parent: string; data: string }>): CachedList {
  const docs: Doc[] = new Array(rows.length);
  const parents: string[] = new Array(rows.length);
  const pos = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const doc = deepFreeze(JSON.parse(rows[i].data) as Doc);
    docs[i] = doc;
    parents[i] = rows[i].parent;
    pos.set(posKey(rows[i].parent, doc.id), i);
  }
  return { docs: Object.freeze(docs), parents: Object.freeze(parents), pos };
}

export class DocCache {
  private readonly lists = new Map<string, CachedList>();

  lookup(collection: string, parent: string): CachedList | undefined {
    return this.lists.get(keyOf(collection, parent));
  }

  store(collection: string, parent: string, list: CachedList): void {
    this.lists.set(keyOf(collection, parent), list);
  }

  /** A cached copy of one document, from its parent's list or the any-parent list. */
  find(collection: string, id: string, parent: string): Doc | undefined {
    for (const list of [this.lookup(collection, parent), this.lookup(collection, ANY_PARENT)]) {
      const i = list?.pos.get(posKey(parent, id));
      if (list && i !== undefined) return list.docs[i];
    }
    return undefined;
  }

  /** The document changed in place (same name, so same position): swap the cached copy. */
  replaced(collection: string, parent: string, id: string, parse: () => Doc): void {
    let doc: Doc | undefined;
    for (const key of [keyOf(collection, parent), keyOf(collection, ANY_PARENT)]) {
      const list = this.lists.get(key);
      const i = list?.pos.get(posKey(parent, id));
      if (!list || i === undefined) {
        // a list that should hold the document but does not is out of step: drop it
        if (list) this.lists.delete(key);
        continue;
      }
      // copy-on-write: someone may still be iterating the array handed out earlier
      const docs = list.docs.slice();
      docs[i] = doc ??= parse();
      this.lists.set(key, { docs: Object.freeze(docs), parents: list.parents, pos: list.pos });
    }
  }

  /** Documents came or went, or moved in the order: forget the affected lists. */
  drop(collection: string, parent: string): void {
    this.lists.delete(keyOf(collection, parent));
    this.lists.delete(keyOf(collection, ANY_PARENT));
  }

  /** Every list of a collection, whatever the parent. */
  dropCollection(collection: string): void {
    const prefix = `${collection}\u0000`;
    for (const key of [...this.lists.keys()]) if (key.startsWith(prefix)) this.lists.delete(key);
  }

  clear(): void {
    this.lists.clear();
  }

  get empty(): boolean {
    return this.lists.size === 0;
  }
}
