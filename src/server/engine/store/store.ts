import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { isOwnedBy } from './collections.ts';
import { ANY_PARENT, cachedList, DocCache, deepFreeze, type CachedList } from './doc-cache.ts';
import { cloneJson, deepMerge, isPlainObject } from './merge.ts';
import { migrate } from './schema.ts';
import {
  EVENT_REF_KEYS,
  StoreError,
  type Doc,
  type ListEventsOptions,
  type ListOptions,
  type NewEvent,
  type StoredEvent,
  type TokenRecord,
} from './types.ts';

export * from './types.ts';
export { COLLECTION_TYPES, SUB_COLLECTION_OWNERS } from './collections.ts';

interface DocRow { collection: string; parent: string; id: string; name: string; data: string }
interface EventRow {
  id: number; code: number; severity: string; description: string; time: number;
  correlation_id: string | null; origin: string; custom_id: number; flood_rate: number;
  log_on_host: number; custom_data: string | null; refs: string; deleted: number;
}
interface TokenRow { token: string; user: string; kind: string; expires_at: number; data: string | null }

const SEVERITIES = new Set(['normal', 'warning', 'error', 'alert']);

/**
 * The engine's persistence: JSON documents keyed by (collection, parent, id), the audit
 * log, auth tokens and a little metadata, in one SQLite file.
 *
 * Every method is synchronous; a write has reached the disk (WAL + synchronous=FULL)
 * when the call returns, so an acknowledged change survives kill -9 and power loss.
 *
 * `parent` is the owning document's id for sub-collections and omitted for top-level
 * collections. Where a method takes an optional `parent`, leaving it out means "any
 * parent": `list('vm_nics')` lists every VM's NICs, `get('vm_nics', id)` finds the NIC
 * wherever it lives (top-level documents first).
 */
export class Store {
  private readonly statements = new Map<string, Database.Statement>();
  private closed = false;
  private readonly cache = new DocCache();
  /** `data_version:total_changes` as of the last time the cache was known to match the database */
  private seenVersion = '';
  /** depth of `transaction()` calls: a rollback there clears the cache */
  private ownTx = 0;

  private constructor(readonly db: Database.Database, readonly file: string) {}

  static open(file: string): Store {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return new Store(db, file);
  }

  // ---- documents -------------------------------------------------------------------

  list(collection: string, parent?: string, options: ListOptions = {}): Doc[] {
    const rows = (parent === undefined
      ? this.stmt('SELECT data FROM docs WHERE collection = ? ORDER BY name, id').all(collection)
      : this.stmt('SELECT data FROM docs WHERE collection = ? AND parent = ? ORDER BY name, id').all(collection, parent)
    ) as Array<{ data: string }>;
    const docs = rows.map((r) => JSON.parse(r.data) as Doc);
    return options.sort ? docs.sort(options.sort) : docs;
  }

  get(collection: string, id: string, parent?: string): Doc | undefined {
    const row = this.findRow(collection, id, parent);
    return row ? (JSON.parse(row.data) as Doc) : undefined;
  }

  /**
   * `list`, but shared: deep-frozen documents (and a frozen array) kept until the database
   * changes, so readers that only look — serializers, search — skip parsing JSON. Copy before
   * changing anything (`{ ...doc }`); writing to them throws.
   */
  listReadonly(collection: string, parent?: string): readonly Doc[] {
    return this.cachedList(collection, parent).docs;
  }

  /** Every document of the collection with the parent it is stored under (shared, frozen). */
  listReadonlyWithParent(collection: string): ReadonlyArray<{ parent: string; doc: Doc }> {
    const list = this.cachedList(collection, undefined);
    if (!list.withParent) list.withParent = Object.freeze(list.docs.map((doc, i) => Object.freeze({ parent: list.parents[i], doc })));
    return list.withParent;
  }

  /** `get`, but shared and deep-frozen like `listReadonly`. */
  getReadonly(collection: string, id: string, parent?: string): Doc | undefined {
    this.checkVersion();
    if (parent !== undefined) {
      const hit = this.cache.find(collection, id, parent);
      if (hit) return hit;
    }
    const row = this.findRow(collection, id, parent);
    if (!row) return undefined;
    return this.cache.find(collection, id, row.parent) ?? deepFreeze(JSON.parse(row.data) as Doc);
  }

