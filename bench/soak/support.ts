/**
 * Shared pieces of the soak suite: temp dirs, a raw HTTP client for the engine (paths are sent
 * exactly as given, so traversal attempts reach the server unnormalised), and a read-only view
 * of the engine's SQLite file to prove rejected writes changed nothing.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ADMIN_PASSWORD = 'soak-secret';
export const API = '/ovirt-engine/api';

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawOptions {
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  agent?: http.Agent | false;
}

/** One request to a 127.0.0.1 server; rejects on network errors and on timeout. */
export function rawRequest(baseUrl: string, method: string, rawPath: string, opts: RawOptions = {}): Promise<RawReply> {
  const base = new URL(baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`soak traffic stays on 127.0.0.1, not ${base.hostname}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: base.hostname, port: base.port, method, path: rawPath, headers: opts.headers, agent: opts.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${method} ${rawPath.slice(0, 120)}`)));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** admin@internal against one engine, with an SSO bearer token and a keep-alive agent. */
export class EngineClient {
  private token = '';
  readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  constructor(public url: string, private readonly password = ADMIN_PASSWORD) {}

  async login(): Promise<this> {
    const body = `grant_type=password&scope=ovirt-app-api&username=${encodeURIComponent('admin@internal')}&password=${encodeURIComponent(this.password)}`;
    const r = await rawRequest(this.url, 'POST', '/ovirt-engine/sso/oauth/token', {
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (r.status !== 200) throw new Error(`SSO login failed: ${r.status} ${r.text.slice(0, 200)}`);
    this.token = JSON.parse(r.text).access_token;
    return this;
  }

  req(method: string, p: string, opts: { body?: string | Buffer; contentType?: string; accept?: string; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<RawReply> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}`, accept: opts.accept ?? 'application/json', ...opts.headers };
    if (opts.body !== undefined && opts.contentType) headers['content-type'] = opts.contentType;
    return rawRequest(this.url, method, p, { headers, body: opts.body, agent: this.agent, timeoutMs: opts.timeoutMs });
  }

  async json<T = any>(method: string, p: string, body?: unknown): Promise<{ status: number; body: T; headers: http.IncomingHttpHeaders }> {
    const r = await this.req(method, p, body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' });
    let parsed: any;
    try {
      parsed = r.text ? JSON.parse(r.text) : undefined;
    } catch {
      parsed = r.text;
    }
    return { status: r.status, body: parsed, headers: r.headers };
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * A read-only look at the engine's database. `PRAGMA data_version` moves whenever another
 * connection commits, which makes "nothing was written" cheap to check; the digest covers
 * documents and events (tokens are session bookkeeping, not inventory).
 */
export class StoreProbe {
  private readonly db: Database.Database;

  constructor(dbFile: string) {
    this.db = new Database(dbFile, { readonly: true, fileMustExist: true });
  }

  version(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  digest(): string {
    const h = createHash('sha256');
    for (const row of this.db.prepare('SELECT collection, parent, id, data FROM docs ORDER BY collection, parent, id').raw().iterate()) {
      h.update(JSON.stringify(row));
    }
    for (const row of this.db.prepare('SELECT id, code, severity, description, deleted FROM events ORDER BY id').raw().iterate()) {
      h.update(JSON.stringify(row));
    }
    return h.digest('hex');
  }

  /** `PRAGMA integrity_check` joined into one line: 'ok' when the file is sound. */
  integrity(): string {
    return (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
  }

  close(): void {
    this.db.close();
  }
}

/** Bounded in count and in time: stops at whichever comes first. */
export function budget(maxCount: number, maxMs: number): { next(): boolean; count: number; timedOut: boolean } {
  const end = Date.now() + maxMs;
  const b = {
    count: 0,
    timedOut: false,
    next(): boolean {
      if (b.count >= maxCount) return false;
      if (Date.now() > end) {
        b.timedOut = true;
        return false;
      }
      b.count++;
      return true;
    },
  };
  return b;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Is this a 4xx answer in the engine's fault shape (404 is empty by design, api-reference §4)? */
export function isFault(r: RawReply): boolean {
  if (r.status === 404 || r.status === 401 || r.status === 405) return true;
  const t = r.text.trim();
  if (t.startsWith('{')) {
    try {
      const j = JSON.parse(t);
      const f = j.fault ?? j;
      return typeof f.reason === 'string' || typeof f.detail === 'string';
    } catch {
      return false;
    }
  }
  return /<fault>|<action>[\s\S]*<fault>/.test(t);
}
