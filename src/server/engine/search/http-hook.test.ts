import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, TestEngine } from '../http/test-support.ts';
import { searchHook } from './http-hook.ts';

/** Through a real engine: demo inventory, HTTP, JSON; assertions hold for any seed contents. */
describe('search through the engine HTTP API', () => {
  const t = new TestEngine({ hooks: () => ({ search: searchHook }) });
  beforeAll(async () => {
    await t.start();
  });
  afterAll(async () => {
    await t.stop();
  });

  const list = async (p: string, key: string): Promise<any[]> => {
    const r = await t.getJson(p);
    expect(r.status).toBe(200);
    return r.json()[key] ?? [];
  };

  it('filters VMs by status and sorts them', async () => {
    const all = await list(`${API}/vms`, 'vm');
    expect(all.length).toBeGreaterThan(2);
    const up = await list(`${API}/vms?search=${encodeURIComponent('status=up sortby name desc')}`, 'vm');
    expect(up.length).toBe(all.filter((v) => v.status === 'up').length);
    expect(up.every((v) => v.status === 'up')).toBe(true);
    const names = up.map((v) => v.name as string);
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator('en').compare(b, a)));
  });

  it('pages with max', async () => {
    const all = await list(`${API}/vms?search=${encodeURIComponent('sortby name')}`, 'vm');
    const p2 = await list(`${API}/vms?max=2&search=${encodeURIComponent('sortby name page 2')}`, 'vm');
    expect(p2.map((v) => v.id)).toEqual(all.slice(2, 4).map((v) => v.id));
  });

  it('finds VMs through their host', async () => {
    const vms = await list(`${API}/vms`, 'vm');
    const running = vms.find((v) => v.host?.id);
    expect(running).toBeDefined();
    const host = (await t.getJson(`${API}/hosts/${running.host.id}`)).json();
    const onHost = await list(`${API}/vms?search=${encodeURIComponent(`host.name=${host.name}`)}`, 'vm');
    expect(onHost.map((v) => v.id).sort()).toEqual(vms.filter((v) => v.host?.id === host.id).map((v) => v.id).sort());
  });

  it('searches events by severity, newest first', async () => {
    const ev = await list(`${API}/events?search=${encodeURIComponent('severity>normal')}`, 'event');
    expect(ev.every((e) => e.severity !== 'normal')).toBe(true);
    const idx = ev.map((e) => Number(e.index ?? e.id));
    expect(idx).toEqual([...idx].sort((a, b) => b - a));
  });

  it('answers a malformed search with a 400 fault that names the problem', async () => {
    const r = await t.getJson(`${API}/vms?search=${encodeURIComponent('foo=bar')}`);
    expect(r.status).toBe(400);
    // the fault detail travels as JSON, quotes escaped
    expect(r.text).toMatch(/Unknown field \\"foo\\" for Vms/);
    const s = await t.getJson(`${API}/vms?search=${encodeURIComponent('status=migrating')}`);
    expect(s.status).toBe(400);
    expect(s.text).toMatch(/\\"migrating\\" is not a value of status/);
  });
});
