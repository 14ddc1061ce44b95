/**
 * What an iSCSI login shows a host (`/hosts/{id}/storage`): the lab target's LUNs, used ones
 * marked with their volume group, spare ones free; a new block domain can be made of a spare
 * LUN after discovery and login — the storage wizard's iSCSI path, over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorHooks } from '../sim/engine-hooks.ts';
import { API, asList, TestEngine } from './test-support.ts';

const t = new TestEngine({ hooks: (store) => simulatorHooks(store, { speed: 1, seed: 1, faults: false, start: false }) });
const TARGET = 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab';

async function post(p: string, body: unknown) {
  const r = await t.req('POST', p, { body: JSON.stringify(body), headers: { accept: 'application/json', 'content-type': 'application/json' } });
  return { status: r.status, body: r.json() };
}
async function host(name: string) {
  return asList((await t.getJson(`${API}/hosts?search=name%3D${name}`)).json().host)[0];
}
const luns = (items: any[]) => items.flatMap((s) => asList(s.logical_units?.logical_unit));

beforeAll(async () => {
  await t.start();
});
afterAll(async () => {
  await t.stop();
});

describe('host storage', () => {
  it('lists the LUNs of the lab target, used and free', async () => {
    const h = await host('host01');
    const items = asList((await t.getJson(`${API}/hosts/${h.id}/storage`)).json().host_storage);
    const all = luns(items);
    expect(all).toHaveLength(4);
    expect(all.every((l) => l.target === TARGET)).toBe(true);
    expect(all.filter((l) => l.status === 'free').map((l) => l.product_id).sort()).toEqual(['lun3', 'lun4']);
    expect(all.filter((l) => l.status === 'used').every((l) => typeof l.volume_group_id === 'string')).toBe(true);
    expect(items.every((s) => s.type === 'iscsi')).toBe(true);
  });

  it('shows nothing to a host still waiting for approval', async () => {
    const h = await host('lab-host02');
    expect(asList((await t.getJson(`${API}/hosts/${h.id}/storage`)).json().host_storage)).toEqual([]);
  });

  it('makes a data domain of a spare LUN after discovery and login', async () => {
    const h = await host('host01');
    const found = await post(`${API}/hosts/${h.id}/iscsidiscover`, { iscsi: { address: '192.168.20.5', port: 3260 } });
    expect(found.status).toBe(200);
    expect(await post(`${API}/hosts/${h.id}/iscsilogin`, { iscsi: { address: '192.168.20.5', port: 3260, target: TARGET } })).toMatchObject({ status: 200 });
    const spare = luns(asList((await t.getJson(`${API}/hosts/${h.id}/storage`)).json().host_storage)).find((l) => l.status === 'free');
    const created = await post(`${API}/storagedomains`, {
      name: 'block2', type: 'data', host: { id: h.id },
      storage: { type: 'iscsi', logical_units: { logical_unit: [{ id: spare.id, address: '192.168.20.5', port: 3260, target: TARGET }] } },
    });
    // a block domain spawns storage tasks: 202 with the new domain, as the engine answers
    expect([201, 202]).toContain(created.status);
    expect(created.body).toMatchObject({ name: 'block2', type: 'data', storage: { type: 'iscsi' } });
    expect(['locked', 'unattached']).toContain(created.body.status);
  });
});
