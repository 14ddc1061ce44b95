import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
beforeEach(() => {
  w = buildWorld();
});
afterEach(() => w.close());

const att = (id: string, dc = ids.dc) => w.store.get('attached_storage_domains', id, dc);
const dcCtx = () => ({ ...w.ctx, parentId: ids.dc });

describe('storage domain in a data center', () => {
  it('deactivate: active → preparing_for_maintenance → maintenance; events 968 then 1029', () => {
    w.sim.act('attached_storage_domain', ids.sdIso, 'deactivate', {}, dcCtx());
    expect(w.trace(() => att(ids.sdIso)?.status, 6_000)).toEqual(['preparing_for_maintenance', 'maintenance']);
    expect(w.codes()).toEqual([968, 1029]);
  });

  it('activate: maintenance → activating → active; event 966', () => {
    w.sim.act('attached_storage_domain', ids.sdData2, 'activate', {}, dcCtx());
    expect(w.trace(() => att(ids.sdData2)?.status, 6_000)).toEqual(['activating', 'active']);
    expect(w.codes()).toEqual([966]);
    expect(att(ids.sdData2)?.master).toBe(false);
  });

  it('deactivating the master hands the role to another active data domain', () => {
    w.sim.act('attached_storage_domain', ids.sdData2, 'activate', {}, dcCtx());
    w.advance(5_000);
    w.sim.act('attached_storage_domain', ids.sdData, 'deactivate', {}, dcCtx());
    w.advance(6_000);
    expect(att(ids.sdData)).toMatchObject({ status: 'maintenance', master: false });
    expect(att(ids.sdData2)).toMatchObject({ status: 'active', master: true });
    expect(w.store.get('storage_domains', ids.sdData2, '')?.master).toBe(true);
    expect(w.store.get('data_centers', ids.dc, '')?.status).toBe('up');
  });

  it('detach from maintenance makes the domain unattached (event 964)', () => {
    w.sim.act('attached_storage_domain', ids.sdData2, 'detach', {}, dcCtx());
    expect(att(ids.sdData2)).toBeUndefined();
    expect(w.store.get('storage_domains', ids.sdData2, '')).toMatchObject({ status: 'unattached', data_centers: [] });
    expect(w.codes()).toEqual([964]);
  });

  it('attach: locked → active, first data domain becomes master, data center uninitialized → up', () => {
    // A fresh data center with no storage.
    w.store.insert('data_centers', { id: 'dc-2', name: 'New', status: 'uninitialized' });
    w.store.insert('clusters', { id: 'cl-2', name: 'New', data_center: { id: 'dc-2' } });
    w.store.update('hosts', ids.host3, { cluster: { id: 'cl-2' }, status: 'up' });
    const doc = w.store.insert('attached_storage_domains', { id: 'sd-free', status: 'active' }, 'dc-2');
    w.sim.onCreate('attached_storage_domain', doc, { ...w.ctx, parentId: 'dc-2' });
    expect(w.trace(() => att('sd-free', 'dc-2')?.status, 5_000)).toEqual(['locked', 'active']);
    expect(att('sd-free', 'dc-2')?.master).toBe(true);
    expect(w.store.get('data_centers', 'dc-2', '')?.status).toBe('up');
    expect(w.host(ids.host3).spm).toMatchObject({ status: 'spm' });
    expect(w.codes()).toEqual(expect.arrayContaining([962, 966, 10810]));
  });

  it('the data center goes maintenance when all its domains are', () => {
    for (const sd of [ids.sdData, ids.sdIso]) w.sim.act('attached_storage_domain', sd, 'deactivate', {}, dcCtx());
    w.advance(6_000);
    expect(w.store.get('data_centers', ids.dc, '')?.status).toBe('maintenance');
  });

  it('setmaster moves the master role to another active data domain; isattached answers', () => {
    w.sim.act('attached_storage_domain', ids.sdData2, 'activate', {}, dcCtx());
    expect(() => w.sim.act('data_center', ids.dc, 'setmaster', { storage_domain: { name: 'data2' } }, w.ctx)).toThrow(/must be an active data domain/);
    w.advance(5_000);
    w.sim.act('data_center', ids.dc, 'setmaster', { storage_domain: { name: 'data2' } }, w.ctx);
    expect(att(ids.sdData2)?.master).toBe(true);
    expect(att(ids.sdData)?.master).toBe(false);
    expect(w.sim.act('storage_domain', ids.sdData, 'isattached', {}, w.ctx).extra).toEqual({ is_attached: true });
    expect(w.sim.act('storage_domain', 'sd-free', 'isattached', {}, w.ctx).extra).toEqual({ is_attached: false });
  });
});
