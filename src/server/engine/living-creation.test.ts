// Asynchronous creation (api-reference §4): a POST whose object spawned storage tasks answers
// 202 with the object still locked, `creation_status` and a `creation_status/<task ids>` link;
// GET on that link follows the tasks to `complete`; `Expect: 201-created` blocks until they end.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, BASIC } from './http/test-support.ts';
import { LivingEngine } from './living-support.ts';

const live = new LivingEngine(5);
beforeAll(() => live.start(), 30_000);
afterAll(() => live.stop());

/** The creation_status link of a 202 answer (JSON), relative to the API root. */
function creationLink(obj: any): string {
  const link = (obj.link ?? []).find((l: any) => l.rel === 'creation_status');
  expect(link, 'creation_status link').toBeTruthy();
  expect(link.href.startsWith(`${obj.href}/creation_status/`)).toBe(true);
  return link.href.slice(API.length);
}

/** Polls the creation status until complete; returns the statuses seen. */
async function followCreation(link: string): Promise<string[]> {
  const seen: string[] = [];
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const status = String((await live.get(link)).status);
    if (seen[seen.length - 1] !== status) seen.push(status);
    if (status === 'complete' || status === 'failed') return seen;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`creation never ended; saw ${seen.join(' → ')}`);
}

/** A POST with a real `Expect` header (fetch refuses to send one). */
function postExpecting(p: string, body: unknown, expectHeader: string): Promise<{ status: number; json: any }> {
  const url = new URL(live.t.engine.url);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname, port: url.port, path: `${API}${p}`, method: 'POST',
        headers: { authorization: BASIC, accept: 'application/json', 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), expect: expectHeader },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: data ? JSON.parse(data) : undefined }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

