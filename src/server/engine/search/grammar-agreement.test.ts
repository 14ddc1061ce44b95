// The dashboard's parser and the engine share one grammar (src/api/search); these tests hold
// them to it: whatever the engine's table accepts the client parses, whatever the engine
// refuses as malformed the client refuses too, at a position in the query.
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../../api/search/parse.ts';
import { suggest } from '../../../api/search/suggest.ts';
import { objectKeyForCollection, SEARCH_OBJECTS } from '../../../api/search/fields.ts';
import { cases, malformed } from './__fixtures__/search-cases.ts';
import { OBJECTS, readerMismatches } from './objects.ts';

const objectOf = (collection: string) => {
  const key = objectKeyForCollection(collection);
  return key ? SEARCH_OBJECTS[key].display : undefined;
};

describe('one grammar for the dashboard and the engine', () => {
  it('every query of the engine table parses in the client', () => {
    const refused = cases
      .map((k) => ({ k, r: parseSearch(k.q, { object: objectOf(k.c) }) }))
      .filter(({ r }) => !r.ok)
      .map(({ k, r }) => `${k.c} ${k.q}: ${r.ok ? '' : r.error.message}`);
    expect(refused).toEqual([]);
    expect(cases.length).toBeGreaterThan(150);
  });

  // refusals that depend on the request rather than the query text
  const requestLevel = (b: (typeof malformed)[number]) => b.opts !== undefined || objectOf(b.c ?? 'vms') === undefined;

  it.each(malformed.filter((b) => !requestLevel(b)).map((b) => [`${b.c ?? 'vms'} ${JSON.stringify(b.q)}`, b] as const))('client refuses %s like the engine', (_n, b) => {
    const r = parseSearch(b.q, { object: objectOf(b.c ?? 'vms') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(b.detail);
    expect(r.error.position).toBeGreaterThanOrEqual(0);
    expect(r.error.position).toBeLessThanOrEqual(b.q.length);
  });

  it('has a reader for exactly the fields, sort keys and cross-references the grammar names', () => {
    expect(readerMismatches()).toEqual([]);
    expect(Object.keys(OBJECTS).sort()).toEqual(Object.keys(SEARCH_OBJECTS).sort());
  });

  it('suggests only fields the engine evaluates', () => {
    const offered = suggest('', 0, 'Vms').items.filter((s) => s.kind === 'field').map((s) => s.text);
    expect(offered.length).toBeGreaterThan(20);
    for (const f of offered) expect(OBJECTS.vms.fields[f]?.get, f).toBeTypeOf('function');
  });
});
