/**
 * Proxy overhead: the same GET through the proxy (session cookie) and straight to the engine
 * (bearer token), interleaved in one loop so both see the same machine state.
 */
import { Worker } from 'node:worker_threads';
import { startProxy, type ProxyOptions, type RunningProxy } from '../src/server/proxy/proxy.ts';
import { ADMIN_PASSWORD, API, REQUEST_TIMEOUT_MS, get, type ScaleEngine } from './engine.ts';
import { ms, summarize } from './stats.ts';
import type { Row } from './table.ts';

/** p50 through the proxy may be at most this much above direct: ×1.15 or +2 ms, whichever is larger. */
export const PROXY_TARGET = { factor: 1.15, addedMs: 2 };

export function withinTarget(proxyP50: number, directP50: number): boolean {
  return proxyP50 <= Math.max(directP50 * PROXY_TARGET.factor, directP50 + PROXY_TARGET.addedMs);
}

const benchProxyOptions = (e: ScaleEngine, staticDir?: string): ProxyOptions => ({
  port: 0, engines: [{ id: 'bench', name: 'Bench engine', url: e.engine.url }], logLevel: 'warn', ...(staticDir ? { staticDir } : {}),
});

export async function startBenchProxy(e: ScaleEngine, staticDir?: string): Promise<RunningProxy> {
  return startProxy(benchProxyOptions(e, staticDir));
}

/**
 * The proxy on a thread of its own, for the overhead figure: in use its clients are browsers in
 * other processes, so it must not share an event loop with the bench's own HTTP client (which
 * would charge the client's work for the proxied requests to the proxy).
 */
export function startProxyThread(e: ScaleEngine): Promise<RunningProxy> {
  const worker = new Worker(new URL('./proxy-thread-main.mjs', import.meta.url), { workerData: benchProxyOptions(e) });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (msg: { type: string; url?: string; message?: string }) => {
      if (msg.type === 'failed') {
        reject(new Error(msg.message));
        void worker.terminate();
      } else if (msg.type === 'ready') {
        resolve({
          url: msg.url!,
          close: () => new Promise<void>((done) => {
            worker.once('message', () => void worker.terminate().then(() => done()));
            worker.postMessage('close');
          }),
        });
      }
    });
  });
}

/** Logs in the way the login page does; returns the session cookie. */
export async function proxyLogin(proxyUrl: string, password: string): Promise<string> {
  const res = await fetch(`${proxyUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: proxyUrl, accept: 'application/json' },
    body: JSON.stringify({ username: 'admin@internal', password }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`proxy login → ${res.status}: ${text.slice(0, 160)}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('vantage_session='));
  if (!cookie) throw new Error('proxy login set no vantage_session cookie');
  return cookie;
}

export async function proxyRows(e: ScaleEngine, opts: { quick: boolean; log: (s: string) => void }): Promise<Row[]> {
  const proxy = await startProxyThread(e);
  const rows: Row[] = [];
  try {
    const cookie = await proxyLogin(proxy.url, ADMIN_PASSWORD);
    const budget = opts.quick ? { count: 15, ms: 3000 } : { count: 60, ms: 15_000 };
    for (const [format, accept] of [['JSON', 'application/json'], ['XML', 'application/xml']] as const) {
      const rel = '/vms?max=100';
      const direct: number[] = [];
      const proxied: number[] = [];
      const once = async (warm: boolean) => {
        let t = performance.now();
        const d = await get(e.engine.url, API + rel, accept, e.token);
        if (!warm) direct.push(performance.now() - t);
        t = performance.now();
        const p = await get(proxy.url, `/api${rel}`, accept, undefined, { cookie });
        if (!warm) proxied.push(performance.now() - t);
        if (d.status !== 200 || p.status !== 200) throw new Error(`GET ${rel}: direct ${d.status}, proxy ${p.status}: ${p.text.slice(0, 160)}`);
      };
      for (let i = 0; i < 3; i++) await once(true);
      const deadline = performance.now() + budget.ms;
      while (direct.length < budget.count && (direct.length === 0 || performance.now() < deadline)) await once(false);
      const d = summarize(direct);
      const p = summarize(proxied);
      const pass = withinTarget(p.p50, d.p50);
      rows.push({
        section: 'Proxy', what: `GET /api/vms?max=100 ${format} via proxy, ${e.vms.toLocaleString('en')} VMs`,
        figure: `p50 ${ms(p.p50)} (${p.p50 >= d.p50 ? '+' : '−'}${ms(Math.abs(p.p50 - d.p50))}) · p95 ${ms(p.p95)} · direct p50 ${ms(d.p50)} · n=${p.n}`,
        value: p.p50, unit: 'ms', ratio: p.p50 / d.p50,
        baseline: `direct to engine; target ≤ ${PROXY_TARGET.factor}× or +${PROXY_TARGET.addedMs} ms`, verdict: pass ? 'pass' : 'miss',
      });
    }
  } finally {
    await proxy.close();
  }
  return rows;
}
