import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine } from './test-support.ts';

const t = new TestEngine();
beforeAll(() => t.start());
afterAll(() => t.stop());

describe('protocol details', () => {
  it('refuses bodies over the limit with a 413 fault and writes nothing', async () => {
    const before = (await t.getJson(`${API}/vms`)).json().vm.length;
    const big = `<vm><name>${'x'.repeat(11 * 1024 * 1024)}</name></vm>`;
    const r = await t.req('POST', `${API}/vms`, { body: big, headers: { 'content-type': 'application/xml' } });
    expect(r.status).toBe(413);
    expect(r.xml().fault.reason).toBe('Request Entity Too Large');
    expect((await t.getJson(`${API}/vms`)).json().vm.length).toBe(before);
  });

  it('reads the seeded inventory through the sub-collection views', async () => {
    const dcs = (await t.getJson(`${API}/datacenters`)).json().data_center;
    expect(dcs.length).toBeGreaterThan(0);
    const dc = dcs[0];
    const sds = (await t.getJson(`${API}/datacenters/${dc.id}/storagedomains`)).json();
    for (const sd of asList(sds.storage_domain)) {
      expect(sd.href).toBe(`${API}/datacenters/${dc.id}/storagedomains/${sd.id}`);
      expect(sd.actions.link.map((l: any) => l.rel)).toEqual(['activate', 'deactivate']);
      expect(sd.status).toBeDefined();
    }
    const vms = (await t.getJson(`${API}/vms`)).json().vm;
    const stats = (await t.getJson(`${API}/vms/${vms[0].id}/statistics`)).json().statistic;
    const installed = stats.find((s: any) => s.name === 'memory.installed');
    // Java UUID.nameUUIDFromBytes("memory.installed")
    // Java UUID.nameUUIDFromBytes("memory.installed".getBytes()), computed independently
    expect(installed.id).toBe('5a89a1d2-32be-33f7-a0d1-f8b5bc974ff6');
    expect(installed.unit).toBe('bytes');
    expect(installed.values.value[0].datum).toBe(Number(vms[0].memory));
  });

  it('attaches a storage domain to a data center and detaches it', async () => {
    const json = { 'content-type': 'application/json', accept: 'application/json' };
    const host = (await t.getJson(`${API}/hosts`)).json().host[0];
    const dc = (await t.req('POST', `${API}/datacenters`, { body: '{"name":"sd-dc","local":false}', headers: json })).json();
    const sd = (await t.req('POST', `${API}/storagedomains`, { body: JSON.stringify({ name: 'sd-new', type: 'data', storage: { type: 'nfs', address: 'nfs.example', path: '/x' }, host: { id: host.id } }), headers: json })).json();
    expect(sd.status).toBe('unattached');
    const att = await t.req('POST', `${API}/datacenters/${dc.id}/storagedomains`, { body: `<storage_domain id="${sd.id}"/>`, headers: { 'content-type': 'application/xml' } });
    expect(att.status).toBe(201);
    expect(att.xml().storage_domain['@href']).toBe(`${API}/datacenters/${dc.id}/storagedomains/${sd.id}`);
    const listed = (await t.getJson(`${API}/datacenters/${dc.id}/storagedomains`)).json().storage_domain;
    expect(listed.map((x: any) => [x.id, x.status, x.master])).toEqual([[sd.id, 'active', 'true']]);
    expect((await t.getJson(`${API}/storagedomains/${sd.id}`)).json().data_centers.data_center.map((d: any) => d.id)).toEqual([dc.id]);
    // detach only from maintenance (api-reference §8)
    expect((await t.req('DELETE', `${API}/datacenters/${dc.id}/storagedomains/${sd.id}`)).status).toBe(409);
    expect((await t.req('POST', `${API}/datacenters/${dc.id}/storagedomains/${sd.id}/deactivate`, { body: '<action/>', headers: { 'content-type': 'application/xml' } })).status).toBe(200);
    expect((await t.req('DELETE', `${API}/datacenters/${dc.id}/storagedomains/${sd.id}`)).status).toBe(200);
    expect((await t.getJson(`${API}/datacenters/${dc.id}/storagedomains`)).json().storage_domain).toBeUndefined();
    expect((await t.getJson(`${API}/storagedomains/${sd.id}`)).json().data_centers).toBeUndefined();
  });

  it('polls events incrementally with from (matrix or query) and max', async () => {
    const all = asList((await t.getJson(`${API}/events`)).json().event);
    expect(all.length).toBeGreaterThan(2);
    const newest = Number(all[0].index);
    expect(Number(all[1].index)).toBeLessThan(newest);
    expect(asList((await t.getJson(`${API}/events?max=1`)).json().event).map((e: any) => e.id)).toEqual([all[0].id]);
    const after = asList((await t.getJson(`${API}/events;from=${newest - 1}`)).json().event);
    expect(after.map((e: any) => Number(e.index))).toEqual([newest]);
    expect((await t.getJson(`${API}/events?from=${newest}`)).json().event).toBeUndefined();
  });

  it('treats X-Ovirt-Expect: 202-accepted like async', async () => {
    const vm = (await t.getJson(`${API}/vms`)).json().vm[0];
    const r = await t.req('POST', `${API}/vms/${vm.id}/freezefilesystems`, { body: '<action/>', headers: { 'content-type': 'application/xml', 'x-ovirt-expect': '202-accepted' } });
    expect(r.status).toBe(202);
  });

  it('counts VMs with detail=size in the query or the Accept header, and only counts with -main', async () => {
    const total = (await t.getJson(`${API}/vms`)).json().vm.length;
    const viaAccept = (await t.get(`${API}/vms`, { accept: 'application/xml; detail=+size' })).xml().vms;
    expect(viaAccept.size).toBe(total);
    expect(asList(viaAccept.vm)).toHaveLength(total);
    const countOnly = (await t.get(`${API}/vms?detail=${encodeURIComponent('-main+size')}`)).xml().vms;
    expect(countOnly.size).toBe(total);
    expect(countOnly.vm).toBeUndefined();
  });

  it('answers JSON when accept=application/json is in the query', async () => {
    const r = await t.get(`${API}/clusters?accept=application/json`, { accept: 'application/xml' });
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Array.isArray(r.json().cluster)).toBe(true);
  });

  it('all XML bodies validate against the served schema', async () => {
    const { count, failures } = await t.validateXml();
    expect(count).toBeGreaterThan(0);
    expect(failures).toBe('');
  });
});