describe('asynchronous creation', () => {
  it('a disk: 202 locked + creation_status pending, the link goes to complete, the disk to ok (2020 → 2021)', async () => {
    const sd = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const r = await live.post('/disks', { name: 'async-disk', provisioned_size: 1024 ** 3, format: 'cow', interface: 'virtio', storage_domains: { storage_domain: [{ id: sd.id }] } }, 'corr-disk');
    expect(r.status, JSON.stringify(r.json)).toBe(202);
    expect(r.json.status).toBe('locked');
    expect(r.json.creation_status).toBe('pending');
    expect(r.headers.get('location')).toContain(`/disks/${r.json.id}`);
    const link = creationLink(r.json);
    const statuses = await followCreation(link);
    expect(statuses[statuses.length - 1]).toBe('complete');
    expect(statuses.every((s) => ['pending', 'in_progress', 'complete'].includes(s))).toBe(true);
    expect((await live.get(`/disks/${r.json.id}`)).status).toBe('ok');
    expect(await live.codesWhen('corr-disk', [2020, 2021])).toEqual([2020, 2021]);
    expect(await live.jobsEnded('corr-disk')).toEqual(['finished']);
    // The XML forms validate (checked at the end): the 202 body and the <creation>.
    const xml = await live.getXml(link);
    expect(xml.status).toBe(200);
    expect(xml.xml().creation.status).toBe('complete');
  });

  it('a VM from a template copies its disks: 202 image_locked → down (37 → 53)', async () => {
    const template = await live.byName('templates', 'template', 'rhel9-base');
    const cluster = await live.byName('clusters', 'cluster', 'Default');
    const r = await live.post('/vms', { name: 'async-vm', cluster: { id: cluster.id }, template: { id: template.id } }, 'corr-vm');
    expect(r.status).toBe(202);
    expect(r.json.status).toBe('image_locked');
    const seen = await followCreation(creationLink(r.json));
    expect(seen[seen.length - 1]).toBe('complete');
    expect((await live.get(`/vms/${r.json.id}`)).status).toBe('down');
    expect(await live.codesWhen('corr-vm', [37, 53])).toEqual([37, 53]);
    const disks = await live.list(`/vms/${r.json.id}/diskattachments`, 'disk_attachment');
    expect(disks.length).toBeGreaterThan(0);
    for (const a of disks) expect((await live.get(`/disks/${a.disk.id}`)).status).toBe('ok');
  });

  it('a VM from Blank has nothing to copy: 201, no creation_status', async () => {
    const cluster = await live.byName('clusters', 'cluster', 'Default');
    const r = await live.post('/vms', { name: 'sync-vm', cluster: { id: cluster.id }, template: { name: 'Blank' } }, 'corr-blank');
    expect(r.status).toBe(201);
    expect(r.json.creation_status).toBeUndefined();
    expect((r.json.link ?? []).some((l: any) => l.rel === 'creation_status')).toBe(false);
    expect(await live.codes('corr-blank')).toEqual([34]);
  });

  it('a disk attachment with a new disk answers 202; attaching an existing disk answers 201', async () => {
    const vm = await live.byName('vms', 'vm', 'sync-vm');
    const sd = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const r = await live.post(`/vms/${vm.id}/diskattachments`, {
      interface: 'virtio_scsi', bootable: true, active: true,
      disk: { name: 'sync-vm_Disk1', provisioned_size: 1024 ** 3, format: 'cow', interface: 'virtio', storage_domains: { storage_domain: [{ id: sd.id }] } },
    }, 'corr-att');
    expect(r.status, JSON.stringify(r.json)).toBe(202);
    expect(r.json.creation_status).toBe('pending');
    expect((await followCreation(creationLink(r.json))).pop()).toBe('complete');
    const diskId = r.json.disk?.id ?? r.json.id;
    expect((await live.get(`/disks/${diskId}`)).status).toBe('ok');
    expect(await live.codesWhen('corr-att', [78, 97])).toEqual([78, 97]);

    const other = await live.post('/disks', { name: 'floating', provisioned_size: 1024 ** 2, format: 'raw', interface: 'virtio', storage_domains: { storage_domain: [{ id: sd.id }] } });
    expect(other.status).toBe(202);
    await followCreation(creationLink(other.json));
    const attach = await live.post(`/vms/${vm.id}/diskattachments`, { interface: 'virtio', active: true, disk: { id: other.json.id } });
    expect(attach.status).toBe(201);
  });

  it('a storage domain: 202 locked → unattached (956)', async () => {
    const host = await live.byName('hosts', 'host', 'host01');
    const r = await live.post('/storagedomains', { name: 'async-sd', type: 'data', storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/async' }, host: { id: host.id } }, 'corr-sd');
    expect(r.status).toBe(202);
    expect(r.json.status).toBe('locked');
    expect((await followCreation(creationLink(r.json))).pop()).toBe('complete');
    expect((await live.get(`/storagedomains/${r.json.id}`)).status).toBe('unattached');
    expect(await live.codes('corr-sd')).toEqual([956]);
  });

  it('Expect: 201-created blocks until the template is ready: 201 with status ok (48 → 51)', async () => {
    const vm = await live.byName('vms', 'vm', 'async-vm');
    const r = await postExpecting('/templates', { name: 'blocking-template', vm: { id: vm.id } }, '201-created');
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    expect(r.json.status).toBe('ok');
    expect(r.json.creation_status).toBeUndefined();
    expect((await live.get(`/vms/${vm.id}`)).status).toBe('down');
    const events = (await live.list('/events?max=50', 'event')).filter((e) => String(e.description).includes('blocking-template'));
    expect(events.map((e) => Number(e.code)).sort()).toEqual([48, 51]);
  });

  it('X-Ovirt-Expect: 201-created works the same for a snapshot', async () => {
    const vm = await live.byName('vms', 'vm', 'async-vm');
    const r = await live.post(`/vms/${vm.id}/snapshots`, { description: 'blocking-snap' }, 'corr-snap', { 'x-ovirt-expect': '201-created' });
    expect(r.status).toBe(201);
    expect(r.json.snapshot_status).toBe('ok');
    expect(await live.codes('corr-snap')).toEqual([45, 68]);
  });

  it('without the header the snapshot answers 202 and its creation status follows it', async () => {
    const vm = await live.byName('vms', 'vm', 'async-vm');
    const r = await live.post(`/vms/${vm.id}/snapshots`, { description: 'async-snap' }, 'corr-snap2');
    expect(r.status).toBe(202);
    expect(r.json.snapshot_status).toBe('locked');
    const xml = await live.getXml(creationLink(r.json));
    expect(['pending', 'in_progress']).toContain(xml.xml().creation.status);
    expect((await followCreation(creationLink(r.json))).pop()).toBe('complete');
  });

  it('a real Expect: 202-accepted header reaches the engine (Node would answer 417 by itself)', async () => {
    const vm = (await live.list('/vms?search=status%3Dup', 'vm'))[0];
    const r = await postExpecting(`/vms/${vm.id}/ticket`, {}, '202-accepted');
    expect(r.status).toBe(202);
    expect(r.json.ticket.value).toBeTruthy();
  });

  it('a creation status of an unknown object is 404', async () => {
    expect((await live.t.get(`${API}/disks/00000000-0000-0000-0000-00000000dead/creation_status/x`)).status).toBe(404);
  });

  it('every XML body validates against the schema', async () => {
    const sd = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const r = await live.t.req('POST', `${API}/disks`, {
      body: `<disk><name>xml-disk</name><provisioned_size>1048576</provisioned_size><format>raw</format><interface>virtio</interface><storage_domains><storage_domain id="${sd.id}"/></storage_domains></disk>`,
    });
    expect(r.status).toBe(202);
    expect(r.text.indexOf('<creation_status>pending</creation_status>')).toBeGreaterThan(0);
    expect(r.text).toMatch(/<link href="[^"]+\/creation_status\/[^"]+" rel="creation_status"\/>/);
    const { count, failures } = await live.t.validateXml();
    expect(failures).toBe('');
    expect(count).toBeGreaterThanOrEqual(2);
  });
});

describe('external jobs', () => {
  it('a job added with POST /jobs is found under the request\'s Correlation-Id, and ended with its own action', async () => {
    const r = await live.post('/jobs', { description: 'Backup of the VM images', auto_cleared: true }, 'ext-job-1');
    expect(r.status).toBe(201);
    expect(r.json.external).toBe('true');
    expect(r.json.status).toBe('started');
    const found = await live.jobs('ext-job-1');
    expect(found.map((j) => j.id)).toEqual([r.json.id]);
    expect(await live.jobs('ext-job-2')).toEqual([]);
    expect((await live.post(`/jobs/${r.json.id}/end`, { status: 'finished', succeeded: true }, 'ext-job-end')).status).toBe(200);
    expect(await live.jobsEnded('ext-job-1')).toEqual(['finished']);
  });
});
