import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from './store.ts';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-doc-cache-'));
  store = Store.open(join(dir, 'engine.db'));
  store.insert('vms', { id: 'b', name: 'web', status: 'down' });
  store.insert('vms', { id: 'a', name: 'web', status: 'up' });
  store.insert('vms', { id: 'c', name: 'db', status: 'up' });
  store.insert('vm_nics', { id: 'n1', name: 'nic1' }, 'a');
  store.insert('vm_nics', { id: 'n2', name: 'nic1' }, 'b');
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = (docs: readonly { id: string }[]) => docs.map((d) => d.id);
/** what the readonly view must always agree with: a fresh read from SQLite */
const agrees = (collection: string, parent?: string) =>
  expect(store.listReadonly(collection, parent)).toEqual(store.list(collection, parent));

describe('shared parsed documents', () => {
  it('lists like list(), in name-then-id order, per parent and over all parents', () => {
    expect(ids(store.listReadonly('vms', ''))).toEqual(['c', 'a', 'b']);
    expect(ids(store.listReadonly('vm_nics', 'b'))).toEqual(['n2']);
    expect(ids(store.listReadonly('vm_nics'))).toEqual(['n1', 'n2']);
    expect(store.listReadonlyWithParent('vm_nics').map((x) => `${x.parent}/${x.doc.id}`)).toEqual(['a/n1', 'b/n2']);
    expect(store.getReadonly('vm_nics', 'n2')).toEqual({ id: 'n2', name: 'nic1' });
    expect(store.getReadonly('vms', 'zz')).toBeUndefined();
  });

  it('hands out frozen documents and arrays, and repeated reads share them', () => {
    const first = store.listReadonly('vms', '');
    expect(store.listReadonly('vms', '')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first[0] as Record<string, unknown>).status = 'x';
    }).toThrow(TypeError);
    // list() and get() still give callers their own, writable copies
    const own = store.get('vms', 'c')!;
    own.status = 'changed';
    expect(store.getReadonly('vms', 'c')!.status).toBe('up');
  });

  it('follows updates, renames, replacements, inserts and removals (cascading to owned documents)', () => {
    const before = store.listReadonly('vms', '');
    store.update('vms', 'a', { status: 'paused' });
    expect(store.getReadonly('vms', 'a', '')!.status).toBe('paused');
    expect(before.find((d) => d.id === 'a')!.status).toBe('up'); // arrays handed out earlier do not change under their reader
    agrees('vms', '');
    store.update('vms', 'c', { name: 'zzz' });
    expect(ids(store.listReadonly('vms', ''))).toEqual(['a', 'b', 'c']);
    store.replace('vms', 'b', { name: 'aaa' });
    agrees('vms', '');
    store.insert('vms', { id: 'd', name: 'b' });
    agrees('vms', '');
    agrees('vm_nics');
    store.remove('vms', 'a');
    agrees('vms', '');
    agrees('vm_nics');
    agrees('vm_nics', 'a');
    expect(store.getReadonly('vm_nics', 'n1')).toBeUndefined();
  });

  it('forgets what a rolled-back transaction wrote', () => {
    store.listReadonly('vms', '');
    expect(() =>
      store.transaction(() => {
        store.update('vms', 'a', { status: 'paused' });
        expect(store.getReadonly('vms', 'a', '')!.status).toBe('paused');
        store.insert('vms', { id: 'e', name: 'e' });
        store.listReadonly('vms', '');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(store.getReadonly('vms', 'a', '')!.status).toBe('up');
    expect(ids(store.listReadonly('vms', ''))).toEqual(['c', 'a', 'b']);
  });

  it('notices writes it did not make: raw SQL on this connection and another connection', () => {
    store.listReadonly('vms', '');
    store.db.prepare("UPDATE docs SET data = json_set(data, '$.status', 'raw') WHERE collection = 'vms' AND id = 'c'").run();
    expect(store.getReadonly('vms', 'c', '')!.status).toBe('raw');
    agrees('vms', '');
    const other = Store.open(join(dir, 'engine.db'));
    try {
      other.update('vms', 'b', { status: 'elsewhere' });
      expect(store.listReadonly('vms', '').find((d) => d.id === 'b')!.status).toBe('elsewhere');
    } finally {
      other.close();
    }
  });

  it('keeps its cache across event, token and meta writes', () => {
    const list = store.listReadonly('vms', '');
    store.addEvent({ code: 1, severity: 'normal', description: 'x' });
    store.setMeta('k', 'v');
    store.putToken({ token: 't', user: 'u', kind: 'sso', expiresAt: Date.now() + 1000 });
    expect(store.listReadonly('vms', '')).toBe(list);
  });
});
