/**
 * VM operations over HTTP with the simulator behind a real engine: clone makes a new VM with
 * copies of the disks and NICs, allocatevm names the VM it handed out as a link, and a run once
 * start is flagged `run_once` until the VM goes down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../http/test-support.ts';
import { TickedEngine } from '../living-support.ts';

const sim = new TickedEngine(5);
const { call, advance, vmByName } = sim;

beforeAll(() => sim.start());
afterAll(() => sim.stop());

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