  /** The parent id a document is stored under ('' for top-level), or undefined if absent. */
  parentOf(collection: string, id: string): string | undefined {
    return this.findRow(collection, id, undefined)?.parent;
  }

  find(collection: string, predicate: (doc: Doc) => boolean, parent?: string): Doc[] {
    return this.list(collection, parent).filter(predicate);
  }

  count(collection: string, parent?: string): number {
    const row = (parent === undefined
      ? this.stmt('SELECT count(*) AS n FROM docs WHERE collection = ?').get(collection)
      : this.stmt('SELECT count(*) AS n FROM docs WHERE collection = ? AND parent = ?').get(collection, parent)
    ) as { n: number };
    return row.n;
  }

  /** Stores a new document; generates a UUID when `doc.id` is missing. */
  insert(collection: string, doc: Record<string, unknown>, parent = ''): Doc {
    if (!isPlainObject(doc)) throw new StoreError('invalid', `${collection}: a document must be an object`);
    const id = doc.id === undefined || doc.id === null || doc.id === '' ? randomUUID() : doc.id;
    if (typeof id !== 'string') throw new StoreError('invalid', `${collection}: id must be a string`);
    const stored = { ...cloneJson(doc), id } as Doc;
    const result = this.ownWrite(() => {
      this.cache.drop(collection, parent);
      return this.stmt(
        'INSERT INTO docs (collection, parent, id, name, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ).run(collection, parent, id, nameOf(stored), JSON.stringify(stored));
    });
    if (result.changes === 0) throw new StoreError('duplicate', `${collection}: a document with id ${id} already exists`);
    return stored;
  }

  /** Deep-merges `patch` into the document (see deepMerge); undefined when it does not exist. */
  update(collection: string, id: string, patch: Record<string, unknown>, parent?: string): Doc | undefined {
    if (!isPlainObject(patch)) throw new StoreError('invalid', `${collection}: a patch must be an object`);
    return this.transaction(() => {
      const row = this.findRow(collection, id, parent);
      if (!row) return undefined;
      const merged = { ...deepMerge(JSON.parse(row.data) as Record<string, unknown>, patch), id } as Doc;
      this.write(row, merged);
      return merged;
    });
  }

  /** Replaces the whole document (keeping its id); undefined when it does not exist. */
  replace(collection: string, id: string, doc: Record<string, unknown>, parent?: string): Doc | undefined {
    if (!isPlainObject(doc)) throw new StoreError('invalid', `${collection}: a document must be an object`);
    return this.transaction(() => {
      const row = this.findRow(collection, id, parent);
      if (!row) return undefined;
      const stored = { ...cloneJson(doc), id } as Doc;
      this.write(row, stored);
      return stored;
    });
  }

  /** Removes the document and, recursively, the documents it owns. False when absent. */
  remove(collection: string, id: string, parent?: string): boolean {
    return this.transaction(() => {
      const row = this.findRow(collection, id, parent);
      if (!row) return false;
      this.ownWrite(() => this.removeTree(row.collection, row.parent, row.id));
      return true;
    });
  }

  /** Runs `fn` atomically; a call inside another transaction joins it. */
  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    this.ownTx++;
    try {
      return this.db.transaction(fn)();
    } catch (err) {
      // rolled back: cached copies of what was written inside are no longer true
      this.cache.clear();
      throw err;
    } finally {
      this.ownTx--;
    }
  }

  // ---- events ------------------------------------------------------------------------

