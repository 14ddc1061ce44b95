import { describe, expect, it } from 'vitest';
import { buildInventory, inventoryContext, NOW } from './__fixtures__/inventory.ts';
import { cases, malformed } from './__fixtures__/search-cases.ts';
import { runSearch, SearchError, type Doc, type SearchOptions } from './search.ts';

const ctx = inventoryContext(buildInventory());

function label(collection: string, d: Doc): string {
  if (collection === 'events') return `e${d.id}`;
  if (collection === 'jobs') return d.id;
  return String(d.name ?? d.alias ?? d.id);
}

function search(collection: string, query: string, opts: SearchOptions = {}): string[] {
  return runSearch(collection, query, { now: NOW, ...opts }, ctx).items.map((d) => label(collection, d));
}

describe('runSearch over a fixed inventory', () => {
  it('has a large table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.each(cases.map((k) => [`${k.c} ${JSON.stringify(k.q)}${k.opts ? ' ' + JSON.stringify(k.opts) : ''}`, k] as const))('%s', (_name, k) => {
    const got = search(k.c, k.q, k.opts);
    if (k.ordered) expect(got).toEqual(k.expect);
    else expect([...got].sort()).toEqual([...k.expect].sort());
  });
});

describe('malformed queries', () => {
  it('has at least 20', () => expect(malformed.length).toBeGreaterThanOrEqual(20));

  it.each(malformed.map((b) => [`${b.c ?? 'vms'} ${JSON.stringify(b.q)}`, b] as const))('%s is refused', (_name, b) => {
    let error: unknown;
    try {
      search(b.c ?? 'vms', b.q, b.opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SearchError);
    const se = error as SearchError;
    expect(se.status).toBe(400);
    expect(se.detail).toMatch(b.detail);
  });
});

describe('search documents handed in', () => {
  it('filters the given candidates instead of the whole collection', () => {
    const inv = buildInventory();
    const some = inv.docs.vms.filter((v) => v.cluster && (v.cluster as { id: string }).id === 'cl-prod');
    const got = runSearch('vms', 'status=up', { docs: some, now: NOW }, inventoryContext(inv)).items.map((d) => d.name);
    expect(got).toEqual(['db01', 'HPC-node', 'web01', 'web02']);
  });

  it('sees changes to the inventory on the next search', () => {
    const inv = buildInventory();
    const c = inventoryContext(inv);
    expect(runSearch('vms', 'status=up', {}, c).items).toHaveLength(5);
    (inv.docs.vms.find((v) => v.name === 'web01') as Doc).status = 'down';
    expect(runSearch('vms', 'status=up', {}, c).items.map((d) => d.name)).not.toContain('web01');
  });
});
