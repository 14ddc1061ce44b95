/**
 * Proxy under load: many browser sessions (own cookie jar each) polling at once must each see
 * only their own CSRF token and reach the engine only with their own engine token; an engine
 * that is down or hangs gives clear 502/504 JSON errors; an engine restarted on the same port
 * is used again; oversized requests get 413.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../src/server/engine/engine.ts';
import { startProxy } from '../../src/server/proxy/proxy.ts';
import fc from 'fast-check';
import { ADMIN_PASSWORD, rawRequest, sleep, tempDir, type RawReply } from './support.ts';
import { read as hostileRead } from './fuzz/arbitraries.ts';

export interface ProxyLoadOptions {
  /** hostile /api paths sent through the proxy */
  pathCases: number;
  sessions: number;
  rounds: number;
  maxMs: number;
}

export interface ProxyLoadReport {
  sessions: number;
  requests: number;
  outageAnswers: Record<string, number>;
  recovered: number;
  pathCases: number;
  /** slowest poll round (all sessions at once), ms */
  slowestRoundMs: number;
  failures: string[];
}

/** A browser: its own cookie jar, same-origin Origin header, CSRF token from /auth/me. */
class Browser {
  cookie = '';
  csrf = '';
  readonly agent: http.Agent;
  constructor(readonly base: string, readonly n: number, keepAlive = true) {
    this.agent = new http.Agent({ keepAlive, maxSockets: 2 });
  }

