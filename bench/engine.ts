/**
 * Engine figures: an embedded engine on loopback over a scale inventory, driven over HTTP
 * with an SSO bearer token as SDKs do. The engine runs on its own thread, as `npm start`
 * runs it, so the load loop and the proxy do not share its event loop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningEngine } from '../src/server/engine/engine.ts';
import { startEngineThread } from '../src/server/engine/engine-thread.ts';
import { seedScaleInventory } from '../src/server/engine/store/scale-seed.ts';
import { Store } from '../src/server/engine/store/store.ts';
import { sample, summarize, timed, type Summary } from './stats.ts';

export const API = '/ovirt-engine/api';
export const ADMIN_PASSWORD = 'bench-secret';
/** No single request may hold the run up longer than this. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface ScaleEngine {
  engine: RunningEngine;
  vms: number;
  seedMs: number;
  /** From starting the engine thread to a listening server. */
  startupMs: number;
  /** From starting the engine thread to the first answered GET /vms?max=100. */
  firstPageMs: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Seeds `<dataDir>/engine.db` with the scale inventory and starts an engine on it.
 * (The engine skips its demo seed because the store is no longer empty.)
 */
export async function startScaleEngine(vms: number, seed = 1): Promise<ScaleEngine> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `vantage-bench-${vms}-`));
  const seeded = await timed(() => {
    const store = Store.open(path.join(dataDir, 'engine.db'));
    try {
      seedScaleInventory(store, { vms, seed });
    } finally {
      store.close();
    }
  });
  const t0 = performance.now();
  const engine = await startEngineThread({ port: 0, dataDir, adminPassword: ADMIN_PASSWORD, seed: false });
  const startupMs = performance.now() - t0;
  const token = await ssoToken(engine.url);
  const first = await get(engine.url, `${API}/vms?max=100`, 'application/json', token);
  if (first.status !== 200) throw new Error(`engine with ${vms} VMs answered ${first.status} to GET /vms?max=100`);
  const firstPageMs = performance.now() - t0;
  return {
    engine, vms, seedMs: seeded.ms, startupMs, firstPageMs, token,
    async close() {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function ssoToken(engineUrl: string): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password: ADMIN_PASSWORD });
  const res = await fetch(`${engineUrl}/ovirt-engine/sso/oauth/token`, {
    method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' }, body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const json = (await res.json()) as { access_token?: string };
  if (!res.ok || !json.access_token) throw new Error(`SSO login failed: HTTP ${res.status}`);
  return json.access_token;
}

export interface Answer { status: number; text: string; contentType: string }

export async function get(base: string, pathAndQuery: string, accept: string, token?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(base + pathAndQuery, {
    headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: res.status, text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

/** GETs `pathAndQuery` within the budget; fails loudly on a non-200 so no figure hides an error. */
async function timeGet(e: ScaleEngine, pathAndQuery: string, accept: string, budget: { count: number; ms: number; warmup?: number }): Promise<Summary & { bytes: number }> {
  let bytes = 0;
  const samples = await sample(async () => {
    const a = await get(e.engine.url, pathAndQuery, accept, e.token);
    if (a.status !== 200) throw new Error(`GET ${pathAndQuery} (${accept}) → ${a.status}: ${a.text.slice(0, 200)}`);
    bytes = Buffer.byteLength(a.text);
  }, budget);
  return { ...summarize(samples), bytes };
}

/** A bare Node HTTP server answering 204: the floor any loopback request pays. */
export async function loopbackFloor(budget = { count: 300, ms: 3000 }): Promise<Summary> {
  const server = http.createServer((_req, res) => res.writeHead(204).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const samples = await sample(async () => {
      const res = await fetch(`${url}/`);
      await res.arrayBuffer();
    }, { ...budget, warmup: 20 });
    return summarize(samples);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export interface SearchFigure { query: string; summary?: Summary & { bytes: number }; unsupported?: string }

export interface EngineFigures {
  vms: number;
  seedMs: number;
  startupMs: number;
  firstPageMs: number;
  pageXml: Summary & { bytes: number };
  pageJson: Summary & { bytes: number };
  fullXml: Summary & { bytes: number };
  fullJson: Summary & { bytes: number };
  searches: SearchFigure[];
  /** start+stop pairs */
  actions?: Summary & { perSecond: number };
  actionsUnavailable?: string;
}

export const SEARCHES = ['name=vm-1*', 'status=up', 'host.name=host-1*'];

export interface EngineBudgets { page: { count: number; ms: number }; full: { count: number; ms: number; warmup?: number }; search: { count: number; ms: number }; actionPairs: { count: number; ms: number } }

export async function measureEngine(e: ScaleEngine, budgets: EngineBudgets, log: (s: string) => void): Promise<EngineFigures> {
  log(`engine ${e.vms} VMs: pages`);
  const pageXml = await timeGet(e, `${API}/vms?max=100`, 'application/xml', budgets.page);
  const pageJson = await timeGet(e, `${API}/vms?max=100`, 'application/json', budgets.page);
  log(`engine ${e.vms} VMs: full list`);
  const fullXml = await timeGet(e, `${API}/vms`, 'application/xml', budgets.full);
  const fullJson = await timeGet(e, `${API}/vms`, 'application/json', budgets.full);

  log(`engine ${e.vms} VMs: search`);
  const searches: SearchFigure[] = [];
  for (const query of SEARCHES) {
    const href = `${API}/vms?search=${encodeURIComponent(query)}&max=100`;
    const probe = await get(e.engine.url, href, 'application/json', e.token);
    if (probe.status !== 200) {
      searches.push({ query, unsupported: `HTTP ${probe.status}: ${searchRefusal(probe.text)}` });
      continue;
    }
    searches.push({ query, summary: await timeGet(e, href, 'application/json', budgets.search) });
  }

  log(`engine ${e.vms} VMs: actions`);
  const figures: EngineFigures = {
    vms: e.vms, seedMs: e.seedMs, startupMs: e.startupMs, firstPageMs: e.firstPageMs, pageXml, pageJson, fullXml, fullJson, searches,
  };
  try {
    figures.actions = await actionPairs(e, budgets.actionPairs);
  } catch (err) {
    figures.actionsUnavailable = (err as Error).message;
  }
  return figures;
}

function searchRefusal(text: string): string {
  const m = /"detail"\s*:\s*"([^"]*)"/.exec(text) ?? /<detail>([^<]*)<\/detail>/.exec(text);
  return (m?.[1] ?? text).slice(0, 80);
}

/** start then stop on down VMs, each pair on a different VM; pairs per second from the samples. */
async function actionPairs(e: ScaleEngine, budget: { count: number; ms: number }): Promise<Summary & { perSecond: number }> {
  const list = await get(e.engine.url, `${API}/vms?max=${Math.min(e.vms, 1000)}`, 'application/json', e.token);
  const vms = (JSON.parse(list.text) as { vm?: Array<{ id: string; status: string }> }).vm ?? [];
  const down = vms.filter((v) => v.status === 'down').map((v) => v.id);
  if (down.length === 0) throw new Error('no down VM to start');
  let i = 0;
  const act = async (id: string, name: string) => {
    const res = await fetch(`${e.engine.url}${API}/vms/${id}/${name}`, {
      method: 'POST', body: '<action/>', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      headers: { accept: 'application/xml', 'content-type': 'application/xml', authorization: `Bearer ${e.token}` },
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`POST /vms/${id}/${name} → ${res.status}: ${text.slice(0, 160)}`);
  };
  const samples = await sample(async () => {
    const id = down[i++ % down.length];
    await act(id, 'start');
    await act(id, 'stop');
  }, { ...budget, warmup: 1 });
  const s = summarize(samples);
  return { ...s, perSecond: (2 * 1000 * s.n) / samples.reduce((a, b) => a + b, 0) };
}

/** The engine's own output for the client-core parse rows. */
export async function capturePages(e: ScaleEngine, max: number): Promise<{ xml: Answer; json: Answer; href: string }> {
  const href = `${API}/vms?max=${max}`;
  const xml = await get(e.engine.url, href, 'application/xml', e.token);
  const json = await get(e.engine.url, href, 'application/json', e.token);
  if (xml.status !== 200 || json.status !== 200) throw new Error(`GET ${href} → ${xml.status}/${json.status}`);
  return { xml, json, href };
}
