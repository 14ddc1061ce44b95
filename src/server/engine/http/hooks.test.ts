import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.ts';
import { HttpFault } from './faults.ts';
import type { EngineHooks, HookInfo } from './hooks.ts';
import { API, asList, TestEngine } from './test-support.ts';

const calls: string[] = [];
let closed = 0;
let hookStore: Store | undefined;

/** A stand-in simulator: every hook leaves a trace; some refuse or change what is stored. */
function fakeHooks(store: Store): EngineHooks {
  hookStore = store;
  const note = (what: string, type: string, info: HookInfo) => calls.push(`${what} ${type} ${info.service ?? ''} ${info.parentService ?? ''}`.trim());
  return {
    action(a) {
      calls.push(`action ${a.type} ${a.method.name}`);
      if (a.method.name === 'suspend') {
        a.binding!.update(a.doc!.id, { status: 'saving_state' }); // must be rolled back
        throw new HttpFault(409, 'Operation Failed', '[Cannot hibernate VM. Simulated refusal.]');
      }
      if (a.method.name === 'start') return { status: 'pending', output: { job: { id: 'j1' } } };
      return undefined;
    },
    checkCreate(type, doc, info) {
      note('checkCreate', type, info);
      if (doc.name === 'forbidden') throw new HttpFault(409, 'Operation Failed', '[Cannot add VM. Simulated.]');
    },
    onCreate(type, doc, info) {
      note('onCreate', type, info);
      if (type === 'vm') store.update('vms', doc.id, { status: 'image_locked' }, '');
    },
    checkRemove(type, doc, info) {
      note('checkRemove', type, info);
      if (doc.name === 'keep-me') throw new HttpFault(409, 'Operation Failed', '[Cannot remove VM. Simulated.]');
    },
    onRemove: (type, _doc, info) => note('onRemove', type, info),
    statistics: (type, doc) => [{ id: 's1', name: `sim.${type}`, kind: 'gauge', type: 'integer', unit: 'none', values: [{ datum: 7 }], [type]: { id: doc.id } }],
    search: (s) => s.docs.filter((d) => String(d.name).startsWith(s.query)),
    close: () => {
      closed++;
    },
  };
}

const t = new TestEngine({ hooks: fakeHooks });
let clusterId = '';
beforeAll(async () => {
  await t.start();
  clusterId = (await t.getJson(`${API}/clusters`)).json().cluster[0].id;
});
afterAll(async () => {
  await t.stop();
  expect(closed).toBeGreaterThan(0);
});

const json = { 'content-type': 'application/json', accept: 'application/json' };
const post = (p: string, body: unknown) => t.req('POST', p, { body: JSON.stringify(body), headers: json });

describe('engine hooks', () => {
  it('receives the opened store', () => {
    expect(hookStore).toBeDefined();
  });

  it('lets the create hooks refuse and change new objects', async () => {
    const refused = await post(`${API}/vms`, { name: 'forbidden', cluster: { id: clusterId }, template: { name: 'Blank' } });
    expect(refused.status).toBe(409);
    expect((await t.getJson(`${API}/vms?search=forbidden`)).json().vm).toBeUndefined();
    const r = await post(`${API}/vms`, { name: 'hooked', cluster: { id: clusterId }, template: { name: 'Blank' } });
    expect(r.status).toBe(201);
    expect(r.json().status).toBe('image_locked');
    expect(calls).toContain('checkCreate vm vm');
    expect(calls).toContain('onCreate vm vm');
  });

  it('routes actions through the action hook, with rollback on refusal', async () => {
    const vm = asList((await t.getJson(`${API}/vms?search=hooked`)).json().vm)[0];
    const start = await post(`${API}/vms/${vm.id}/start`, {});
    expect(start.status).toBe(200);
    expect(start.json()).toMatchObject({ status: 'pending', job: { id: 'j1' } });
    const suspend = await post(`${API}/vms/${vm.id}/suspend`, {});
    expect(suspend.status).toBe(409);
    expect(suspend.json().fault.detail).toBe('[Cannot hibernate VM. Simulated refusal.]');
    expect((await t.getJson(`${API}/vms/${vm.id}`)).json().status).toBe('image_locked');
  });

  it('uses the statistics and search hooks', async () => {
    const vm = asList((await t.getJson(`${API}/vms?search=hooked`)).json().vm)[0];
    expect(vm.name).toBe('hooked');
    const stats = (await t.getJson(`${API}/vms/${vm.id}/statistics`)).json().statistic;
    expect(stats.map((s: any) => s.name)).toEqual(['sim.vm']);
  });

  it('lets the remove hooks refuse or follow a DELETE', async () => {
    const keep = (await post(`${API}/vms`, { name: 'keep-me', cluster: { id: clusterId }, template: { name: 'Blank' } })).json();
    expect((await t.req('DELETE', `${API}/vms/${keep.id}`)).status).toBe(409);
    expect((await t.get(`${API}/vms/${keep.id}`)).status).toBe(200);
    const vm = asList((await t.getJson(`${API}/vms?search=hooked`)).json().vm)[0];
    expect((await t.req('DELETE', `${API}/vms/${vm.id}`)).status).toBe(200);
    expect(calls).toContain('onRemove vm vm');
  });

  it('tells hooks about the parent of sub-collection objects', async () => {
    const dc = (await t.getJson(`${API}/datacenters`)).json().data_center[0];
    const nets = await post(`${API}/datacenters/${dc.id}/networks`, { name: 'hooked-net' });
    expect(nets.status).toBe(201);
    expect(calls).toContain('onCreate network data_center_network data_center');
  });
});
