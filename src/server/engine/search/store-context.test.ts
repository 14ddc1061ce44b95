import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/store.ts';
import { runSearch } from './search.ts';
import { storeSearchContext } from './store-context.ts';

describe('search over the SQLite store', () => {
  let dir: string;
  let store: Store;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vantage-search-'));
    store = Store.open(join(dir, 'engine.db'));
    store.insert('data_centers', { id: 'dc1', name: 'Default', status: 'up' });
    store.insert('clusters', { id: 'c1', name: 'Production', data_center: { id: 'dc1' } });
    store.insert('hosts', { id: 'h1', name: 'node1', status: 'up', cluster: { id: 'c1' } });
    store.insert('hosts', { id: 'h2', name: 'node2', status: 'maintenance', cluster: { id: 'c1' } });
    store.insert('tags', { id: 'root', name: 'root' });
    store.insert('tags', { id: 'tw', name: 'web', parent: { id: 'root' } });
    store.insert('tags', { id: 'twe', name: 'web-eu', parent: { id: 'tw' } });
    store.insert('vms', { id: 'v1', name: 'web01', status: 'up', cluster: { id: 'c1' }, host: { id: 'h1' }, memory: 4 * 1024 ** 3 });
    store.insert('vms', { id: 'v2', name: 'web02', status: 'down', cluster: { id: 'c1' }, memory: 2 * 1024 ** 3 });
    store.insert('vms', { id: 'v3', name: 'db01', status: 'up', cluster: { id: 'c1' }, host: { id: 'h1' }, memory: 8 * 1024 ** 3 });
    store.insert('vm_tags', { id: 'twe' }, 'v2');
    store.insert('vm_tags', { id: 'tw' }, 'v1');
    store.addEvent({ code: 32, severity: 'normal', description: 'VM web01 started', refs: { vm: 'v1', host: 'h1' } });
    store.addEvent({ code: 12, severity: 'error', description: 'Host node2 is non responsive', refs: { host: 'h2' } });
    store.addEvent({ code: 126, severity: 'warning', description: 'VM db01 is not responding', refs: { vm: 'v3' } });
  });

  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const names = (collection: string, q: string, opts = {}) =>
    runSearch(collection, q, opts, storeSearchContext(store)).items.map((d) => String(d.name ?? `e${d.id}`));

  it('finds stored VMs by status, memory and host', () => {
    expect(names('vms', 'status=up')).toEqual(['db01', 'web01']);
    expect(names('vms', 'memory>=4096 sortby memory desc')).toEqual(['db01', 'web01']);
    expect(names('vms', 'host.name=node1 and name=web*')).toEqual(['web01']);
  });

  it('reads tag assignments stored under their VM, with the tag tree', () => {
    expect(names('vms', 'tag=web')).toEqual(['web01', 'web02']);
    expect(names('vms', 'tag=web-eu')).toEqual(['web02']);
  });

  it('searches the event table, newest first, with from', () => {
    expect(names('events', '')).toEqual(['e3', 'e2', 'e1']);
    expect(names('events', 'severity>normal')).toEqual(['e3', 'e2']);
    expect(names('events', 'event_host=node2')).toEqual(['e2']);
    expect(names('events', '', { from: 1 })).toEqual(['e3', 'e2']);
    expect(names('hosts', 'events.severity=error')).toEqual(['node2']);
  });

  it('does not return deleted events', () => {
    store.deleteEvent(2);
    try {
      expect(names('events', '')).toEqual(['e3', 'e1']);
    } finally {
      store.undeleteEvents();
    }
  });

  it('sees writes made after an earlier search (the parsed-document cache follows the database)', () => {
    expect(names('vms', 'name=new*')).toEqual([]);
    store.insert('vms', { id: 'v9', name: 'new01', status: 'up', cluster: { id: 'c1' } });
    expect(names('vms', 'name=new*')).toEqual(['new01']);
    store.update('vms', 'v9', { status: 'down' });
    expect(names('vms', 'name=new* and status=down')).toEqual(['new01']);
    store.remove('vms', 'v9');
    expect(names('vms', 'name=new*')).toEqual([]);
  });

  it('hands out cached documents frozen, so nobody can change them behind the store', () => {
    const [vm] = runSearch('vms', 'name=web01', {}, storeSearchContext(store)).items;
    expect(Object.isFrozen(vm)).toBe(true);
    expect(() => {
      (vm as Record<string, unknown>).status = 'down';
    }).toThrow(TypeError);
  });
});
