import { describe, expect, it } from 'vitest';
import { allowedOps, objectForPrefix, objectKey, objectKeyForCollection, prefixWords, SEARCH_OBJECTS, SEARCHABLE_COLLECTIONS } from './fields.ts';

describe('the search field table', () => {
  it('names real objects in every cross-reference and default sort', () => {
    for (const [key, o] of Object.entries(SEARCH_OBJECTS)) {
      for (const target of Object.values(o.crossRefs)) expect(SEARCH_OBJECTS[target], `${key} → ${target}`).toBeDefined();
      expect(o.fields[o.defaultSort.field] ?? o.sortOnly?.[o.defaultSort.field], key).toBeDefined();
    }
  });

  it('gives every enum its engine names with the v4 values they stand for', () => {
    const vmStatus = SEARCH_OBJECTS.vms.fields.status.values!;
    expect(vmStatus.find(([n]) => n === 'MigratingFrom')?.[1]).toEqual(['migrating']);
    expect(SEARCH_OBJECTS.datacenter.fields.status.values!.find(([n]) => n === 'NonResponsive')?.[1]).toEqual(['problematic']);
    for (const o of Object.values(SEARCH_OBJECTS)) {
      for (const f of Object.values(o.fields)) if (f.kind === 'enum') expect(f.values?.length).toBeGreaterThan(0);
    }
  });

  it('carries units and the operators the engine takes', () => {
    expect(SEARCH_OBJECTS.vms.fields.memory.unit).toBe('MB');
    expect(SEARCH_OBJECTS.storage.fields.free_size.unit).toBe('GB');
    expect(allowedOps(SEARCH_OBJECTS.vms.fields.uptime)).toEqual(['<', '>']);
    expect(allowedOps(SEARCH_OBJECTS.vms.fields.name)).toEqual(['=', '!=']);
    expect(allowedOps(SEARCH_OBJECTS.events.fields.severity)).toContain('>=');
  });

  it('maps prefixes, names and collections to objects', () => {
    expect(objectForPrefix('VMS')).toBe('vms');
    expect(objectForPrefix('Volumes')).toBeNull();
    expect(objectForPrefix('bogus')).toBeUndefined();
    expect(prefixWords('datacenter')).toEqual(['datacenter', 'datacenters']);
    expect(objectKey('Networks')).toBe('network');
    expect(objectKeyForCollection('storagedomains')).toBe('storage');
    expect(SEARCHABLE_COLLECTIONS).toContain('data_centers');
  });
});
