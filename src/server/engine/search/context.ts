/**
 * What the search needs from the engine, and per-search lookup tables built on demand.
 * The server implements `SearchContext` over the store (see `storeSearchContext`); tests
 * implement it over plain arrays.
 */
export type Doc = { id: string } & Record<string, unknown>;

export interface Usage {
  /** percent */
  cpu?: number;
  /** percent */
  memory?: number;
  /** percent */
  network?: number;
  /** host CPU load average */
  load?: number;
}

export interface SearchContext {
  /** Every document of a collection; for a sub-collection (`vm_tags`), those of all parents. */
  list(collection: string): Doc[];
  /** Sub-collection documents with the id of the document that owns them. */
  listWithParent(collection: string): Array<{ parent: string; doc: Doc }>;
  /** Visible (not deleted) events, any order. */
  listEvents(): Doc[];
  /** Current usage of a VM or host (the statistics); absent → usage fields never match. */
  usage?(collection: 'vms' | 'hosts', doc: Doc): Usage | undefined;
}

export interface Ref { id?: string; name?: string }

export function refId(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Ref).id === 'string') return (v as Ref).id;
  return undefined;
}

/** Shared empty result: lookups run per document and should not allocate for nothing. */
export const NONE: readonly never[] = Object.freeze([]);

/** A list member as the store writes it (array) or as the wire wraps it (`{ nic: [...] }`). */
export function listOf(v: unknown): readonly Record<string, unknown>[] {
  if (Array.isArray(v)) return v as Record<string, unknown>[];
  if (v && typeof v === 'object') {
    const vals = Object.values(v as Record<string, unknown>);
    if (vals.length === 1 && Array.isArray(vals[0])) return vals[0] as Record<string, unknown>[];
  }
  return NONE;
}

/** `doc.a.b.c`, undefined where a level is missing (fixed arity: this runs for every document). */
export function path(doc: unknown, a: string, b?: string, c?: string): unknown {
  if (!doc || typeof doc !== 'object') return undefined;
  let cur = (doc as Record<string, unknown>)[a];
  if (b === undefined) return cur;
  if (!cur || typeof cur !== 'object') return undefined;
  cur = (cur as Record<string, unknown>)[b];
  if (c === undefined) return cur;
  if (!cur || typeof cur !== 'object') return undefined;
  return (cur as Record<string, unknown>)[c];
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
export const toMiB = (v: unknown): number | undefined => { const n = num(v); return n === undefined ? undefined : Math.floor(n / MIB); };
export const toGiB = (v: unknown): number | undefined => { const n = num(v); return n === undefined ? undefined : Math.floor(n / GIB); };

/** "4.7" from a model `version` structure. */
export function versionText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const major = num(path(v, 'major'));
  const minor = num(path(v, 'minor'));
  return major === undefined ? undefined : `${major}.${minor ?? 0}`;
}

/** Tables built at most once per search, only when a condition needs them. */
export class Lookups {
  private readonly memo = new Map<string, unknown>();

  constructor(readonly ctx: SearchContext, readonly now: Date) {}

  cached<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = build();
    this.memo.set(key, v);
    return v;
  }

  // per-collection tables in their own maps: these are hit for every document, so no key strings are built
  private readonly lists = new Map<string, Doc[]>();
  private readonly ids = new Map<string, Map<string, Doc>>();
  private readonly groups = new Map<string, Map<string, Map<string, Doc[]>>>();
  private readonly kids = new Map<string, Map<string, Doc[]>>();

  list(collection: string): Doc[] {
    let l = this.lists.get(collection);
    if (!l) {
      l = collection === 'events' ? this.ctx.listEvents() : this.ctx.list(collection);
      this.lists.set(collection, l);
    }
    return l;
  }

  byId(collection: string): Map<string, Doc> {
    let m = this.ids.get(collection);
    if (!m) {
      m = new Map(this.list(collection).map((d) => [d.id, d]));
      this.ids.set(collection, m);
    }
    return m;
  }

  /** The referenced document (`ref` is `{ id }` or an id). */
  get(collection: string, ref: unknown): Doc | undefined {
    const id = refId(ref);
    return id === undefined ? undefined : this.byId(collection).get(id);
  }

  name(collection: string, ref: unknown): string | undefined {
    const d = this.get(collection, ref);
    return d ? str(d.name) : undefined;
  }

  /** Documents of `collection` grouped by a key (e.g. VMs by the id of their host). */
  groupBy(collection: string, keyName: string, key: (d: Doc) => string | string[] | undefined): Map<string, Doc[]> {
    let byKey = this.groups.get(collection);
    if (!byKey) this.groups.set(collection, (byKey = new Map()));
    let m = byKey.get(keyName);
    if (!m) {
      m = new Map<string, Doc[]>();
      for (const d of this.list(collection)) {
        const k = key(d);
        for (const one of Array.isArray(k) ? k : k === undefined ? [] : [k]) {
          const arr = m.get(one);
          if (arr) arr.push(d);
          else m.set(one, [d]);
        }
      }
      byKey.set(keyName, m);
    }
    return m;
  }

  /** Sub-collection documents by owner id. */
  children(collection: string): Map<string, Doc[]> {
    let m = this.kids.get(collection);
    if (!m) {
      m = new Map<string, Doc[]>();
      for (const { parent, doc } of this.ctx.listWithParent(collection)) {
        const arr = m.get(parent);
        if (arr) arr.push(doc);
        else m.set(parent, [doc]);
      }
      this.kids.set(collection, m);
    }
    return m;
  }

  usage(collection: 'vms' | 'hosts', doc: Doc): Usage | undefined {
    const m = this.cached(`usage:${collection}`, () => new Map<string, Usage | undefined>());
    if (!m.has(doc.id)) m.set(doc.id, this.ctx.usage?.(collection, doc));
    return m.get(doc.id);
  }

  /** Tag ids with their descendants: tag id → ids of the tag and every tag below it. */
  tagSubtree(tagId: string): string[] {
    const kids = this.cached('tagKids', () => {
      const m = new Map<string, string[]>();
      for (const t of this.list('tags')) {
        const p = refId(t.parent);
        if (!p) continue;
        const arr = m.get(p);
        if (arr) arr.push(t.id);
        else m.set(p, [t.id]);
      }
      return m;
    });
    const out: string[] = [];
    const seen = new Set<string>();
    const stack = [tagId];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      stack.push(...(kids.get(id) ?? []));
    }
    return out;
  }

  /**
   * Tags assigned to an object: ids from the `<kind>_tags` sub-collection (a document per
   * assignment carrying the tag's id, or `tag: { id }`), plus names for assignments whose tag
   * is unknown to `/tags`.
   */
  tagsOf(assignments: string, objectId: string): Array<{ id: string; name?: string }> {
    const m = this.cached(`tagsOf:${assignments}`, () => {
      const byObj = new Map<string, Array<{ id: string; name?: string }>>();
      const owner = assignments.replace(/_tags$/, '');
      for (const { parent, doc } of this.ctx.listWithParent(assignments)) {
        const obj = parent || refId(doc[owner]);
        if (!obj) continue;
        const id = refId(doc.tag) ?? doc.id;
        const arr = byObj.get(obj) ?? [];
        arr.push({ id, name: str(doc.name) });
        byObj.set(obj, arr);
      }
      return byObj;
    });
    return m.get(objectId) ?? [];
  }
}
