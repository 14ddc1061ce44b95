// Storage, disks, templates and pools over HTTP on a living data center: storage domains in a
// data center (whose status follows its master), disks moving, templates made, exported and
// imported, a pool handing out a VM — states by polling GET, events and jobs by Correlation-Id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultOf, LivingEngine } from './living-support.ts';

const live = new LivingEngine(41);
beforeAll(() => live.start(), 30_000);
afterAll(() => live.stop());

describe('storage domains in a data center', () => {
  it('deactivating the only data domain takes the data center to maintenance; activating it brings it up (968, 1029, 966, 10810)', async () => {
    const dc = await live.byName('datacenters', 'data_center', 'Lab');
    const sd = await live.byName('storagedomains', 'storage_domain', 'data-iscsi');
    const att = `/datacenters/${dc.id}/storagedomains/${sd.id}`;
    expect(dc.status).toBe('up');
    expect((await live.get(att)).master).toBe('true');

    expect((await live.post(`${att}/deactivate`, {}, 'sd-deactivate')).status).toBe(200);
    expect(await live.watch(att, 'maintenance')).toEqual(['preparing_for_maintenance', 'maintenance']);
    expect((await live.get(`/datacenters/${dc.id}`)).status).toBe('maintenance');
    expect(await live.codesWhen('sd-deactivate', [968, 1029])).toEqual([968, 1029]);
    expect(await live.jobsEnded('sd-deactivate')).toEqual(['finished']);

    expect((await live.post(`${att}/activate`, {}, 'sd-activate')).status).toBe(200);
    expect(await live.watch(att, 'active')).toEqual(['activating', 'active']);
    expect((await live.get(`/datacenters/${dc.id}`)).status).toBe('up');
    expect(await live.codesWhen('sd-activate', [966, 10810])).toEqual([966, 10810]);
  });

  it('a new domain: created locked → unattached (956), attached locked → active (962, 966), deactivated, detached → unattached (964)', async () => {
    const dc = await live.byName('datacenters', 'data_center', 'Default');
    const host = await live.byName('hosts', 'host', 'host01');
    const created = await live.post('/storagedomains', { name: 'data-extra', type: 'data', storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/extra' }, host: { id: host.id } }, 'sd-new');
    expect(created.status).toBe(202);
    const sdPath = `/storagedomains/${created.json.id}`;
    expect(await live.watch(sdPath, 'unattached')).toEqual(['locked', 'unattached']);
    expect(await live.codes('sd-new')).toEqual([956]);

    const attached = await live.post(`/datacenters/${dc.id}/storagedomains`, { id: created.json.id }, 'sd-attach');
    expect([201, 202]).toContain(attached.status);
    const att = `/datacenters/${dc.id}/storagedomains/${created.json.id}`;
    expect(await live.watch(att, 'active')).toEqual(['locked', 'active']);
    expect(await live.codesWhen('sd-attach', [962, 966])).toEqual([962, 966]);
    // The data center keeps its master.
    expect((await live.get(att)).master).toBe('false');
    expect((await live.get(`/datacenters/${dc.id}`)).status).toBe('up');

    const early = await live.del(att);
    expect(early.status).toBe(409);
    expect(faultOf(early.json).detail).toBe("[Cannot detach Storage. The relevant Storage Domain's status is Active.]");
    expect((await live.get(att)).status).toBe('active');

    expect((await live.post(`${att}/deactivate`, {}, 'sd-extra-off')).status).toBe(200);
    expect(await live.watch(att, 'maintenance')).toEqual(['preparing_for_maintenance', 'maintenance']);
    expect((await live.del(att, 'sd-detach')).status).toBe(200);
    expect((await live.get(sdPath)).status).toBe('unattached');
    expect(await live.codes('sd-detach')).toEqual([964]);
  });

  it('importing an existing domain adds it like a new one: locked → unattached (956)', async () => {
    const host = await live.byName('hosts', 'host', 'host01');
    const r = await live.post('/storagedomains', { name: 'imported-export', type: 'export', import: true, storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/old-export' }, host: { id: host.id } }, 'sd-import');
    expect(r.status, JSON.stringify(r.json)).toBe(202);
    expect(await live.watch(`/storagedomains/${r.json.id}`, 'unattached')).toEqual(['locked', 'unattached']);
    expect(await live.codes('sd-import')).toEqual([956]);
  });

  it('refreshluns on a block domain completes and changes nothing', async () => {
    const sd = await live.byName('storagedomains', 'storage_domain', 'data-iscsi');
    const host = await live.byName('hosts', 'host', 'lab-host01');
    const r = await live.post(`/storagedomains/${sd.id}/refreshluns`, { logical_units: { logical_unit: [] }, host: { id: host.id } });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('complete');
  });
});

describe('disks, templates and pools', () => {
  it('a disk moves to another domain: locked → ok (2008, 2010)', async () => {
    const from = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const to = await live.byName('storagedomains', 'storage_domain', 'data-extra');
    const dc = await live.byName('datacenters', 'data_center', 'Default');
    const att = `/datacenters/${dc.id}/storagedomains/${to.id}`;
    expect((await live.post(`/datacenters/${dc.id}/storagedomains`, { id: to.id })).status).toBeLessThan(300);
    await live.watch(att, 'active');
    const created = await live.post('/disks', { name: 'moving', provisioned_size: 1024 ** 3, format: 'cow', interface: 'virtio', storage_domains: { storage_domain: [{ id: from.id }] } });
    const diskPath = `/disks/${created.json.id}`;
    expect(await live.watch(diskPath, 'ok')).toEqual(['locked', 'ok']);
    expect((await live.post(`${diskPath}/move`, { storage_domain: { id: to.id } }, 'disk-move')).status).toBe(200);
    expect(await live.watch(diskPath, 'ok')).toEqual(['locked', 'ok']);
    expect((await live.get(diskPath)).storage_domains.storage_domain[0].id).toBe(to.id);
    expect(await live.codesWhen('disk-move', [2008, 2010])).toEqual([2008, 2010]);
    expect(await live.jobsEnded('disk-move')).toEqual(['finished']);
  });

  it('a template from a VM: 202 locked → ok, the VM image_locked → down (48, 51)', async () => {
    const vm = await live.byName('vms', 'vm', 'backup-proxy');
    const r = await live.post('/templates', { name: 'proxy-golden', vm: { id: vm.id } }, 'tpl-create');
    expect(r.status).toBe(202);
    expect(r.json.status).toBe('locked');
    expect(await live.watch(`/templates/${r.json.id}`, 'ok')).toEqual(['locked', 'ok']);
    expect((await live.get(`/vms/${vm.id}`)).status).toBe('down');
    expect(await live.codesWhen('tpl-create', [48, 51])).toEqual([48, 51]);
    const vmDisks = await live.list(`/vms/${vm.id}/diskattachments`, 'disk_attachment');
    expect((await live.list(`/templates/${r.json.id}/diskattachments`, 'disk_attachment')).length).toBe(vmDisks.length);
  });

  it('a template exported (1164, 1156) and imported back as a copy (1163, 1158), each locked → ok', async () => {
    const template = await live.byName('templates', 'template', 'proxy-golden');
    const dc = await live.byName('datacenters', 'data_center', 'Default');
    const exportSd = await live.byName('storagedomains', 'storage_domain', 'export');
    const data = await live.byName('storagedomains', 'storage_domain', 'data-nfs');
    const att = `/datacenters/${dc.id}/storagedomains/${exportSd.id}`;
    await live.post(`${att}/activate`, {});
    await live.watch(att, 'active');

    const exported = await live.post(`/templates/${template.id}/export`, { storage_domain: { name: 'export' } }, 'tpl-export');
    expect(exported.status, JSON.stringify(exported.json)).toBe(200);
    expect(await live.watch(`/templates/${template.id}`, 'ok')).toEqual(['locked', 'ok']);
    expect(await live.codesWhen('tpl-export', [1164, 1156])).toEqual([1164, 1156]);
    expect((await live.list(`/storagedomains/${exportSd.id}/templates`, 'template')).map((t) => t.name)).toEqual(['proxy-golden']);

    const r = await live.post(`/storagedomains/${exportSd.id}/templates/${template.id}/import`, { cluster: { name: 'Production' }, storage_domain: { id: data.id }, clone: true, template: { name: 'proxy-golden-2' } }, 'tpl-import');
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    const copy = await live.byName('templates', 'template', 'proxy-golden-2');
    expect(await live.watch(`/templates/${copy.id}`, 'ok')).toEqual(['locked', 'ok']);
    expect(await live.codesWhen('tpl-import', [1163, 1158])).toEqual([1163, 1158]);
    expect(await live.jobsEnded('tpl-import')).toEqual(['finished']);
  });

  it('allocatevm hands out a pool VM and starts it (316, 153, 32)', async () => {
    const pool = await live.byName('vmpools', 'vm_pool', 'desktop-pool');
    const r = await live.post(`/vmpools/${pool.id}/allocatevm`, {}, 'pool-allocate');
    expect(r.status).toBe(200);
    const vmId = r.json.vm.id;
    const vm = await live.get(`/vms/${vmId}`);
    expect(vm.vm_pool.id).toBe(pool.id);
    if (vm.status !== 'up') {
      expect(await live.watch(`/vms/${vmId}`, 'up')).toEqual(expect.arrayContaining(['powering_up', 'up']));
      expect(await live.codesWhen('pool-allocate', [316, 153, 32])).toEqual([316, 153, 32]);
    } else {
      // A prestarted VM is handed out as it is.
      expect(await live.codes('pool-allocate')).toEqual([316]);
    }
  });

  it('every XML body seen validates', async () => {
    expect((await live.getXml('/storagedomains')).status).toBe(200);
    expect((await live.t.validateXml()).failures).toBe('');
  });
});
