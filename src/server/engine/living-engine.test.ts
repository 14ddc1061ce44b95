// The simulated data center seen as a client sees it: over HTTP, actions move objects through
// their state machines, the states in between are observable by polling, and each step leaves
// its event, found by incremental `from=` polling.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from './engine.ts';

const API = '/ovirt-engine/api';
let engine: RunningEngine;
let dir: string;
let auth: string;

async function get(p: string): Promise<any> {
  const res = await fetch(`${engine.url}${API}${p}`, { headers: { Authorization: auth, Accept: 'application/json' } });
  expect(res.status, `GET ${p}`).toBe(200);
  return res.json();
}

async function act(p: string, body: object = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${engine.url}${API}${p}`, {
    method: 'POST',
    headers: { Authorization: auth, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** Polls `p` until `done` holds and returns the distinct statuses seen on the way. */
async function watchUntil(p: string, done: (doc: any) => boolean, what: string, timeoutMs = 20_000): Promise<string[]> {
  const seen: string[] = [];
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const doc = await get(p);
    if (seen[seen.length - 1] !== doc.status) seen.push(doc.status);
    if (done(doc)) return seen;
    await new Promise((r) => setTimeout(r, 40));
  }
  throw new Error(`${p} never reached ${what}; saw ${seen.join(' → ')}`);
}

const watch = (p: string, final: string, timeoutMs?: number) => watchUntil(p, (d) => d.status === final, final, timeoutMs);

async function newestEventIndex(): Promise<number> {
  const events = (await get('/events?max=1')).event ?? [];
  return Number(events[0]?.index ?? events[0]?.id ?? 0);
}

async function eventsSince(from: number): Promise<Array<{ code: number; description: string }>> {
  const events = (await get(`/events?from=${from}`)).event ?? [];
  return events.map((e: any) => ({ code: Number(e.code), description: String(e.description) }));
}

const listOf = (json: any, key: string): any[] => json[key] ?? [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vantage-living-'));
  // Speed 4: a VM launch takes about 2.5 s, long enough to see each state at a 40 ms poll.
  engine = await startEngine({ port: 0, dataDir: dir, adminPassword: 'pw', simulation: { speed: 4, seed: 11, faults: false } });
  auth = `Basic ${Buffer.from('admin@internal:pw').toString('base64')}`;
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a living data center over HTTP', () => {
  it('starts, suspends, resumes and shuts down a VM through the real states, with events', async () => {
    const vm = listOf(await get('/vms?search=status%3Ddown'), 'vm').find((v) => !v.vm_pool);
    expect(vm, 'a down VM in the demo inventory').toBeTruthy();
    const from = await newestEventIndex();

    expect((await act(`/vms/${vm.id}/start`)).status).toBe(200);
    const starting = await watch(`/vms/${vm.id}`, 'up');
    expect(starting).toContain('powering_up');
    expect(starting.indexOf('powering_up')).toBeLessThan(starting.indexOf('up'));
    expect((await get(`/vms/${vm.id}`)).host?.id).toBeTruthy();

    expect((await act(`/vms/${vm.id}/suspend`)).status).toBe(200);
    expect(await watch(`/vms/${vm.id}`, 'suspended')).toContain('saving_state');

    expect((await act(`/vms/${vm.id}/start`)).status).toBe(200);
    expect(await watch(`/vms/${vm.id}`, 'up')).toContain('restoring_state');

    expect((await act(`/vms/${vm.id}/shutdown`)).status).toBe(200);
    expect(await watch(`/vms/${vm.id}`, 'down')).toContain('powering_down');

    const events = await eventsSince(from);
    const mine = events.filter((e) => e.description.includes(vm.name));
    // Newest first, only newer than `from`, and the run's milestones are there.
    expect(events.length).toBeGreaterThan(3);
    expect(mine.map((e) => e.code)).toEqual(expect.arrayContaining([153, 32, 61]));
    expect(await eventsSince(await newestEventIndex())).toEqual([]);
  });

  it('refuses a transition the state machine does not allow, leaving the VM untouched', async () => {
    const vm = listOf(await get('/vms?search=status%3Ddown'), 'vm')[0];
    const before = await get(`/vms/${vm.id}`);
    const refused = await act(`/vms/${vm.id}/suspend`);
    expect(refused.status).toBe(409);
    const fault = refused.json.fault ?? refused.json;
    expect(fault.reason).toBe('Operation Failed');
    expect(fault.detail).toMatch(/^\[.+\]$/);
    expect((await get(`/vms/${vm.id}`)).status).toBe(before.status);
  });

  it('migrates a running VM to another host', async () => {
    const vm = listOf(await get('/vms?search=status%3Dup'), 'vm').find((v) => v.host);
    const from = vm.host.id;
    expect((await act(`/vms/${vm.id}/migrate`)).status).toBe(200);
    const seen = await watchUntil(`/vms/${vm.id}`, (d) => d.status === 'up' && d.host?.id !== from, 'up on another host', 30_000);
    expect(seen).toContain('migrating');
    expect(seen.indexOf('migrating')).toBeLessThan(seen.lastIndexOf('up'));
  });

  it('puts a host into maintenance and back', async () => {
    const host = listOf(await get('/hosts?search=status%3Dup'), 'host')[0];
    expect((await act(`/hosts/${host.id}/deactivate`)).status).toBe(200);
    const down = await watch(`/hosts/${host.id}`, 'maintenance', 30_000);
    expect(down[down.length - 1]).toBe('maintenance');
    expect((await act(`/hosts/${host.id}/activate`)).status).toBe(200);
    expect((await watch(`/hosts/${host.id}`, 'up', 30_000)).pop()).toBe('up');
  });

  it('moves statistics over time, counters only growing', async () => {
    const vm = listOf(await get('/vms?search=status%3Dup'), 'vm')[0];
    const read = async () => {
      const stats = listOf(await get(`/vms/${vm.id}/statistics`), 'statistic');
      const value = (name: string) => Number(stats.find((s) => s.name === name)?.values?.value?.[0]?.datum);
      return { elapsed: value('elapsed.time'), cpu: value('cpu.current.total') };
    };
    const first = await read();
    await new Promise((r) => setTimeout(r, 1500));
    const second = await read();
    expect(Number.isFinite(first.elapsed)).toBe(true);
    expect(second.elapsed).toBeGreaterThan(first.elapsed);
    expect(Number.isFinite(second.cpu)).toBe(true);
  });
});
