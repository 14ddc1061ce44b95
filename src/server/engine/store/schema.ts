import type Database from 'better-sqlite3';

/** Bump together with a new entry in MIGRATIONS. */
export const SCHEMA_VERSION = 1;

/**
 * `parent` is '' for top-level documents: SQLite treats NULLs in a composite primary key
 * as distinct, which would let duplicates of a top-level id slip in.
 * `name` duplicates the document's name so the default "by name, then id" order can use
 * an index instead of parsing JSON.
 */
const V1 = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS docs (
  collection TEXT NOT NULL,
  parent     TEXT NOT NULL DEFAULT '',
  id         TEXT NOT NULL,
  name       TEXT NOT NULL DEFAULT '',
  data       TEXT NOT NULL,
  PRIMARY KEY (collection, parent, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS docs_by_name ON docs (collection, parent, name, id);
CREATE INDEX IF NOT EXISTS docs_by_collection_name ON docs (collection, name, id);
CREATE INDEX IF NOT EXISTS docs_by_parent ON docs (parent);
CREATE INDEX IF NOT EXISTS docs_by_id ON docs (collection, id);
CREATE TABLE IF NOT EXISTS events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  code           INTEGER NOT NULL,
  severity       TEXT NOT NULL,
  description    TEXT NOT NULL,
  time           INTEGER NOT NULL,
  correlation_id TEXT,
  origin         TEXT NOT NULL,
  custom_id      INTEGER NOT NULL,
  flood_rate     INTEGER NOT NULL,
  log_on_host    INTEGER NOT NULL DEFAULT 0,
  custom_data    TEXT,
  refs           TEXT NOT NULL DEFAULT '{}',
  deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_visible ON events (deleted, id);
CREATE TABLE IF NOT EXISTS tokens (
  token      TEXT PRIMARY KEY,
  user       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  data       TEXT
);
CREATE INDEX IF NOT EXISTS tokens_expiry ON tokens (expires_at);
`;

/** MIGRATIONS[n] takes a database at schema version n to n + 1. */
const MIGRATIONS: Array<(db: Database.Database) => void> = [
  (db) => db.exec(V1),
];

/**
 * Brings the schema up to SCHEMA_VERSION inside one transaction, so a crash mid-way leaves
 * the previous version intact. Refuses databases written by a newer build.
 */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  const current = row ? Number(row.value) : 0;
  if (!Number.isInteger(current) || current < 0) throw new Error(`store: unreadable schema version ${row?.value}`);
  if (current > SCHEMA_VERSION) {
    throw new Error(`store: database schema version ${current} is newer than this build supports (${SCHEMA_VERSION})`);
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) MIGRATIONS[v](db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(String(SCHEMA_VERSION));
  })();
}
