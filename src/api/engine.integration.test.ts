// The client core against the embedded engine (real HTTP, real SQLite in a temp dir): the
// same answers read as JSON and as XML give the same model, actions and faults round-trip.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../server/engine/engine.ts';
import { ApiClient } from './client.ts';
import { FaultError, SessionEndedError } from './errors.ts';
import type { EntryPoint, Structure, Value } from './resource.ts';
import { createTransport } from './transport.ts';
import { isActionEnabled } from './action-status.ts';

// The simulated data center moves on between two requests (statuses, statistics, events):
// compare what does not change, and the types of everything else.
function stable(s: Structure) {
  return { kind: s.kind, id: s.id, href: s.href, name: s.fields.name, links: s.links, actions: s.actions };
}

function types(v: Value, path: string, out: Record<string, string>): Record<string, string> {
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries((v as Structure).fields)) types(x, `${path}.${k}`, out);
  else if (Array.isArray(v)) v.forEach((x, i) => types(x, `${path}[${i}]`, out));
  else out[path] = v === null ? 'null' : typeof v;
  return out;
}

function sameTypes(a: Structure, b: Structure, what: string): void {
  const ta = types(a, '', {});
  const tb = types(b, '', {});
  for (const k of Object.keys(ta)) if (k in tb) expect(ta[k], `${what}${k}`).toBe(tb[k]);
}

let engine: RunningEngine;
let dir: string;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-api-'));
  engine = await startEngine({ port: 0, dataDir: dir, adminPassword: 'secret' });
  const r = await fetch(`${engine.url}/ovirt-engine/sso/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'grant_type=password&scope=ovirt-app-api&username=admin%40internal&password=secret',
  });
  token = ((await r.json()) as { access_token: string }).access_token;
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

function client(format: 'json' | 'xml', auth = true): ApiClient {
  const transport = createTransport({ baseUrl: engine.url, retries: 0, headers: (): Record<string, string> => (auth ? { Authorization: `Bearer ${token}` } : {}) });
  return new ApiClient({ transport, apiBase: '/ovirt-engine/api', format });
}

describe('against the embedded engine', () => {
  let json: ApiClient;
  let xml: ApiClient;
  let entry: EntryPoint;

  beforeAll(async () => {
    json = client('json');
    xml = client('xml');
    entry = await json.entryPoint();
  });

  it('reads the entry point the same from JSON and XML', async () => {
    expect(entry.apiVersion).toBe(4);
    expect(entry.basePath).toBe('/ovirt-engine/api');
    expect(entry.links['vms/search']).toBe('/ovirt-engine/api/vms?search={query}');
    expect(entry.specialObjects.blank_template.id).toBe('00000000-0000-0000-0000-000000000000');
    const x = await xml.entryPoint();
    expect({ ...x, time: undefined, summary: undefined }).toEqual({ ...entry, time: undefined, summary: undefined });
    expect(Object.keys(x.summary ?? {})).toEqual(Object.keys(entry.summary ?? {}));
  });

  it('reads every top-level collection the same from JSON and XML', async () => {
    let items = 0;
    for (const { rel, href } of json.collectionLinks(entry)) {
      const a = await json.list(href, { max: 5 });
      const b = await xml.list(href, { max: 5 });
      expect({ ...a, items: [] }, rel).toEqual({ ...b, items: [] });
      // match items by id: new events may arrive between the two reads
      const byId = new Map(b.items.map((it) => [it.id, it]));
      const both = a.items.filter((it) => byId.has(it.id));
      expect(both.length, rel).toBeGreaterThanOrEqual(Math.min(a.items.length, b.items.length) - 1);
      for (const it of both) {
        expect(stable(it), rel).toEqual(stable(byId.get(it.id)!));
        sameTypes(it, byId.get(it.id)!, `${rel}/${it.id}`);
      }
      for (const it of a.items) expect(it.href, rel).toMatch(/^\/ovirt-engine\/api\//);
      items += a.items.length;
    }
    expect(items).toBeGreaterThan(20);
  });

  it('reads objects and their sub-collections the same from JSON and XML', async () => {
    const vms = await json.list(entry.links.vms, { max: 3 });
    for (const vm of vms.items) {
      const a = await json.get(vm.href!);
      const b = await xml.get(vm.href!);
      expect(stable(a)).toEqual(stable(b));
      sameTypes(a, b, 'vm');
      expect(typeof a.fields.memory).toBe('number');
      for (const rel of ['nics', 'diskattachments', 'statistics']) {
        if (!a.links[rel]) continue;
        const fa = await json.follow(a, rel);
        const fb = await xml.follow(b, rel);
        if (fa.type !== 'collection' || fb.type !== 'collection') throw new Error(`${rel} is not a collection`);
        expect(fa.collection.items.map(stable), rel).toEqual(fb.collection.items.map(stable));
        fa.collection.items.forEach((it, i) => sameTypes(it, fb.collection.items[i], `${rel}[${i}]`));
      }
    }
  });

  it('refused actions come back as faults; 404 and 401 as typed errors', async () => {
    const vms = await json.list(entry.links.vms);
    const up = vms.items.find((v) => v.fields.status === 'up');
    expect(up).toBeDefined();
    expect(isActionEnabled('vm', String(up!.fields.status), 'start')).toBe(false);
    const err = await json.action(up!, 'start').catch((e) => e);
    expect(err).toBeInstanceOf(FaultError);
    expect(err.fault.status).toBeGreaterThanOrEqual(400);
    expect(err.fault.reason).toBeTruthy();
    const nf = await xml.get('/ovirt-engine/api/vms/00000000-0000-0000-0000-00000000dead').catch((e) => e);
    expect(nf).toBeInstanceOf(FaultError);
    expect(nf.fault.status).toBe(404);
    await expect(client('json', false).entryPoint()).rejects.toBeInstanceOf(SessionEndedError);
  });
});
