/** Seeded trouble: the same seed replays the same faults; faults have the documented effects. */
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoInventory } from '../store/seed.ts';
import { Store } from '../store/store.ts';
import { Simulator } from './simulator.ts';
import { causeTrouble } from './trouble.ts';
import { buildWorld, ids, type TestWorld } from './test-world.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Runs the demo data center for two simulated hours with faults on; returns what happened. */
function story(seed: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vantage-sim-story-'));
  const store = Store.open(join(dir, 'engine.db'));
  cleanups.push(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const clock = { t: Date.UTC(2026, 0, 1, 12) };
  seedDemoInventory(store, { seed: 1, now: clock.t });
  const from = store.lastEventIndex();
  const sim = new Simulator(store, { speed: 1, seed, now: () => clock.t, faults: true, faultIntervalMs: 10 * 60_000 });
  sim.recover();
  sim.armTrouble();
  for (let i = 0; i < 2 * 3600; i++) {
    clock.t += 1000;
    sim.tick();
  }
  const events = store.listEvents({ from }).reverse().map((e) => `${e.code} ${e.description}`);
  const states = store.list('vms', '').map((v) => `${v.name}:${String(v.status)}`);
  return [...events, ...states];
}

describe('seeded trouble', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = story(42);
    const b = story(42);
    const c = story(43);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    // Two hours at one fault per ~10 minutes: some trouble happened.
    expect(a.filter((l) => /^(12|26|126) /.test(l)).length).toBeGreaterThan(3);
  });

  it('recover() finishes transitions a previous run left half-way (the demo’s powering_up VM comes up)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vantage-sim-recover-'));
    const store = Store.open(join(dir, 'engine.db'));
    cleanups.push(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const clock = { t: Date.UTC(2026, 0, 1, 12) };
    seedDemoInventory(store, { seed: 1, now: clock.t });
    const halfway = store.list('vms', '').filter((v) => v.status === 'powering_up');
    expect(halfway.length).toBeGreaterThan(0);
    const sim = new Simulator(store, { speed: 1, seed: 1, now: () => clock.t, faults: false });
    sim.recover();
    clock.t += 60_000;
    sim.tick();
    for (const v of halfway) expect(store.get('vms', v.id, '')?.status).toBe('up');
  });
});

describe('fault effects', () => {
  let w: TestWorld;
  afterEach(() => w?.close());

  it('a host that stops responding: event 12, its VMs unknown, HA VMs restart elsewhere, host back later', () => {
    w = buildWorld();
    // Find a seed whose first roll picks host failure on host1.
    let what = '';
    for (let seed = 1; seed < 200 && !what.startsWith('host host1'); seed++) {
      w.close();
      w = buildWorld({ seed });
      what = causeTrouble(w.sim.core);
    }
    expect(what).toBe('host host1 not responding');
    expect(w.host(ids.host1).status).toBe('non_responsive');
    expect(w.vm(ids.vmUp).status).toBe('unknown');
    expect(w.codes().slice(0, 2)).toEqual([12, 9027]);
    w.advance(15_000);
    expect(w.vm(ids.vmHa)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
    expect(w.codes()).toContain(9602);
    w.advance(60_000);
    expect(w.host(ids.host1).status).toBe('up');
    expect(w.vm(ids.vmUp)).toMatchObject({ status: 'up', host: { id: ids.host1 } });
  });

  it('low space on a data domain: event 26 with the free GiB', () => {
    let what = '';
    for (let seed = 1; seed < 200 && !what.includes('low on space'); seed++) {
      w?.close();
      w = buildWorld({ seed });
      what = causeTrouble(w.sim.core);
    }
    expect(what).toBe('storage domain data low on space');
    const event = w.store.listEvents({ max: 1 })[0];
    expect(event).toMatchObject({ code: 26, severity: 'warning', storage_domain: { id: ids.sdData } });
    expect(event.description).toBe('Warning, Low disk space. data domain has 80 GB of free space.');
  });
});
