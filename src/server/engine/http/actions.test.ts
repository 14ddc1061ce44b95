import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine } from './test-support.ts';

const t = new TestEngine();
const xml = { 'content-type': 'application/xml' };
const json = { 'content-type': 'application/json', accept: 'application/json' };
const post = (p: string, body: string, headers: Record<string, string> = xml) => t.req('POST', p, { body, headers });

let hostId = '';
let vmId = '';

beforeAll(async () => {
  await t.start();
  const dc = (await post(`${API}/datacenters`, '{"name":"act-dc","local":false}', json)).json();
  const cl = (await post(`${API}/clusters`, JSON.stringify({ name: 'act-cluster', data_center: { id: dc.id } }), json)).json();
  hostId = (await post(`${API}/hosts`, JSON.stringify({ name: 'act-host', address: '10.1.1.1', root_password: 'x', cluster: { id: cl.id } }), json)).json().id;
  vmId = (await post(`${API}/vms`, JSON.stringify({ name: 'act-vm', cluster: { id: cl.id }, template: { name: 'Blank' } }), json)).json().id;
});
afterAll(() => t.stop());

describe('VM power actions', () => {
  it('starts a down VM on an up host of its cluster', async () => {
    const r = await post(`${API}/vms/${vmId}/start`, '<action/>');
    expect(r.status).toBe(200);
    expect(r.xml().action.status).toBe('complete');
    const vm = (await t.getJson(`${API}/vms/${vmId}`)).json();
    expect(vm.status).toBe('up');
    expect(vm.host.id).toBe(hostId);
    expect(typeof vm.start_time).toBe('number');
    const events = (await t.getJson(`${API}/events?max=5`)).json();
    expect(asList(events.event).some((e: any) => e.code === '153' && e.vm?.id === vmId)).toBe(true);
  });

  it('refuses to start a running VM with 409 wrapped in an action', async () => {
    const r = await post(`${API}/vms/${vmId}/start`, '<action/>');
    expect(r.status).toBe(409);
    const a = r.xml().action;
    expect(a.status).toBe('failed');
    expect(a.fault.reason).toBe('Operation Failed');
    expect(a.fault.detail).toBe('[Cannot run VM. VM is running.]');
    const fr = await t.req('POST', `${API}/vms/${vmId}/start`, { body: '{}', headers: { ...json, 'accept-language': 'fr' } });
    expect(fr.status).toBe(409);
    expect(fr.json().status).toBe('failed');
    expect(fr.json().fault.detail).toContain('Impossible de démarrer VM');
  });

  it('refuses to remove a running VM', async () => {
    const r = await t.req('DELETE', `${API}/vms/${vmId}`);
    expect(r.status).toBe(409);
    expect(r.xml().fault.detail).toContain('Cannot remove VM');
    expect((await t.get(`${API}/vms/${vmId}`)).status).toBe(200);
  });

  it('stops a running VM (JSON), then refuses to stop or shut it down again', async () => {
    const r = await post(`${API}/vms/${vmId}/stop`, '{"reason":"test"}', json);
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ status: 'complete', reason: 'test' });
    const vm = (await t.getJson(`${API}/vms/${vmId}`)).json();
    expect(vm.status).toBe('down');
    expect(vm.host).toBeUndefined();
    for (const action of ['stop', 'shutdown']) {
      const again = await post(`${API}/vms/${vmId}/${action}`, '<action/>');
      expect(again.status).toBe(409);
      expect(again.xml().action.fault.detail).toMatch(/VM is not running/);
    }
  });

  it('starts and shuts down again', async () => {
    expect((await post(`${API}/vms/${vmId}/start`, '')).status).toBe(200);
    expect((await post(`${API}/vms/${vmId}/shutdown`, '<action><force>true</force></action>')).status).toBe(200);
    expect((await t.getJson(`${API}/vms/${vmId}`)).json().status).toBe('down');
  });

  it('answers async actions with 202', async () => {
    const r = await post(`${API}/vms/${vmId}/reboot?async=true`, '<action/>');
    expect(r.status).toBe(202);
  });

  it('404s unknown actions and refuses GET on an action', async () => {
    expect((await post(`${API}/vms/${vmId}/fly`, '<action/>')).status).toBe(404);
    expect((await t.get(`${API}/vms/${vmId}/start`)).status).toBe(405);
    expect((await post(`${API}/vms/nope/start`, '<action/>')).status).toBe(404);
  });

  it('checks mandatory action parameters', async () => {
    const r = await post(`${API}/vms/${vmId}/clone`, '<action><vm><description>x</description></vm></action>');
    expect(r.status).toBe(400);
    expect(r.xml().action.fault.detail).toBe('Action [vm.name] required for clone');
  });
});

describe('host maintenance', () => {
  it('deactivates an up host, refuses twice, blocks VM start, activates', async () => {
    const d = await post(`${API}/hosts/${hostId}/deactivate`, '<action/>');
    expect(d.status).toBe(200);
    expect((await t.getJson(`${API}/hosts/${hostId}`)).json().status).toBe('maintenance');
    const again = await post(`${API}/hosts/${hostId}/deactivate`, '<action/>');
    expect(again.status).toBe(409);
    expect(again.xml().action.fault.detail).toContain('already in Maintenance mode');

    const start = await post(`${API}/vms/${vmId}/start`, '<action/>');
    expect(start.status).toBe(409);
    expect(start.xml().action.fault.detail).toContain('no available running Hosts');

    expect((await post(`${API}/hosts/${hostId}/activate`, '<action/>')).status).toBe(200);
    expect((await t.getJson(`${API}/hosts/${hostId}`)).json().status).toBe('up');
    const twice = await post(`${API}/hosts/${hostId}/activate`, '<action/>');
    expect(twice.status).toBe(409);
    const approve = await post(`${API}/hosts/${hostId}/approve`, '<action/>');
    expect(approve.status).toBe(409);
  });

  it('refuses to remove an up host', async () => {
    const r = await t.req('DELETE', `${API}/hosts/${hostId}`);
    expect(r.status).toBe(409);
  });
});

describe('XML bodies', () => {
  it('all validate against the served schema', async () => {
    const { count, failures } = await t.validateXml();
    expect(count).toBeGreaterThan(10);
    expect(failures).toBe('');
  });
});
