import { describe, expect, it } from 'vitest';
import type { ColumnDef } from '../columns.ts';
import { collectionPattern, columnsStorageKey, isHideable, parseColumnIds, readStoredColumns, storeColumns, visibleColumns } from './column-prefs.ts';

const col = (id: string, kind: ColumnDef['kind'] = 'text'): ColumnDef => ({ id, title: id, path: id, kind });
const available = [col('name', 'name'), col('status', 'status'), col('host', 'ref'), col('memory', 'bytes'), col('id')];
const defaults = available.slice(0, 4);

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('column preferences', () => {
  it('keys by user and by collection pattern (ids replaced)', () => {
    expect(collectionPattern('/ovirt-engine/api/vms', '/ovirt-engine/api')).toBe('/vms');
    expect(collectionPattern('/ovirt-engine/api/hosts/123/nics?x=1', '/ovirt-engine/api')).toBe('/hosts/*/nics');
    expect(columnsStorageKey('admin@internal', '/vms')).toBe('vantage.columns.v1:admin@internal:/vms');
    expect(columnsStorageKey('alice', '/vms')).not.toBe(columnsStorageKey('bob', '/vms'));
  });
  it('parses column ids and rejects junk', () => {
    expect(parseColumnIds('name,status,cpu.topology')).toEqual(['name', 'status', 'cpu.topology']);
    expect(parseColumnIds('name,,name, <script>')).toEqual(['name']);
    expect(parseColumnIds('')).toBeNull();
    expect(parseColumnIds(null)).toBeNull();
  });
  it('round-trips through storage and forgets on reset', () => {
    const s = new MemoryStorage();
    const key = columnsStorageKey('admin', '/vms');
    expect(readStoredColumns(s, key)).toBeNull();
    storeColumns(s, key, ['name', 'memory']);
    expect(readStoredColumns(s, key)).toEqual(['name', 'memory']);
    expect(readStoredColumns(s, columnsStorageKey('other', '/vms'))).toBeNull();
    storeColumns(s, key, null);
    expect(readStoredColumns(s, key)).toBeNull();
  });
  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(readStoredColumns(broken, 'k')).toBeNull();
    expect(() => storeColumns(broken, 'k', ['name'])).not.toThrow();
  });
  it('shows the chosen columns in table order, always with the name', () => {
    expect(visibleColumns(available, defaults, null)).toBe(defaults);
    expect(visibleColumns(available, defaults, ['memory', 'status']).map((c) => c.id)).toEqual(['name', 'status', 'memory']);
    expect(visibleColumns(available, defaults, ['id', 'gone']).map((c) => c.id)).toEqual(['name', 'id']);
    expect(isHideable(available[0])).toBe(false);
    expect(isHideable(available[1])).toBe(true);
  });
});
