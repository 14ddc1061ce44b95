import { describe, expect, it } from 'vitest';
import { mustTypeName, removeFields, removeQuery } from './remove-params.ts';

describe('remove parameters', () => {
  it('offers host, format and destroy for storage domains and asks for the name', () => {
    const f = removeFields('storage_domain');
    expect(f.map((x) => x.path)).toEqual(['host', 'format', 'destroy']);
    expect(mustTypeName('storage_domain')).toBe(true);
    expect(mustTypeName('vm')).toBe(false);
    expect(removeQuery(f, { host: 'h1', format: true, destroy: false })).toEqual({ host: 'h1', format: true });
  });
  it('sends nothing for types without parameters', () => {
    expect(removeFields('tag')).toEqual([]);
    expect(removeQuery(removeFields('vm'), { detach_only: false })).toEqual({});
  });
});