  async request(method: string, p: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<RawReply> {
    const h: Record<string, string> = { origin: this.base, accept: 'application/json', ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const r = await rawRequest(this.base, method, p, { headers: h, body, agent: this.agent, timeoutMs: 30_000 });
    for (const c of r.headers['set-cookie'] ?? []) {
      const pair = c.split(';')[0];
      if (pair.startsWith('vantage_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return r;
  }
}

/** Pass-through in front of the engine that records which engine credential each session used; can play dead or hang. */
class Front {
  mode: 'pass' | 'hang' = 'pass';
  readonly tokensBySession = new Map<string, Set<string>>();
  /** every path that reached the engine (bounded) */
  readonly seen: string[] = [];
  private server!: http.Server;
  port = 0;
  constructor(private target: () => string) {}

  async listen(port = 0): Promise<void> {
    this.server = http.createServer((req, res) => {
      if (this.seen.length < 50_000) this.seen.push(req.url ?? '');
      const sid = /[?&]soak_session=(\d+)/.exec(req.url ?? '')?.[1];
      if (sid !== undefined) {
        const set = this.tokensBySession.get(sid) ?? new Set();
        set.add(String(req.headers.authorization ?? 'none'));
        this.tokensBySession.set(sid, set);
      }
      if (this.mode === 'hang') return; // never answers
      const t = new URL(this.target());
      const out = http.request({ hostname: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      out.on('error', () => res.socket?.destroy());
      req.pipe(out);
    });
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

async function inBatches<T>(items: T[], size: number, f: (x: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(f));
}

export async function runProxyLoad(opts: ProxyLoadOptions): Promise<ProxyLoadReport> {
  const report: ProxyLoadReport = { sessions: 0, requests: 0, outageAnswers: {}, recovered: 0, pathCases: 0, slowestRoundMs: 0, failures: [] };
  const failures = report.failures;
  const note = (m: string) => {
    if (failures.length < 100) failures.push(m);
  };
  const deadline = Date.now() + opts.maxMs;
  const tmp = tempDir('vantage-soak-proxy-');
  let engine: RunningEngine | undefined = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD });
  const enginePort = Number(new URL(engine.url).port);
  const front = new Front(() => `http://127.0.0.1:${enginePort}`);
  await front.listen();
  const dist = path.resolve('dist');
  const proxy = await startProxy({
    port: 0,
    engines: [{ id: 'soak', name: 'Soak engine', url: `http://127.0.0.1:${front.port}` }],
    staticDir: existsSync(path.join(dist, 'index.html')) ? dist : tmp.dir,
    logLevel: 'silent',
    // Engine, proxy and 200 clients share one event loop here: a poll round takes seconds.
    engineTimeoutMs: 15_000,
    maxBodyBytes: 2 * 1024 * 1024,
  });
  const browsers = Array.from({ length: opts.sessions }, (_, i) => new Browser(proxy.url, i));
  try {
    // ---- log in, each with its own jar ----
    await inBatches(browsers, 20, async (b) => {
      const r = await b.request('POST', '/auth/login', JSON.stringify({ username: 'admin@internal', password: ADMIN_PASSWORD }));
      if (r.status !== 200 || !b.cookie) return note(`session ${b.n}: login answered ${r.status} ${r.text.slice(0, 120)}`);
      const me = await b.request('GET', '/auth/me');
      b.csrf = JSON.parse(me.text).csrfToken;
      report.sessions++;
    });
    const csrfs = new Set(browsers.map((b) => b.csrf));
    const cookies = new Set(browsers.map((b) => b.cookie));
    if (csrfs.size !== browsers.length) note(`${browsers.length - csrfs.size} sessions share a CSRF token`);
    if (cookies.size !== browsers.length) note(`${browsers.length - cookies.size} sessions share a session cookie`);
    const owner = new Map(browsers.map((b) => [b.csrf, b.n]));

    // ---- everybody polls at once ----
    for (let round = 0; round < opts.rounds && Date.now() < deadline; round++) {
      const started = Date.now();
      await Promise.all(
        browsers.map(async (b) => {
          const cookieBefore = b.cookie;
          const [vms, me] = await Promise.all([
            b.request('GET', `/api/vms?max=10&soak_session=${b.n}`).catch((e: Error) => ({ status: 0, text: e.message, headers: {} }) as RawReply),
            b.request('GET', '/auth/me').catch((e: Error) => ({ status: 0, text: e.message, headers: {} }) as RawReply),
          ]);
          report.requests += 2;
          if (b.cookie !== cookieBefore) note(`session ${b.n}: its cookie was replaced during polling`);
          if (vms.status !== 200) note(`session ${b.n}: /api/vms answered ${vms.status} ${vms.text.slice(0, 120)}`);
          else {
            const list = JSON.parse(vms.text).vm ?? [];
            if (list.length > 10) note(`session ${b.n}: max=10 gave ${list.length} VMs`);
          }
          if (me.status !== 200) return note(`session ${b.n}: /auth/me answered ${me.status}`);
          const body = JSON.parse(me.text);
          if (body.csrfToken !== b.csrf) note(`session ${b.n}: /auth/me showed the CSRF token of session ${owner.get(body.csrfToken) ?? 'unknown'}`);
          if (body.user?.name !== 'admin@internal') note(`session ${b.n}: /auth/me shows user ${JSON.stringify(body.user)}`);
        }),
      );
      report.slowestRoundMs = Math.max(report.slowestRoundMs, Date.now() - started);
    }
    const bearers = new Map<string, string>();
    for (const [sid, set] of front.tokensBySession) {
      if (set.size !== 1) note(`session ${sid} reached the engine with ${set.size} different credentials`);
      for (const tok of set) {
        if (bearers.has(tok) && bearers.get(tok) !== sid) note(`sessions ${sid} and ${bearers.get(tok)} reached the engine with the same credential`);
        bearers.set(tok, sid);
      }
      if ([...set].some((t) => !t.startsWith('Bearer '))) note(`session ${sid} reached the engine without a bearer token`);
    }

    // ---- hostile paths through the proxy: never a 5xx, never a request outside the API ----
    // A connection per request: the server drops the connection after a 431 (URL too long), and a
    // reused socket would then fail on the client side, which says nothing about the proxy.
    const prober = browsers[0] ? Object.assign(new Browser(proxy.url, browsers[0].n, false), { cookie: browsers[0].cookie, csrf: browsers[0].csrf }) : undefined;
    if (prober) {
      const fixed = ['/api/../auth/me', '/api/..%2f..%2fauth%2fme', '/api/%2e%2e/%2e%2e/etc/passwd', '/api//127.0.0.1:1/x', '/api/vms/%ZZ', '/api/vms?search=%ZZ',
        '/api/\\..\\..\\', '/api/vms/..;/..;/', `/api/${'a'.repeat(20_000)}`, '/api/%00', '/api/vms/%2F..%2F..%2Fovirt-engine%2Fsso%2Foauth%2Ftoken', '/api/http://127.0.0.1:1/'];
      const generated = fc.sample(hostileRead, { numRuns: Math.max(0, opts.pathCases - fixed.length), seed: 7 }).map((c) => `/api${c.path}`);
      const before = front.seen.length;
      for (const p of [...fixed, ...generated]) {
        if (Date.now() > deadline) break;
        const r = await prober.request('GET', p).catch((e: Error) => ({ status: 0, text: e.message, headers: {} }) as RawReply);
        report.pathCases++;
        report.requests++;
        if (r.status >= 500 || r.status === 0) note(`GET ${p.slice(0, 160)} through the proxy answered ${r.status} ${r.text.slice(0, 120)}`);
        if (r.status === 401) note(`GET ${p.slice(0, 160)} ended the session (401)`);
      }
      prober.agent.destroy();
      for (const u of front.seen.slice(before)) {
        let decoded = u;
        try {
          decoded = decodeURIComponent(u.split('?')[0]);
        } catch {
          /* undecodable: checked raw */
        }
        if (!u.startsWith('/ovirt-engine/api') || /(^|\/)\.\.(\/|;|$)/.test(decoded) || /\/ovirt-engine\/(sso|services)\//.test(decoded)) {
          note(`the proxy sent ${u.slice(0, 160)} to the engine`);
        }
      }
    }

    // ---- CSRF: someone else's token or none is refused ----
    const [a, b] = browsers;
    if (a && b) {
      const noToken = await a.request('POST', '/api/tags', JSON.stringify({ name: 'soak-csrf-none' }));
      const otherToken = await a.request('POST', '/api/tags', JSON.stringify({ name: 'soak-csrf-other' }), { 'x-vantage-csrf': b.csrf });
      const foreign = await a.request('POST', '/api/tags', JSON.stringify({ name: 'soak-csrf-origin' }), { 'x-vantage-csrf': a.csrf, origin: 'http://evil.example' });
      for (const [what, r] of [['no CSRF token', noToken], ["another session's CSRF token", otherToken], ['a foreign Origin', foreign]] as const) {
        if (r.status !== 403) note(`a POST with ${what} answered ${r.status}, want 403`);
      }
      report.requests += 3;

      // ---- oversized ----
      const big = await a.request('POST', '/api/tags', Buffer.alloc(3 * 1024 * 1024, 'a'), { 'x-vantage-csrf': a.csrf });
      if (big.status !== 413 || !/"error"/.test(big.text)) note(`a 3 MiB POST answered ${big.status} ${big.text.slice(0, 120)}, want 413 JSON`);
      const bigLogin = await new Browser(proxy.url, -1).request('POST', '/auth/login', JSON.stringify({ username: 'x'.repeat(200_000), password: 'y' }));
      if (bigLogin.status !== 413) note(`a 200 kB login body answered ${bigLogin.status}, want 413`);
      report.requests += 2;
    }

    // ---- engine down: clear 502 JSON ----
    await engine.close();
    engine = undefined;
    const outage = async (label: string, want: number) => {
      await inBatches(browsers.slice(0, 40), 40, async (br) => {
        const r = await br.request('GET', `/api/vms?max=10&soak_session=${br.n}`).catch((e: Error) => ({ status: 0, text: e.message, headers: {} }) as RawReply);
        report.requests++;
        report.outageAnswers[`${label} ${r.status}`] = (report.outageAnswers[`${label} ${r.status}`] ?? 0) + 1;
        let json: any;
        try {
          json = JSON.parse(r.text);
        } catch {
          json = undefined;
        }
        if (r.status !== want || typeof json?.error !== 'string' || typeof json?.message !== 'string' || !json.message) {
          note(`${label}: session ${br.n} got ${r.status} ${r.text.slice(0, 160)}, want ${want} JSON {error, message}`);
        }
      });
    };
    await outage('engine down (connection reset)', 502);
    const frontPort = front.port;
    await front.close();
    await outage('engine down (connection refused)', 502);
    await front.listen(frontPort);

    // ---- engine hangs: 504 after engineTimeoutMs ----
    front.mode = 'hang';
    engine = await startEngine({ port: enginePort, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD });
    await outage('engine hangs', 504);
    front.mode = 'pass';

    // ---- engine back on the same port: sessions work again ----
    await inBatches(browsers, 50, async (br) => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const r = await br.request('GET', `/api/vms?max=10&soak_session=${br.n}`).catch(() => undefined);
        report.requests++;
        if (r?.status === 200) {
          report.recovered++;
          return;
        }
        if (attempt === 19) note(`session ${br.n}: still ${r?.status} ${r?.text.slice(0, 120)} after the engine came back`);
        await sleep(250);
      }
    });
  } catch (err) {
    note(`proxy load aborted: ${(err as Error).stack ?? err}`);
  } finally {
    for (const b of browsers) b.agent.destroy();
    await proxy.close();
    await front.close();
    await engine?.close();
    tmp.remove();
  }
  return report;
}

export function summarizeProxyLoad(r: ProxyLoadReport): string {
  const outage = Object.entries(r.outageAnswers).map(([k, n]) => `${k}×${n}`).join(', ');
  return `proxy: ${r.sessions} sessions, ${r.requests} requests, outage answers [${outage}], ${r.recovered} sessions recovered after restart, ${r.pathCases} hostile paths, slowest poll round ${r.slowestRoundMs} ms, failures ${r.failures.length}`;
}