  addEvent(event: NewEvent): StoredEvent {
    if (!Number.isInteger(event.code)) throw new StoreError('invalid', 'event code must be an integer');
    if (!SEVERITIES.has(event.severity)) throw new StoreError('invalid', `unknown event severity ${String(event.severity)}`);
    if (typeof event.description !== 'string') throw new StoreError('invalid', 'event description must be text');
    const time = toEpochMs(event.time);
    const refs: Record<string, string> = {};
    for (const key of EVENT_REF_KEYS) {
      const ref = event.refs?.[key];
      const refId = typeof ref === 'string' ? ref : ref?.id;
      if (refId) refs[key] = refId;
    }
    const result = this.ownWrite(() => this.stmt(
      `INSERT INTO events (code, severity, description, time, correlation_id, origin, custom_id, flood_rate, log_on_host, custom_data, refs)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      event.code, event.severity, event.description, time, event.correlation_id ?? null, event.origin ?? 'oVirt',
      event.custom_id ?? -1, event.flood_rate ?? 30, event.log_on_host ? 1 : 0, event.custom_data ?? null, JSON.stringify(refs),
    ));
    return this.getEvent(Number(result.lastInsertRowid), true)!;
  }

  /** Newest first. */
  listEvents(options: ListEventsOptions = {}): StoredEvent[] {
    const from = options.from === undefined || options.from === '' ? 0 : Number(options.from);
    if (!Number.isFinite(from)) throw new StoreError('invalid', `event index ${String(options.from)} is not a number`);
    const max = options.max === undefined ? -1 : Math.max(0, Math.floor(options.max));
    const sql = options.includeDeleted
      ? 'SELECT * FROM events WHERE id > ? ORDER BY id DESC LIMIT ?'
      : 'SELECT * FROM events WHERE deleted = 0 AND id > ? ORDER BY id DESC LIMIT ?';
    return (this.stmt(sql).all(from, max) as EventRow[]).map(eventFromRow);
  }

  getEvent(id: number | string, includeDeleted = false): StoredEvent | undefined {
    const n = Number(id);
    if (!Number.isInteger(n)) return undefined;
    const row = this.stmt('SELECT * FROM events WHERE id = ?').get(n) as EventRow | undefined;
    if (!row || (row.deleted && !includeDeleted)) return undefined;
    return eventFromRow(row);
  }

  /** Hides the event (kept for `undeleteEvents`). False when there is no visible event with that id. */
  deleteEvent(id: number | string): boolean {
    const n = Number(id);
    if (!Number.isInteger(n)) return false;
    return this.ownWrite(() => this.stmt('UPDATE events SET deleted = 1 WHERE id = ? AND deleted = 0').run(n).changes > 0);
  }

  /** Brings back every hidden event; returns how many. */
  undeleteEvents(): number {
    return this.ownWrite(() => this.stmt('UPDATE events SET deleted = 0 WHERE deleted = 1').run().changes);
  }

  /** The highest event index ever handed out (0 when none). */
  lastEventIndex(): number {
    const row = this.stmt("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  // ---- tokens ------------------------------------------------------------------------

  putToken(record: TokenRecord): void {
    if (!record.token) throw new StoreError('invalid', 'token must not be empty');
    this.ownWrite(() => this.stmt(
      `INSERT INTO tokens (token, user, kind, expires_at, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(token) DO UPDATE SET user = excluded.user, kind = excluded.kind, expires_at = excluded.expires_at, data = excluded.data`,
    ).run(record.token, record.user, record.kind, Math.floor(record.expiresAt), record.data === undefined ? null : JSON.stringify(record.data)));
  }

  /** The token's record, or undefined when unknown or expired. */
  getToken(token: string, now = Date.now()): TokenRecord | undefined {
    const row = this.stmt('SELECT * FROM tokens WHERE token = ?').get(token) as TokenRow | undefined;
    if (!row || row.expires_at <= now) return undefined;
    const record: TokenRecord = { token: row.token, user: row.user, kind: row.kind, expiresAt: row.expires_at };
    if (row.data !== null) record.data = JSON.parse(row.data);
    return record;
  }

  deleteToken(token: string): boolean {
    return this.ownWrite(() => this.stmt('DELETE FROM tokens WHERE token = ?').run(token).changes > 0);
  }

  /** Drops expired tokens; returns how many. */
  purgeExpired(now = Date.now()): number {
    return this.ownWrite(() => this.stmt('DELETE FROM tokens WHERE expires_at <= ?').run(now).changes);
  }

  // ---- meta --------------------------------------------------------------------------

  getMeta(key: string): string | undefined {
    return (this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.ownWrite(() => this.stmt('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.cache.clear();
    this.db.close();
  }

  // ---- internals ---------------------------------------------------------------------

  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private findRow(collection: string, id: string, parent: string | undefined): DocRow | undefined {
    if (parent !== undefined) {
      return this.stmt('SELECT * FROM docs WHERE collection = ? AND parent = ? AND id = ?').get(collection, parent, id) as DocRow | undefined;
    }
    return this.stmt('SELECT * FROM docs WHERE collection = ? AND id = ? ORDER BY parent LIMIT 1').get(collection, id) as DocRow | undefined;
  }

  private write(row: DocRow, doc: Doc): void {
    const json = JSON.stringify(doc);
    const name = nameOf(doc);
    this.ownWrite(() => {
      this.stmt('UPDATE docs SET name = ?, data = ? WHERE collection = ? AND parent = ? AND id = ?')
        .run(name, json, row.collection, row.parent, row.id);
      // same name, same place in the order: the cached lists keep it where it was
      if (name === row.name) this.cache.replaced(row.collection, row.parent, row.id, () => deepFreeze(JSON.parse(json) as Doc));
      else this.cache.drop(row.collection, row.parent);
    });
  }

  private cachedList(collection: string, parent: string | undefined): CachedList {
    this.checkVersion();
    const key = parent ?? ANY_PARENT;
    const hit = this.cache.lookup(collection, key);
    if (hit) return hit;
    const rows = (parent === undefined
      ? this.stmt('SELECT parent, data FROM docs WHERE collection = ? ORDER BY name, id').all(collection)
      : this.stmt('SELECT parent, data FROM docs WHERE collection = ? AND parent = ? ORDER BY name, id').all(collection, parent)
    ) as Array<{ parent: string; data: string }>;
    const list = cachedList(rows);
    // Inside someone else's transaction a rollback would go unnoticed: read, but do not keep.
    if (!this.db.inTransaction || this.ownTx > 0) this.cache.store(collection, key, list);
    return list;
  }

  private version(): string {
    const dataVersion = this.stmt('PRAGMA data_version').pluck().get() as number;
    const changes = this.stmt('SELECT total_changes()').pluck().get() as number;
    return `${dataVersion}:${changes}`;
  }

  /** Anything written that the Store did not write itself (other connections, raw SQL) clears the cache. */
  private checkVersion(): void {
    const v = this.version();
    if (v !== this.seenVersion) {
      this.cache.clear();
      this.seenVersion = v;
    }
  }

  /** Runs a write of this Store's own; the cache is told about it inside `fn`. */
  private ownWrite<T>(fn: () => T): T {
    // Nothing cached, nothing to keep in step (bulk writes such as seeding stay cheap); the next
    // read finds the version moved and starts from an empty cache anyway.
    if (this.cache.empty) return fn();
    this.checkVersion();
    try {
      return fn();
    } finally {
      // raw writes inside someone else's transaction: a rollback would go unnoticed
      if (this.db.inTransaction && this.ownTx === 0) this.cache.clear();
      this.seenVersion = this.version();
    }
  }

  private removeTree(collection: string, parent: string, id: string): void {
    const children = this.stmt('SELECT collection, parent, id FROM docs WHERE parent = ?').all(id) as DocRow[];
    for (const child of children) {
      if (isOwnedBy(child.collection, collection)) this.removeTree(child.collection, child.parent, child.id);
    }
    this.cache.drop(collection, parent);
    this.stmt('DELETE FROM docs WHERE collection = ? AND parent = ? AND id = ?').run(collection, parent, id);
  }
}

function nameOf(doc: Doc): string {
  return typeof doc.name === 'string' ? doc.name : '';
}

function toEpochMs(time: NewEvent['time']): number {
  if (time === undefined) return Date.now();
  const ms = time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new StoreError('invalid', `event time ${String(time)} is not a date`);
  return ms;
}

function eventFromRow(row: EventRow): StoredEvent {
  const event: StoredEvent = {
    id: String(row.id),
    index: row.id,
    code: row.code,
    severity: row.severity as StoredEvent['severity'],
    time: new Date(row.time).toISOString(),
    description: row.description,
    origin: row.origin,
    custom_id: row.custom_id,
    flood_rate: row.flood_rate,
    log_on_host: row.log_on_host === 1,
  };
  if (row.correlation_id !== null) event.correlation_id = row.correlation_id;
  if (row.custom_data !== null) event.custom_data = row.custom_data;
  const refs = JSON.parse(row.refs) as Record<string, string>;
  for (const key of EVENT_REF_KEYS) if (refs[key]) event[key] = { id: refs[key] };
  return event;
}
