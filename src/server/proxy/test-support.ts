/**
 * Helpers for the proxy tests: a real embedded engine, a cookie-keeping browser-like
 * client speaking raw HTTP (so odd paths reach the server unnormalised), throwaway
 * certificates made with openssl, and an HTTPS front for the engine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../engine/engine.ts';
import { startProxy, type RunningProxy } from './proxy.ts';

export const ADMIN = { username: 'admin@internal', password: 'secret' };

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestEngine(): Promise<RunningEngine & { remove(): void }> {
  const tmp = tempDir('vantage-proxy-engine-');
  const engine = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: ADMIN.password, seed: false });
  return {
    url: engine.url,
    async close() {
      await engine.close();
    },
    remove: tmp.remove,
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json<T = any>(): T;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  ca?: string;
}

/** One HTTP(S) request with the path sent exactly as given. */
export function rawRequest(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const base = new URL(baseUrl);
  const mod = base.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const out = mod.request(
      { hostname: base.hostname, port: base.port, method: req.method ?? 'GET', path: req.path, headers: req.headers, ca: req.ca, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end(req.body);
  });
}

/** Behaves like the app in a browser: same-origin Origin header, cookie jar, CSRF token. */
export class BrowserClient {
  cookies = new Map<string, string>();
  setCookieHeaders: string[] = [];
  csrfToken?: string;

  constructor(readonly baseUrl: string, readonly ca?: string) {}

  get origin(): string {
    return new URL(this.baseUrl).origin;
  }

  async request(method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown; origin?: string | null; csrf?: boolean } = {}): Promise<RawResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.origin !== null) headers.origin = opts.origin ?? this.origin;
    if (opts.csrf !== false && this.csrfToken && method !== 'GET') headers['x-vantage-csrf'] = this.csrfToken;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | Buffer | undefined;
    if (opts.body !== undefined) {
      if (typeof opts.body === 'string' || Buffer.isBuffer(opts.body)) body = opts.body;
      else {
        body = JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const res = await rawRequest(this.baseUrl, { method, path, headers, body, ca: this.ca });
    const set = res.headers['set-cookie'] ?? [];
    this.setCookieHeaders = set;
    for (const c of set) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a)) || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async login(creds: { username: string; password: string; engine?: string } = ADMIN): Promise<RawResponse> {
    const res = await this.request('POST', '/auth/login', { body: creds });
    if (res.status === 200) {
      const me = await this.request('GET', '/auth/me');
      this.csrfToken = me.json().csrfToken;
    }
    return res;
  }
}

export interface TestPki {
  dir: string;
  caPem: string;
  /** Certificate for 127.0.0.1 / localhost signed by caPem. */
  server: { key: string; cert: string };
  /** Certificate signed by caPem but for another host name. */
  wrongHost: { key: string; cert: string };
  /** Certificate for 127.0.0.1 signed by caPem whose validity ended yesterday. */
  expired: { key: string; cert: string };
  remove(): void;
}

export function makeTestPki(): TestPki {
  const tmp = tempDir('vantage-pki-');
  const f = (name: string) => path.join(tmp.dir, name);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl('req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Vantage Test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  const leaf = (name: string, san: string, days = '1') => {
    ssl('req', ...ec, '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`), '-subj', `/CN=${name}`);
    writeFileSync(f(`${name}.ext`), `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`);
    ssl('x509', '-req', '-in', f(`${name}.csr`), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial',
      '-out', f(`${name}.pem`), '-days', days, '-extfile', f(`${name}.ext`));
    return { key: readFileSync(f(`${name}.key`), 'utf8'), cert: readFileSync(f(`${name}.pem`), 'utf8') };
  };
  return {
    dir: tmp.dir,
    caPem: readFileSync(f('ca.pem'), 'utf8'),
    server: leaf('server', 'IP:127.0.0.1,DNS:localhost'),
    wrongHost: leaf('elsewhere', 'DNS:engine.elsewhere.example'),
    expired: leaf('expired', 'IP:127.0.0.1', '-1'),
    remove: tmp.remove,
  };
}

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface Front {
  url: string;
  /** Every request that reached the engine through this front. */
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A pass-through server in front of an engine (as Apache is in front of a real one), over
 * HTTP or HTTPS. It records what the proxy sends, so tests can see the credentials that
 * must never reach the browser; `intercept` may answer a request itself.
 */
export async function startFront(
  targetUrl: string,
  opts: { tls?: { key: string; cert: string }; intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean } = {},
): Promise<Front> {
  const target = new URL(targetUrl);
  const seen: SeenRequest[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if (opts.intercept?.(req, res)) return;
    const out = http.request({ hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    out.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(out);
  };
  const server = opts.tls ? https.createServer(opts.tls, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The last bearer token the proxy sent through a front. */
export function lastBearer(front: Front): string | undefined {
  for (let i = front.seen.length - 1; i >= 0; i--) {
    const m = /^Bearer (.+)$/.exec(String(front.seen[i].headers.authorization ?? ''));
    if (m) return m[1];
  }
  return undefined;
}

/** A port on which nothing listens. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An HTTP server that accepts connections and never answers (a hung engine). */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(() => {
    /* never respond */
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface TestRig {
  engine: Awaited<ReturnType<typeof startTestEngine>>;
  /** Recording pass-through between proxy and engine. */
  front: Front;
  proxy: RunningProxy;
  /** A tiny built app: index.html and one hashed asset. */
  distDir: string;
  close(): Promise<void>;
}

/** Engine ← recording front ← proxy (serving a tiny dist), all on 127.0.0.1. */
export async function startRig(): Promise<TestRig> {
  const engine = await startTestEngine();
  const front = await startFront(engine.url);
  const dist = tempDir('vantage-dist-');
  mkdirSync(path.join(dist.dir, 'assets'));
  writeFileSync(path.join(dist.dir, 'index.html'), '<!doctype html><title>Vantage test app</title><script type="module" src="/assets/app-1234.js"></script>');
  writeFileSync(path.join(dist.dir, 'assets', 'app-1234.js'), 'console.log("app")');
  const proxy = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main engine', url: front.url }], staticDir: dist.dir, logLevel: 'silent' });
  return {
    engine,
    front,
    proxy,
    distDir: dist.dir,
    async close() {
      await proxy.close();
      await front.close();
      await engine.close();
      engine.remove();
      dist.remove();
    },
  };
}

/** Status of the entry point asked directly of the engine with a bearer token. */
export async function engineDirect(rig: TestRig, token: string, p = '/ovirt-engine/api'): Promise<number> {
  return (await rawRequest(rig.engine.url, { path: p, headers: { authorization: `Bearer ${token}`, accept: 'application/xml' } })).status;
}
