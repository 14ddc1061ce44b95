/**
 * A stand-in oVirt engine that answers from recorded responses, so the dashboard and the
 * proxy can be driven against what real v3 and v4 engines sent.
 *
 * Fixtures: `<fixturesDir>/index.tsv` with columns `method path_query status content_type file`
 * (further columns ignored; `file` relative to fixturesDir; empty file = empty body).
 * Authentication follows the real engines closely enough for the proxy's login paths:
 * v4 has the SSO token endpoint (Bearer tokens), v3 answers it 404 and uses Basic with
 * `Prefer: persistent-auth` sessions (JSESSIONID).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface ReplayOptions {
  fixturesDir: string;
  port?: number;
  host?: string;
  version: 3 | 4;
}

export interface RunningReplay {
  url: string;
  /** `METHOD path?query` of API reads that had no recording (answered 404), in order. */
  unmatched: string[];
  /** Forgets every token and session, as an engine restart or session timeout does. */
  expireSessions(): void;
  close(): Promise<void>;
}

/** The one password the replay engine refuses, to exercise the "wrong password" paths. */
export const REPLAY_WRONG_PASSWORD = 'wrong';

const SSO_TOKEN_PATH = '/ovirt-engine/sso/oauth/token';
const SSO_LOGOUT_PATH = '/ovirt-engine/services/sso-logout';
const MAX_FORM_BYTES = 64 * 1024;

interface Recording {
  status: number;
  contentType: string;
  body: Buffer;
}

export function loadRecordings(fixturesDir: string): Map<string, Recording> {
  const root = resolve(fixturesDir);
  const lines = readFileSync(join(root, 'index.tsv'), 'utf8').split(/\r?\n/);
  const byKey = new Map<string, Recording>();
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.trim() === '') continue;
    const [method, pathQuery, status, contentType, file] = line.split('\t');
    if (!method || !pathQuery || !status) throw new Error(`${join(root, 'index.tsv')}:${i + 1}: needs method, path_query and status`);
    let body = Buffer.alloc(0);
    if (file) {
      const full = resolve(root, file);
      if (!full.startsWith(root + sep)) throw new Error(`${join(root, 'index.tsv')}:${i + 1}: file outside the fixtures folder`);
      body = readFileSync(full);
    }
    byKey.set(`${method.toUpperCase()} ${pathQuery}`, { status: Number(status), contentType: contentType ?? '', body });
  }
  return byKey;
}

/** Exact path+query first; list requests carry the app's `max`/`search`, so then the bare path. */
export function lookup(recordings: Map<string, Recording>, method: string, pathQuery: string): Recording | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  const exact = recordings.get(`${m} ${pathQuery}`);
  if (exact) return exact;
  const q = pathQuery.indexOf('?');
  return q >= 0 ? recordings.get(`${m} ${pathQuery.slice(0, q)}`) : undefined;
}

export async function startReplayEngine(opts: ReplayOptions): Promise<RunningReplay> {
  const recordings = loadRecordings(opts.fixturesDir);
  const apiBase = opts.version === 3 ? '/api' : '/ovirt-engine/api';
  const tokens = new Set<string>();
  const sessions = new Set<string>();
  const unmatched: string[] = [];
  const unauthorizedPage = readOptional(join(opts.fixturesDir, 'unauthorized.html'));

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'replay engine error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    const method = req.method ?? 'GET';

    if (path === SSO_TOKEN_PATH || path === SSO_LOGOUT_PATH) {
      const form = new URLSearchParams(await readBody(req));
      // v3-era engines have no SSO: the proxy falls back to Basic on this 404.
      if (opts.version === 3) return send(res, 404, '', '');
      if (method !== 'POST') return send(res, 405, '', '');
      if (path === SSO_LOGOUT_PATH) {
        tokens.delete(form.get('token') ?? '');
        return send(res, 200, 'application/json', '{}');
      }
      return ssoToken(res, form);
    }

    if (path !== apiBase && !path.startsWith(`${apiBase}/`) && !path.startsWith(`${apiBase};`)) return send(res, 404, '', '');
    req.resume();
    if (!authenticate(req, res)) {
      res.setHeader('www-authenticate', 'Basic realm="RESTAPI"');
      return unauthorizedPage
        ? send(res, 401, 'text/html;charset=utf-8', unauthorizedPage)
        : send(res, 401, '', '');
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return send(res, 405, 'application/xml', fault('Method not allowed', 'The replay engine only answers recorded reads.'));
    }
    const rec = lookup(recordings, method, url);
    if (!rec) {
      unmatched.push(`${method} ${url}`);
      return send(res, 404, '', '');
    }
    return send(res, rec.status, rec.contentType, method === 'HEAD' ? '' : rec.body);
  }

  function ssoToken(res: ServerResponse, form: URLSearchParams): void {
    const password = form.get('password') ?? '';
    if (form.get('grant_type') !== 'password' || !form.get('username') || password === '' || password === REPLAY_WRONG_PASSWORD) {
      // The ovirt-app-api scope's error shape: readable text in `error`.
      return send(res, 400, 'application/json', JSON.stringify({
        error_code: 'invalid_grant',
        error: `Cannot authenticate user '${form.get('username') ?? ''}': The username or password is incorrect..`,
      }));
    }
    const token = randomUUID().replace(/-/g, '');
    tokens.add(token);
    send(res, 200, 'application/json', JSON.stringify({
      access_token: token,
      scope: form.get('scope') ?? 'ovirt-app-api',
      exp: String(Date.now() + 3_600_000),
      token_type: 'bearer',
    }));
  }

  /** True when the request may read; opens or ends Basic sessions like the engine does. */
  function authenticate(req: IncomingMessage, res: ServerResponse): boolean {
    const authorization = req.headers.authorization ?? '';
    const persistent = /(^|[\s,])persistent-auth($|[\s,])/.test(String(req.headers.prefer ?? ''));
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (bearer) return opts.version === 4 && tokens.has(bearer[1]);

    const basic = /^Basic\s+(\S+)$/i.exec(authorization);
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const password = colon >= 0 ? decoded.slice(colon + 1) : '';
      if (colon <= 0 || password === '' || password === REPLAY_WRONG_PASSWORD) return false;
      if (persistent) {
        const id = randomUUID();
        sessions.add(id);
        res.setHeader('set-cookie', `JSESSIONID=${id}; Path=${apiBase}; HttpOnly`);
      }
      return true;
    }

    const session = /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
    if (session && sessions.has(session)) {
      // A request without `Prefer: persistent-auth` is the session's last.
      if (!persistent) sessions.delete(session);
      return true;
    }
    return false;
  }

  // Longer than the proxy's idle pooled sockets live: with Node's 5 s default, a poll could
  // reuse a socket just as the server closes it (ECONNRESET → 502), failing a journey by chance.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    unmatched,
    expireSessions: () => {
      tokens.clear();
      sessions.clear();
    },
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (contentType) res.setHeader('content-type', contentType);
  res.setHeader('content-length', String(bytes.length));
  res.statusCode = status;
  res.end(bytes);
}

function fault(reason: string, detail: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<fault>\n    <reason>${reason}</reason>\n    <detail>${detail}</detail>\n</fault>\n`;
}

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_FORM_BYTES) {
        req.destroy();
        fail(new Error('form too large'));
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
