/**
 * The simulator behind a real engine (HTTP on 127.0.0.1, port 0, SQLite in a temp dir, demo
 * seed): actions answer like the engine, VMs move through their states over time, refusals are
 * 409 faults, statistics come from the simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_XSD, validateXml } from '../http/codec/xmllint.ts';
import { API } from '../http/test-support.ts';
import { TickedEngine } from '../living-support.ts';

const sim = new TickedEngine(3);
const { call, advance, vmByName } = sim;

beforeAll(() => sim.start());
afterAll(() => sim.stop());

describe('simulator behind the engine', () => {
  it('start: 200 complete with a job; the VM goes wait_for_launch → powering_up → up', async () => {
    const vm = await vmByName('backup-proxy');
    expect(vm.status).toBe('down');
    const r = await call('POST', `${API}/vms/${vm.id}/start`, {}, { 'correlation-id': 'corr-start-1' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('complete');
    expect(r.body.job?.id).toBeTruthy();
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.status).toBe('wait_for_launch');
    advance(3_000);
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.status).toBe('powering_up');
    advance(9_000);
    const up = (await call('GET', `${API}/vms/${vm.id}`)).body;
    expect(up.status).toBe('up');
    expect(up.host?.id).toBeTruthy();
    const job = (await call('GET', `${API}/jobs/${r.body.job.id}`)).body;
    expect(job.status).toBe('finished');
    const events = (await call('GET', `${API}/events?max=5`)).body.event;
    const mine = events.filter((e: any) => e.correlation_id === 'corr-start-1').map((e: any) => Number(e.code));
    expect(mine).toEqual(expect.arrayContaining([153, 32]));
  });

  it('a refused action is a 409 fault with the engine wording, nothing changed', async () => {
    const vm = await vmByName('legacy-erp');
    const r = await call('POST', `${API}/vms/${vm.id}/suspend`, {});
    expect(r.status).toBe(200);
    const again = await call('POST', `${API}/vms/${vm.id}/suspend`, {});
    expect(again.status).toBe(409);
    expect(again.body.fault?.detail ?? again.body.detail).toMatch(/^\[Cannot hibernate VM\. VM status is Saving State\.\]$/);
    advance(6_000);
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.status).toBe('suspended');
  });

  it('ticket answers with the ticket; host fence status with power management', async () => {
    const vm = await vmByName('monitoring');
    const t = await call('POST', `${API}/vms/${vm.id}/ticket`, { ticket: { expiry: 60 } });
    expect(t.status).toBe(200);
    expect(t.body.ticket.value).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(Number(t.body.ticket.expiry)).toBe(60);
  });

  it('statistics come from the simulator and move', async () => {
    const vm = await vmByName('monitoring');
    const read = async () => (await call('GET', `${API}/vms/${vm.id}/statistics`)).body.statistic as any[];
    const first = await read();
    const names = first.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['cpu.usage.history', 'memory.usage.history', 'elapsed.time', 'migration.progress']));
    const elapsed = (s: any[]) => Number(s.find((x) => x.name === 'elapsed.time').values.value[0].datum);
    const e1 = elapsed(first);
    advance(30_000);
    expect(elapsed(await read())).toBe(e1 + 30);
  });

  it('host maintenance migrates the VMs away through the API', async () => {
    const hosts = (await call('GET', `${API}/hosts`)).body.host as any[];
    const h = hosts.find((x) => x.name === 'host04');
    const r = await call('POST', `${API}/hosts/${h.id}/deactivate`, {});
    // host04 is the only up host of Production: its VMs cannot go anywhere.
    expect(r.status).toBe(409);
    const h1 = hosts.find((x) => x.name === 'host01');
    expect((await call('POST', `${API}/hosts/${h1.id}/deactivate`, {})).status).toBe(200);
    expect((await call('GET', `${API}/hosts/${h1.id}`)).body.status).toBe('preparing_for_maintenance');
    advance(30_000);
    expect((await call('GET', `${API}/hosts/${h1.id}`)).body.status).toBe('maintenance');
    const vms = (await call('GET', `${API}/vms`)).body.vm as any[];
    expect(vms.filter((v) => v.host?.id === h1.id)).toHaveLength(0);
  });

  it('storage domain deactivate/activate in a data center; detach refused while active', async () => {
    const dcs = (await call('GET', `${API}/datacenters`)).body.data_center as any[];
    const dc = dcs.find((d) => d.name === 'Default');
    const sds = (await call('GET', `${API}/datacenters/${dc.id}/storagedomains`)).body.storage_domain as any[];
    const iso = sds.find((s) => s.name === 'iso');
    expect((await call('DELETE', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}`)).status).toBe(409);
    expect((await call('POST', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}/deactivate`, {})).status).toBe(200);
    advance(5_000);
    expect((await call('GET', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}`)).body.status).toBe('maintenance');
    expect((await call('POST', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}/activate`, {})).status).toBe(200);
    expect((await call('GET', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}`)).body.status).toBe('activating');
    advance(5_000);
    expect((await call('GET', `${API}/datacenters/${dc.id}/storagedomains/${iso.id}`)).body.status).toBe('active');
  });

  it('a disk added through a VM is locked, then ok', async () => {
    const vm = await vmByName('backup-proxy');
    const r = await call('POST', `${API}/vms/${vm.id}/diskattachments`, {
      bootable: false, interface: 'virtio_scsi', active: true, pass_discard: false,
      disk: { name: 'extra', provisioned_size: 1073741824, format: 'cow', storage_domains: { storage_domain: [{ name: 'data-nfs' }] } },
    });
    // The image is still being written: 202 with the creation's status (api-reference §4).
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    expect(r.body.creation_status).toBe('pending');
    const diskId = r.body.disk.id;
    expect((await call('GET', `${API}/disks/${diskId}`)).body.status).toBe('locked');
    advance(4_000);
    expect((await call('GET', `${API}/disks/${diskId}`)).body.status).toBe('ok');
    const events = (await call('GET', `${API}/events?max=2`)).body.event as any[];
    expect(events.map((e) => Number(e.code))).toEqual([97, 78]);
    expect(events[1].description).toBe('Add-Disk operation of extra was initiated on VM backup-proxy by admin@internal-authz.');
  });

  it('snapshots and templates made over HTTP go through their locked states', async () => {
    const vm = await vmByName('win-build01');
    await call('POST', `${API}/vms/${vm.id}/stop`, {});
    const snap = await call('POST', `${API}/vms/${vm.id}/snapshots`, { description: 'before patch' });
    expect(snap.status).toBe(202);
    expect(snap.body.snapshot_status).toBe('locked');
    advance(5_000);
    expect((await call('GET', `${API}/vms/${vm.id}/snapshots/${snap.body.id}`)).body.snapshot_status).toBe('ok');
    const running = await vmByName('monitoring');
    const refused = await call('POST', `${API}/templates`, { name: 'from-running', vm: { id: running.id } });
    expect(refused.status).toBe(409);
    const t = await call('POST', `${API}/templates`, { name: 'golden-win', vm: { id: vm.id } });
    expect(t.status).toBe(202);
    expect(t.body.status).toBe('locked');
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.status).toBe('image_locked');
    advance(8_000);
    expect((await call('GET', `${API}/templates/${t.body.id}`)).body.status).toBe('ok');
    expect((await call('GET', `${API}/vms/${vm.id}`)).body.status).toBe('down');
    const removeRunning = await call('DELETE', `${API}/vms/${running.id}`);
    expect(removeRunning.status).toBe(409);
    expect(removeRunning.body.detail ?? removeRunning.body.fault?.detail).toBe('[Cannot remove VM. VM is running.]');
  });

  it('what the simulator writes validates against the XSD in XML', async () => {
    const xml = async (p: string, method = 'GET', body?: string) => (await sim.t.req(method, p, { body, headers: { accept: 'application/xml' } })).text;
    const vm = await vmByName('monitoring');
    const host = vm.host.id;
    const nics = (await call('GET', `${API}/vms/${vm.id}/nics`)).body.nic as any[];
    const hostNics = (await call('GET', `${API}/hosts/${host}/nics`)).body.host_nic as any[];
    const disk = (await call('GET', `${API}/vms/${vm.id}/diskattachments`)).body.disk_attachment[0].disk.id;
    const started = await xml(`${API}/vms/${(await vmByName('win-build01')).id}/start`, 'POST', '<action/>');
    const jobId = /<job href="[^"]*" id="([^"]+)"/.exec(started)?.[1];
    const bodies = [
      started,
      await xml(`${API}/vms/${vm.id}/ticket`, 'POST', '<action><ticket><expiry>30</expiry></ticket></action>'),
      await xml(`${API}/vms/${vm.id}/statistics`),
      await xml(`${API}/hosts/${host}/statistics`),
      await xml(`${API}/vms/${vm.id}/nics/${nics[0].id}/statistics`),
      await xml(`${API}/hosts/${host}/nics/${hostNics[0].id}/statistics`),
      await xml(`${API}/disks/${disk}/statistics`),
      await xml(`${API}/jobs/${jobId}`),
      await xml(`${API}/jobs/${jobId}/steps`),
    ];
    expect(jobId, started).toBeTruthy();
    for (const body of bodies) {
      const r = validateXml(body, BUNDLED_XSD);
      expect(r.ok, `${r.output}\n${body.slice(0, 400)}`).toBe(true);
    }
  });
});
