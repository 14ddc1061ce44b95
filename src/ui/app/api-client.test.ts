// The adapter against the real thing: an embedded engine behind the real proxy, logged in
// like a browser. Checks the headers the proxy relies on (CSRF, background) and the errors
// the app reacts to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../../server/engine/engine.ts';
import { startProxy, type RunningProxy } from '../../server/proxy/proxy.ts';
import { BrowserClient, tempDir } from '../../server/proxy/test-support.ts';
import { api, connectApi, disconnectApi } from './api-client.ts';
import { faultOf, isSessionEnded } from './api-errors.ts';

let engine: RunningEngine;
let proxy: RunningProxy;
let browser: BrowserClient;
let sent: Array<{ method: string; url: string; headers: Record<string, string> }>;
const tmp = tempDir('vantage-ui-api-');

beforeAll(async () => {
  engine = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: 'secret' });
  proxy = await startProxy({ port: 0, host: '127.0.0.1', engines: [{ id: 'e', name: 'Test engine', url: engine.url }] });
  browser = new BrowserClient(proxy.url);
  expect((await browser.login({ username: 'admin@internal', password: 'secret' })).status).toBe(200);
  const me = (await browser.request('GET', '/auth/me')).json();
  sent = [];
  // A fetch that behaves like the browser's: cookie jar and same-origin Origin.
  const fetchLikeBrowser: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('origin', browser.origin);
    const flat: Record<string, string> = {};
    headers.forEach((v, k) => (flat[k] = v));
    sent.push({ method: init?.method ?? 'GET', url: String(input), headers: flat });
    return fetch(input, { ...init, headers });
  };
  connectApi(me, { baseUrl: proxy.url, fetch: fetchLikeBrowser });
});

afterAll(async () => {
  disconnectApi();
  await proxy?.close();
  await engine?.close();
  tmp.remove();
});

describe('api client adapter through the proxy', () => {
  it('reads the entry point and a collection through the /api mount', async () => {
    const entry = await api().entryPoint();
    expect(entry.links.vms).toBe('/ovirt-engine/api/vms');
    const vms = await api().list(entry.links.vms, { max: 5 });
    expect(vms.itemKind).toBe('vm');
    expect(vms.items.length).toBeGreaterThan(0);
    expect(vms.items.length).toBeLessThanOrEqual(5);
    expect(sent.at(-1)?.url).toMatch(/\/api\/vms\?/);
  });

  it('marks background requests and sends the CSRF token on every request', async () => {
    await api(true).list('/ovirt-engine/api/vms', { max: 1 });
    const bg = sent.at(-1)!;
    expect(bg.headers['x-vantage-background']).toBe('1');
    expect(bg.headers['x-vantage-csrf']).toBeTruthy();
    await api().entryPoint();
    expect(sent.at(-1)!.headers['x-vantage-background']).toBeUndefined();
  });

  it('runs actions (the proxy accepts the CSRF header) and surfaces engine refusals as faults', async () => {
    const vm = (await api().list('/ovirt-engine/api/vms', { max: 1 })).items[0];
    // preview_snapshot without a snapshot: the engine must refuse, in its own words.
    const err = await api().action(vm.href!, 'previewsnapshot').catch((e: unknown) => e);
    const fault = faultOf(err);
    expect(fault?.status).toBe(400);
    expect(fault?.reason).toBeTruthy();
    expect(sent.at(-1)!.method).toBe('POST');
  });

  it('reports an ended session as SessionEndedError', async () => {
    const res = await browser.request('POST', '/auth/logout');
    expect(res.status).toBeLessThan(300);
    const err = await api().list('/ovirt-engine/api/vms').catch((e: unknown) => e);
    expect(isSessionEnded(err)).toBe(true);
  });
});
