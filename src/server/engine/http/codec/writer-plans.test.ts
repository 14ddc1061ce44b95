/**
 * The text writers take shortcuts (compiled per-type plans, text built directly); these tests
 * hold them to the plain object-building path on everything the seeded inventories store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoInventory } from '../../store/seed.ts';
import { COLLECTION_TYPES, Store } from '../../store/store.ts';
import { SAMPLES } from './__fixtures__/sample-docs.ts';
import { writeJson, writeJsonCollection, writeJsonCollectionValue, writeJsonValue } from './json-writer.ts';

let dir: string;
let store: Store;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-writer-plans-'));
  store = Store.open(join(dir, 'engine.db'));
  store.transaction(() => seedDemoInventory(store, { seed: 3 }));
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('JSON text writer', () => {
  it('writes exactly what the object path writes, for every seeded document and sample', () => {
    let checked = 0;
    for (const [collection, type] of Object.entries(COLLECTION_TYPES)) {
      const docs = store.list(collection).map((d) => ({ ...d, href: `/x/${d.id}`, link: [{ rel: 'nics', href: `/x/${d.id}/nics` }], actions: [] }));
      for (const doc of docs) {
        expect(writeJson(type, doc)).toBe(JSON.stringify(writeJsonValue(type, doc)));
        checked++;
      }
      const opts = { size: docs.length, actions: [{ rel: 'undelete', href: '/x/undelete' }] };
      expect(writeJsonCollection(type, docs, opts)).toBe(JSON.stringify(writeJsonCollectionValue(type, docs, opts)));
    }
    for (const [type, doc] of Object.entries(SAMPLES)) expect(writeJson(type, doc)).toBe(JSON.stringify(writeJsonValue(type, doc)));
    expect(checked).toBeGreaterThan(100);
  });

  it('drops what does not fit the model the same way (bad scalars, cycles, empty lists)', () => {
    const cyclic: Record<string, unknown> = { id: 'v1', name: 'a"b\n', memory: 'lots', stateless: 'maybe', nics: [], tags: [{ id: 't' }, 5] };
    cyclic.cpu = { topology: cyclic };
    expect(writeJson('vm', cyclic)).toBe(JSON.stringify(writeJsonValue('vm', cyclic)));
    expect(writeJsonCollection('vm', [])).toBe('{}');
  });
});
