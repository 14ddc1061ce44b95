import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine } from './test-support.ts';

const t = new TestEngine();
beforeAll(() => t.start());
afterAll(() => t.stop());

const xmlHeaders = { 'content-type': 'application/xml' };
const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };
const post = (p: string, body: string, json = false) => t.req('POST', p, { body, headers: json ? jsonHeaders : xmlHeaders });
const put = (p: string, body: string, json = false) => t.req('PUT', p, { body, headers: json ? jsonHeaders : xmlHeaders });

let dcId = '';
let clusterId = '';

describe('data centers, clusters, networks', () => {
  it('creates a data center in XML with 201, Location and the new object', async () => {
    const r = await post(`${API}/datacenters`, '<data_center><name>crud-dc</name><local>false</local><description>x</description></data_center>');
    expect(r.status).toBe(201);
    const dc = r.xml().data_center;
    dcId = dc['@id'];
    expect(dc['@href']).toBe(`${API}/datacenters/${dcId}`);
    expect(r.headers.get('location')).toBe(`${t.engine.url}${API}/datacenters/${dcId}`);
    expect(dc.status).toBe('uninitialized');
    expect(dc.link.map((l: any) => l['@rel'])).toEqual(expect.arrayContaining(['clusters', 'networks', 'storagedomains']));
    expect(dc.actions.link.map((l: any) => l['@rel'])).toEqual(['setmaster', 'cleanfinishedtasks']);
  });

  it('refuses a missing mandatory field with the engine fault', async () => {
    const r = await post(`${API}/datacenters`, '<data_center><description>no name</description></data_center>');
    expect(r.status).toBe(400);
    expect(r.xml().fault.reason).toBe('Incomplete parameters');
    expect(r.xml().fault.detail).toBe('DataCenter [local, name] required for add');
    const vm = await post(`${API}/vms`, '{"cluster":{"name":"x"}}', true);
    expect(vm.status).toBe(400);
    // the engine's own wording (recorded): a missing template is not an error, Blank is used
    expect(vm.json().detail).toBe('Vm [name] required for add');
    const noCluster = await post(`${API}/vms`, '<vm><name>x</name></vm>');
    expect(noCluster.xml().fault.detail).toBe('Vm [cluster.id|name] required for add');
  });

  it('translates fault texts for French callers', async () => {
    const r = await t.req('POST', `${API}/datacenters`, { body: '<data_center/>', headers: { ...xmlHeaders, 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(r.status).toBe(400);
    expect(r.xml().fault.reason).toBe('Paramètres incomplets');
    expect(r.xml().fault.detail).toBe('DataCenter [local, name] requis pour add');
  });

  it('refuses a duplicate name with 409 and writes nothing', async () => {
    const before = (await t.getJson(`${API}/datacenters`)).json().data_center.length;
    const r = await post(`${API}/datacenters`, '{"name":"crud-dc","local":false}', true);
    expect(r.status).toBe(409);
    expect(r.json().reason).toBe('Operation Failed');
    expect((await t.getJson(`${API}/datacenters`)).json().data_center.length).toBe(before);
  });

  it('creates a cluster by data center name and shows it under the data center', async () => {
    const r = await post(`${API}/clusters`, '<cluster><name>crud-cluster</name><data_center><name>crud-dc</name></data_center><cpu><type>Intel Nehalem Family</type></cpu></cluster>');
    expect(r.status).toBe(201);
    const c = r.xml().cluster;
    clusterId = c['@id'];
    expect(c.data_center['@id']).toBe(dcId);
    expect(c.data_center['@href']).toBe(`${API}/datacenters/${dcId}`);
    const sub = (await t.getJson(`${API}/datacenters/${dcId}/clusters`)).json();
    expect(sub.cluster.map((x: any) => x.id)).toEqual([clusterId]);
    expect(sub.cluster[0].href).toBe(`${API}/datacenters/${dcId}/clusters/${clusterId}`);
    const bad = await post(`${API}/clusters`, '<cluster><name>c2</name><data_center><name>nope</name></data_center></cluster>');
    expect(bad.status).toBe(400);
    expect(bad.xml().fault.detail).toContain('nope');
  });

  it('creates, updates and deletes a network in JSON', async () => {
    const r = await post(`${API}/networks`, JSON.stringify({ name: 'crud-net', data_center: { id: dcId }, vlan: { id: '10' } }), true);
    expect(r.status).toBe(201);
    const net = r.json();
    expect(net.vlan.id).toBe('10');
    expect(r.headers.get('location')).toBe(`${t.engine.url}${API}/networks/${net.id}`);
    const dcNets = (await t.getJson(`${API}/datacenters/${dcId}/networks`)).json();
    expect(dcNets.network.map((n: any) => n.id)).toContain(net.id);
    const clNets = (await t.getJson(`${API}/clusters/${clusterId}/networks`)).json();
    expect(clNets.network.map((n: any) => n.id)).toContain(net.id);
    const u = await put(`${API}/networks/${net.id}`, JSON.stringify({ description: 'changed', mtu: 9000 }), true);
    expect(u.status).toBe(200);
    expect(u.json()).toMatchObject({ id: net.id, name: 'crud-net', description: 'changed', mtu: '9000' });
    expect((await t.req('GET', `${API}/networks/${net.id}/vnicprofiles`)).status).toBe(200);
    const d = await t.req('DELETE', `${API}/networks/${net.id}`, { headers: { accept: 'application/json' } });
    expect(d.status).toBe(200);
    expect(d.json()).toEqual({ status: 'complete' });
    const gone = await t.get(`${API}/networks/${net.id}`);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('');
  });

  it('creates a network in XML and deletes it in XML', async () => {
    const r = await post(`${API}/networks`, `<network><name>xml-net</name><data_center id="${dcId}"/></network>`);
    expect(r.status).toBe(201);
    const id = r.xml().network['@id'];
    const d = await t.req('DELETE', `${API}/networks/${id}`);
    expect(d.status).toBe(200);
    expect(d.xml().action.status).toBe('complete');
  });

  it('updates and deletes a data center (JSON)', async () => {
    const c = await post(`${API}/datacenters`, '{"name":"tmp-dc","local":"false"}', true);
    expect(c.status).toBe(201);
    const id = c.json().id;
    const u = await put(`${API}/datacenters/${id}`, '{"name":"tmp-dc-2"}', true);
    expect(u.status).toBe(200);
    expect(u.json().name).toBe('tmp-dc-2');
    expect(u.json().status).toBe('uninitialized');
    expect((await t.req('DELETE', `${API}/datacenters/${id}`)).status).toBe(200);
    expect((await t.get(`${API}/datacenters/${id}`)).status).toBe(404);
  });
});

let hostId = '';
let vmId = '';

describe('hosts and VMs', () => {
  it('adds a host', async () => {
    const r = await post(`${API}/hosts`, `<host><name>crud-host</name><address>10.0.0.9</address><root_password>x</root_password><cluster id="${clusterId}"/></host>`);
    expect(r.status).toBe(201);
    hostId = r.xml().host['@id'];
    const stats = (await t.getJson(`${API}/hosts/${hostId}/statistics`)).json();
    expect(stats.statistic.map((s: any) => s.name)).toContain('memory.total');
    expect(stats.statistic[0].host.id).toBe(hostId);
  });

  it('creates a VM in XML from the Blank template and reads it in both formats', async () => {
    const r = await post(`${API}/vms`, '<vm><name>crud-vm</name><cluster><name>crud-cluster</name></cluster><template><name>Blank</name></template><memory>2147483648</memory></vm>');
    expect(r.status).toBe(201);
    const vm = r.xml().vm;
    vmId = vm['@id'];
    expect(vm.status).toBe('down');
    expect(vm.memory).toBe(2147483648);
    expect(vm.cluster['@id']).toBe(clusterId);
    expect(vm.template['@id']).toBe('00000000-0000-0000-0000-000000000000');
    const rels = vm.actions.link.map((l: any) => l['@rel']);
    expect(rels).toEqual(expect.arrayContaining(['start', 'stop', 'shutdown', 'cancelmigration']));
    expect(vm.link.map((l: any) => l['@rel'])).toEqual(expect.arrayContaining(['diskattachments', 'nics', 'cdroms', 'statistics']));

    const j = (await t.getJson(`${API}/vms/${vmId}`)).json();
    expect(j).toMatchObject({ id: vmId, name: 'crud-vm', memory: '2147483648', status: 'down' });
    const list = (await t.getJson(`${API}/vms`)).json();
    expect(list.vm.some((v: any) => v.id === vmId)).toBe(true);
    const x = (await t.get(`${API}/vms`)).xml();
    expect(asList(x.vms.vm).some((v: any) => v['@id'] === vmId)).toBe(true);
  });

  it('lists data centers, clusters and hosts in XML and JSON', async () => {
    for (const [seg, key] of [['datacenters', 'data_center'], ['clusters', 'cluster'], ['hosts', 'host'], ['vms', 'vm']]) {
      const j = (await t.getJson(`${API}/${seg}`)).json();
      expect(j[key].length, seg).toBeGreaterThan(0);
      const first = j[key][0];
      expect(first.href).toBe(`${API}/${seg}/${first.id}`);
      const one = await t.get(first.href);
      expect(one.status).toBe(200);
    }
  });

  it('reads the VM sub-collections', async () => {
    const cd = (await t.get(`${API}/vms/${vmId}/cdroms`)).xml();
    expect(asList(cd.cdroms.cdrom)[0]['@id']).toBe('00000000-0000-0000-0000-000000000000');
    const ch = await put(`${API}/vms/${vmId}/cdroms/00000000-0000-0000-0000-000000000000`, '<cdrom><file id="boot.iso"/></cdrom>');
    expect(ch.status).toBe(200);
    expect(ch.xml().cdrom.file['@id']).toBe('boot.iso');
    const att = await post(`${API}/vms/${vmId}/diskattachments`, '<disk_attachment><bootable>true</bootable><interface>virtio</interface><pass_discard>false</pass_discard><disk><name>d1</name><provisioned_size>1073741824</provisioned_size><format>cow</format></disk></disk_attachment>');
    expect(att.status).toBe(201);
    const a = att.xml().disk_attachment;
    expect(a.disk['@href']).toBe(`${API}/disks/${a.disk['@id']}`);
    const followed = (await t.getJson(`${API}/vms/${vmId}?follow=disk_attachments.disk,nics`)).json();
    expect(followed.disk_attachments.disk_attachment[0].disk.name).toBe('d1');
    expect((await t.get(`${API}/vms/${vmId}/statistics`)).status).toBe(200);
    expect((await t.get(`${API}/vms/${vmId}/nics`)).status).toBe(200);
  });

  it('updates and detaches a disk attachment, keeping the disk', async () => {
    const att = await post(`${API}/vms/${vmId}/diskattachments`, '{"bootable":false,"interface":"virtio_scsi","pass_discard":false,"disk":{"name":"d2","provisioned_size":1024,"format":"raw"}}', true);
    expect(att.status).toBe(201);
    const a = att.json();
    const u = await put(`${API}/vms/${vmId}/diskattachments/${a.id}`, '{"active":"false"}', true);
    expect(u.status).toBe(200);
    expect(u.json()).toMatchObject({ active: 'false', interface: 'virtio_scsi' });
    expect((await t.req('DELETE', `${API}/vms/${vmId}/diskattachments/${a.id}`)).status).toBe(200);
    expect((await t.get(`${API}/vms/${vmId}/diskattachments/${a.id}`)).status).toBe(404);
    expect((await t.get(`${API}/disks/${a.disk.id}`)).status).toBe(200);
  });

  it('supports search by name, max, detail=size and matrix parameters', async () => {
    const byName = (await t.getJson(`${API}/vms?search=${encodeURIComponent('name=crud-*')}`)).json();
    expect(byName.vm.map((v: any) => v.name)).toEqual(['crud-vm']);
    const none = (await t.getJson(`${API}/vms?search=name%3Dzzz`)).json();
    expect(none).toEqual({});
    const unsupported = await t.get(`${API}/vms?search=${encodeURIComponent('status=up and cpu > 3')}`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.xml().fault.detail).toMatch(/cpu/);
    const up = asList((await t.getJson(`${API}/vms?search=status%3Dup`)).json().vm);
    expect(up.length).toBeGreaterThan(0);
    expect(up.every((v: any) => v.status === 'up')).toBe(true);
    const page1 = asList((await t.getJson(`${API}/vms?search=${encodeURIComponent('sortby name asc page 1')}&max=2`)).json().vm).map((v: any) => v.name);
    const page2 = asList((await t.getJson(`${API}/vms?search=${encodeURIComponent('sortby name asc page 2')}&max=2`)).json().vm).map((v: any) => v.name);
    expect(page1).toHaveLength(2);
    expect(page2).toHaveLength(2);
    expect(page2[0] > page1[1]).toBe(true);
    // not a searchable collection: the stand-in name search still answers
    const nics = (await t.getJson(`${API}/hosts/${hostId}/nics?search=${encodeURIComponent('name=zz*')}`)).json();
    expect(nics.host_nic).toBeUndefined();
    expect((await t.getJson(`${API}/vms;max=1`)).json().vm).toHaveLength(1);
    const sized = (await t.get(`${API}/vms?detail=size&max=1`)).xml();
    expect(sized.vms.size).toBe(1);
    expect((await t.get(`${API}/vms?max=abc`)).status).toBe(400);
    expect((await t.get(`${API}/vms?all_content=maybe`)).status).toBe(400);
    expect((await t.get(`${API}/vms?all_content=Yes`)).status).toBe(200);
  });

  it('gives a new VM its template settings unless the request sets them', async () => {
    const templates = (await t.getJson(`${API}/templates`)).json().template;
    const tpl = templates.find((x: any) => x.id !== '00000000-0000-0000-0000-000000000000' && x.memory) ?? templates[0];
    const r = await post(`${API}/vms`, JSON.stringify({ name: 'from-tpl', cluster: { id: clusterId }, template: { id: tpl.id } }), true);
    expect(r.status).toBe(201);
    expect(r.json().memory).toBe(tpl.memory);
    expect(r.json().os.type).toBe(tpl.os.type);
    expect((await t.req('DELETE', `${API}/vms/${r.json().id}`)).status).toBe(200);
  });

  it('shows costly members only with all_content', async () => {
    expect((await put(`${API}/vms/${vmId}`, '<vm><virtio_scsi><enabled>true</enabled></virtio_scsi></vm>')).status).toBe(200);
    expect((await t.getJson(`${API}/vms/${vmId}`)).json().virtio_scsi).toBeUndefined();
    expect((await t.getJson(`${API}/vms/${vmId}?all_content=true`)).json().virtio_scsi).toEqual({ enabled: 'true' });
    const viaHeader = await t.req('GET', `${API}/vms/${vmId}`, { headers: { accept: 'application/json', 'all-content': 'true' } });
    expect(viaHeader.json().virtio_scsi).toEqual({ enabled: 'true' });
  });

  it('updates a VM partially', async () => {
    const r = await put(`${API}/vms/${vmId}`, '<vm><description>web server</description></vm>');
    expect(r.status).toBe(200);
    const vm = r.xml().vm;
    expect(vm.description).toBe('web server');
    expect(vm.memory).toBe(2147483648);
  });

  it('answers unknown ids and paths with an empty 404, wrong methods with 405', async () => {
    for (const p of [`${API}/vms/nope`, `${API}/nothing`, `${API}/vms/${vmId}/nothing/x`, `${API}/vms/nope/nics`]) {
      const r = await t.get(p);
      expect(r.status, p).toBe(404);
      expect(r.text, p).toBe('');
    }
    expect((await t.req('DELETE', `${API}/vms`)).status).toBe(405);
    expect((await t.req('POST', `${API}/vms/${vmId}/nosuchaction`, { body: '<action/>', headers: xmlHeaders })).status).toBe(404);
  });

  it('answers unparsable bodies with a 400 fault, never a 500', async () => {
    for (const body of ['<vm><name>broken', '{"name": ', '<!DOCTYPE x [<!ENTITY a "b">]><vm/>', 'plain text']) {
      const r = await post(`${API}/vms`, body, body.startsWith('{'));
      expect(r.status, body).toBeGreaterThanOrEqual(400);
      expect(r.status, body).toBeLessThan(500);
    }
  });

  it('keeps created objects across a restart', async () => {
    await t.restart();
    const r = (await t.getJson(`${API}/vms/${vmId}`)).json();
    expect(r.name).toBe('crud-vm');
    expect(r.description).toBe('web server');
  });

  it('removes a VM together with its disks unless detach_only', async () => {
    const diskIds = asList((await t.getJson(`${API}/vms/${vmId}/diskattachments`)).json().disk_attachment).map((a: any) => a.disk.id);
    expect(diskIds.length).toBe(1);
    const r = await t.req('DELETE', `${API}/vms/${vmId}`);
    expect(r.status).toBe(200);
    expect((await t.get(`${API}/disks/${diskIds[0]}`)).status).toBe(404);
  });

  it('deletes a VM created in JSON', async () => {
    const c = await post(`${API}/vms`, JSON.stringify({ name: 'json-vm', cluster: { id: clusterId }, template: { id: '00000000-0000-0000-0000-000000000000' } }), true);
    expect(c.status).toBe(201);
    const id = c.json().id;
    const d = await t.req('DELETE', `${API}/vms/${id}`);
    expect(d.status).toBe(200);
    expect(d.xml().action.status).toBe('complete');
    expect((await t.get(`${API}/vms/${id}`)).status).toBe(404);
  });
});

describe('XML bodies', () => {
  it('all validate against the served schema', async () => {
    const { count, failures } = await t.validateXml();
    expect(count).toBeGreaterThan(10);
    expect(failures).toBe('');
  });
});
