/**
 * VM operations over HTTP with the simulator behind a real engine: clone makes a new VM with
 * copies of the disks and NICs, allocatevm names the VM it handed out as a link, and a run once
 * start is flagged `run_once` until the VM goes down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../engine.ts';
import { simulatorHooks, type SimulatorHooks } from './engine-hooks.ts';

const PASSWORD = 'ops-secret';
const AUTH = `Basic ${Buffer.from(`admin@internal:${PASSWORD}`).toString('base64')}`;
const API = '/ovirt-engine/api';
const clock = { t: Date.now() };
let engine: RunningEngine;
let hooks: SimulatorHooks;
const dataDir = mkdtempSync(path.join(tmpdir(), 'vantage-vm-ops-'));

async function call(method: string, p: string, body?: unknown) {
  const r = await fetch(engine.url + p, {
    method,
    headers: { authorization: AUTH, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

function advance(ms: number): void {
  const end = clock.t + ms;
  while (clock.t < end) {
    clock.t = Math.min(end, clock.t + 500);
    hooks.simulator.tick();
  }
}

async function vmByName(name: string) {
  const r = await call('GET', `${API}/vms?search=name%3D${name}`);
  return r.body.vm?.[0];
}

beforeAll(async () => {
  engine = await startEngine({
    port: 0,
    dataDir,
    adminPassword: PASSWORD,
    hooks: (store) => (hooks = simulatorHooks(store, { speed: 1, seed: 5, now: () => clock.t, faults: false, start: false })),
  });
});
afterAll(async () => {
  await engine.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('VM operations', () => {
  it('clone: a new VM with its own disks and NICs, both locked while copying, then down', async () => {
    const source = await vmByName('app04');
    expect(source.status).toBe('down');
    const r = await call('POST', `${API}/vms/${source.id}/clone`, { vm: { name: 'app04-copy' } });
    expect(r.status).toBe(200);
    expect(r.body.vm.href).toBe(`${API}/vms/${r.body.vm.id}`);
    const copy = await vmByName('app04-copy');
    expect(copy.id).toBe(r.body.vm.id);
    expect(copy.status).toBe('image_locked');
    expect((await call('GET', `${API}/vms/${source.id}`)).body.status).toBe('image_locked');
    const srcDisks = (await call('GET', `${API}/vms/${source.id}/diskattachments`)).body.disk_attachment;
    const newDisks = (await call('GET', `${API}/vms/${copy.id}/diskattachments`)).body.disk_attachment;
    expect(newDisks).toHaveLength(srcDisks.length);
    expect(newDisks.map((d: { disk: { id: string } }) => d.disk.id)).not.toContain(srcDisks[0].disk.id);
    const srcNics = (await call('GET', `${API}/vms/${source.id}/nics`)).body.nic;
    const newNics = (await call('GET', `${API}/vms/${copy.id}/nics`)).body.nic;
    expect(newNics).toHaveLength(srcNics.length);
    expect(newNics[0].mac.address).not.toBe(srcNics[0].mac.address);
    advance(6_000);
    expect((await call('GET', `${API}/vms/${copy.id}`)).body.status).toBe('down');
    expect((await call('GET', `${API}/vms/${source.id}`)).body.status).toBe('down');
  });

  it('clone is refused for a running VM, a taken name and a missing name', async () => {
    const running = await vmByName('web01');
    const busy = await call('POST', `${API}/vms/${running.id}/clone`, { vm: { name: 'x1' } });
    expect(busy.status).toBe(409);
    const down = await vmByName('app06');
    const taken = await call('POST', `${API}/vms/${down.id}/clone`, { vm: { name: 'web01' } });
    expect(taken.status).toBe(409);
    expect(JSON.stringify(taken.body)).toContain('name is already in use');
    const nameless = await call('POST', `${API}/vms/${down.id}/clone`, { vm: {} });
    expect(nameless.status).toBe(400);
    expect(await vmByName('x1')).toBeUndefined();
  });

  it('allocatevm answers the allocated VM as a link', async () => {
    const pools = (await call('GET', `${API}/vmpools?search=name%3Dtraining`)).body.vm_pool;
    const r = await call('POST', `${API}/vmpools/${pools[0].id}/allocatevm`, {});
    expect(r.status).toBe(200);
    expect(r.body.vm.href).toBe(`${API}/vms/${r.body.vm.id}`);
    const vm = (await call('GET', r.body.vm.href)).body;
    expect(vm.vm_pool.id).toBe(pools[0].id);
  });

  it('run once flags the VM until it goes down; a plain start does not', async () => {
    const vm = await vmByName('backup-proxy');
    const r = await call('POST', `${API}/vms/${vm.id}/start`, { vm: { os: { boot: { devices: { device: ['cdrom', 'hd'] } } } } });
    expect(r.status).toBe(200);
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.run_once).toBe('true');
    await call('POST', `${API}/vms/${vm.id}/stop`, {});
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.run_once).toBe('false');
    await call('POST', `${API}/vms/${vm.id}/start`, {});
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.run_once).toBe('false');
  });
});
