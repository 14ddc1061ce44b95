/**
 * Host networking and iSCSI discovery behind a real engine with the simulator: setupnetworks
 * moves attachments and bonds (all or nothing), refusals are 409 faults, iscsidiscover lists
 * the targets the inventory knows at a portal, approve may choose the cluster.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine } from '../http/test-support.ts';
import { simulatorHooks } from './engine-hooks.ts';

const t = new TestEngine({ hooks: (store) => simulatorHooks(store, { speed: 1, seed: 1, faults: false, start: false }) });

async function post(p: string, body: unknown) {
  const r = await t.req('POST', p, { body: JSON.stringify(body), headers: { accept: 'application/json', 'content-type': 'application/json' } });
  return { status: r.status, body: r.json() };
}
async function host(name: string) {
  return asList((await t.getJson(`${API}/hosts?search=name%3D${name}`)).json().host)[0];
}
async function nics(hostId: string): Promise<any[]> {
  return asList((await t.getJson(`${API}/hosts/${hostId}/nics`)).json().host_nic);
}
async function attachments(hostId: string): Promise<any[]> {
  return asList((await t.getJson(`${API}/hosts/${hostId}/networkattachments`)).json().network_attachment);
}
async function networkId(name: string) {
  return asList((await t.getJson(`${API}/networks?search=name%3D${name}`)).json().network)[0].id as string;
}

beforeAll(async () => {
  await t.start();
});
afterAll(async () => {
  await t.stop();
});

describe('host networks', () => {
  it('seeds the attachments the NICs carry', async () => {
    const h = await host('host02');
    const atts = await attachments(h.id);
    const byNic = Object.fromEntries((await nics(h.id)).map((n) => [n.id, n.name]));
    expect(atts.map((a) => byNic[a.host_nic.id]).sort()).toEqual(['bond0', 'eth0']);
  });

  it('breaks a bond, makes another and moves its network there in one request', async () => {
    const h = await host('host02');
    const before = await nics(h.id);
    const bond0 = before.find((n) => n.name === 'bond0');
    const vlan = (await attachments(h.id)).find((a) => a.host_nic.id === bond0.id);
    const r = await post(`${API}/hosts/${h.id}/setupnetworks`, {
      removed_bonds: { host_nic: [{ id: bond0.id }] },
      modified_bonds: { host_nic: [{ name: 'bond1', bonding: { options: { option: [{ name: 'mode', value: '1' }] }, slaves: { host_nic: [{ name: 'eth1' }, { name: 'eth2' }] } } }] },
      modified_network_attachments: { network_attachment: [{ id: vlan.id, host_nic: { name: 'bond1' } }] },
      check_connectivity: true,
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('complete');
    const after = await nics(h.id);
    expect(after.map((n) => n.name).sort()).toEqual(['bond1', 'eth0', 'eth1', 'eth2', 'eth3']);
    const bond1 = after.find((n) => n.name === 'bond1');
    expect(asList(bond1.bonding.slaves.host_nic).map((s: any) => after.find((n) => n.id === s.id)?.name)).toEqual(['eth1', 'eth2']);
    expect(asList(bond1.bonding.options.option)[0]).toMatchObject({ name: 'mode', value: '1' });
    const moved = (await attachments(h.id)).find((a) => a.id === vlan.id);
    expect(moved.host_nic.id).toBe(bond1.id);
  });

  it('attaches and detaches a network by name', async () => {
    const h = await host('host01');
    const eth1 = (await nics(h.id)).find((n) => n.name === 'eth1');
    const net = await networkId('vlan100');
    const r = await post(`${API}/hosts/${h.id}/setupnetworks`, { modified_network_attachments: { network_attachment: [{ network: { name: 'vlan100' }, host_nic: { name: 'eth1' } }] } });
    expect(r.status).toBe(200);
    const added = (await attachments(h.id)).find((a) => a.network.id === net);
    expect(added.host_nic.id).toBe(eth1.id);
    expect((await nics(h.id)).find((n) => n.name === 'eth1').network.id).toBe(net);
    const d = await post(`${API}/hosts/${h.id}/setupnetworks`, { removed_network_attachments: { network_attachment: [{ id: added.id }] } });
    expect(d.status).toBe(200);
    expect((await attachments(h.id)).some((a) => a.network.id === net)).toBe(false);
    expect((await nics(h.id)).find((n) => n.name === 'eth1').network).toBeUndefined();
  });

  it('refuses what does not hold together and changes nothing', async () => {
    const h = await host('host04');
    const before = await attachments(h.id);
    const oneSlave = await post(`${API}/hosts/${h.id}/setupnetworks`, {
      modified_network_attachments: { network_attachment: [{ network: { name: 'vlan100' }, host_nic: { name: 'eth1' } }] },
      modified_bonds: { host_nic: [{ name: 'bond0', bonding: { slaves: { host_nic: [{ name: 'eth1' }] } } }] },
    });
    expect(oneSlave.status).toBe(409);
    expect(oneSlave.body.fault.detail).toContain('less than two Network Interfaces: bond0');
    const twice = await post(`${API}/hosts/${h.id}/setupnetworks`, { modified_network_attachments: { network_attachment: [{ network: { name: 'ovirtmgmt' }, host_nic: { name: 'eth1' } }] } });
    expect(twice.status).toBe(409);
    expect(twice.body.fault.detail).toContain('already attached');
    const foreign = await post(`${API}/hosts/${(await host('lab-host01')).id}/setupnetworks`, { modified_network_attachments: { network_attachment: [{ network: { name: 'vlan100' }, host_nic: { name: 'eth1' } }] } });
    expect(foreign.status).toBe(409);
    expect(foreign.body.fault.detail).toContain("not attached to the host's cluster");
    expect(await attachments(h.id)).toEqual(before);
    expect((await nics(h.id)).map((n) => n.name).sort()).toEqual(['eth0', 'eth1']);
  });
});

describe('iSCSI and approve', () => {
  it('discovers the targets at a known portal and logs in to one', async () => {
    const h = await host('lab-host01');
    const d = await post(`${API}/hosts/${h.id}/iscsidiscover`, { iscsi: { address: '192.168.20.5', port: 3260 } });
    expect(d.status).toBe(200);
    expect(asList(d.body.iscsi_targets.iscsi_target)).toEqual(['iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab']);
    const detailed = await post(`${API}/hosts/${h.id}/discoveriscsi`, { iscsi: { address: '192.168.20.5' } });
    expect(asList(detailed.body.discovered_targets.iscsi_details)[0]).toMatchObject({ address: '192.168.20.5', target: 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab' });
    const login = await post(`${API}/hosts/${h.id}/iscsilogin`, { iscsi: { address: '192.168.20.5', port: 3260, target: 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab' } });
    expect(login.status).toBe(200);
    const nowhere = await post(`${API}/hosts/${h.id}/iscsidiscover`, { iscsi: { address: '10.9.9.9' } });
    expect(nowhere.status).toBe(409);
    expect(nowhere.body.fault.detail).toContain('Failed discovery of iSCSI targets');
    const wrong = await post(`${API}/hosts/${h.id}/iscsilogin`, { iscsi: { address: '192.168.20.5', target: 'iqn.nothing' } });
    expect(wrong.status).toBe(409);
  });

  it('approves a pending host into the chosen cluster', async () => {
    const h = await host('lab-host02');
    const cluster = asList((await t.getJson(`${API}/clusters?search=name%3DDefault`)).json().cluster)[0];
    const r = await post(`${API}/hosts/${h.id}/approve`, { cluster: { id: cluster.id } });
    expect(r.status).toBe(200);
    const after = (await t.getJson(`${API}/hosts/${h.id}`)).json();
    expect(after.cluster.id).toBe(cluster.id);
    expect(after.status).toBe('installing');
  });
});

describe('power management', () => {
  it('keeps a fence agent password write-only', async () => {
    const h = await host('host04');
    const created = await post(`${API}/hosts/${h.id}/fenceagents`, { type: 'ipmilan', address: '10.0.0.14', username: 'admin', password: 'pw-secret', order: 1 });
    expect(created.status).toBe(201);
    expect(created.body.password).toBeUndefined();
    const listed = (await t.getJson(`${API}/hosts/${h.id}/fenceagents`)).text;
    expect(listed).toContain('10.0.0.14');
    expect(listed).not.toContain('pw-secret');
    const xml = (await t.get(`${API}/hosts/${h.id}/fenceagents/${created.body.id}`)).text;
    expect(xml).toContain('<username>admin</username>');
    expect(xml).not.toContain('pw-secret');
  });
});
