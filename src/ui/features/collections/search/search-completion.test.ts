import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { applySuggestion, completionsAt, searchObjectFor, validateSearch } from './search-completion.ts';

const vm = (id: string, name: string, cluster?: string): Resource => ({
  kind: 'vm',
  id,
  href: `/ovirt-engine/api/vms/${id}`,
  links: {},
  actions: {},
  fields: { name, ...(cluster ? { cluster: { kind: 'cluster', id: 'c', href: '/ovirt-engine/api/clusters/c', fields: { name: cluster }, links: {}, actions: {} } } : {}) },
});
const page = [vm('1', 'web1', 'Default'), vm('2', 'web2', 'Default'), vm('3', 'db 1', 'Prod')];
const texts = (text: string, items: Resource[] = page, cursor = text.length) => completionsAt(text, cursor, 'Vms', items).items.map((s) => s.text);

describe('completionsAt', () => {
  it('maps collections to search objects', () => {
    expect(searchObjectFor('vms')).toBe('Vms');
    expect(searchObjectFor('storagedomains')).toBe('Storage');
    expect(searchObjectFor('nics')).toBeUndefined();
  });
  it('offers fields, operators, enum values and keywords from the grammar', () => {
    expect(texts('sta')).toEqual(['status']);
    expect(texts('status ')).toEqual(['=', '!=']);
    expect(texts('status = ')).toContain('Up');
    expect(texts('name = web1 ')).toEqual(expect.arrayContaining(['and', 'or', 'sortby']));
    expect(texts('sortby name ')).toEqual(['asc', 'desc', 'page']);
  });
  it('suggests values seen on the page for free-text fields, quoted when needed', () => {
    expect(texts('name = ')).toEqual(['web1', 'web2', '"db 1"']);
    expect(texts('name = we')).toEqual(['web1', 'web2']);
    expect(texts('name =')).toEqual(['web1', 'web2', '"db 1"']);
    expect(texts('cluster = ')).toEqual(['Default', 'Prod']);
    expect(texts('name = ', [])).toEqual([]);
  });
  it('has nothing for collections without a grammar', () => {
    expect(completionsAt('na', 2, undefined, page).items).toEqual([]);
  });
});

describe('applySuggestion', () => {
  it('replaces the partial word and moves past a space', () => {
    const s = completionsAt('sta', 3, 'Vms');
    expect(applySuggestion('sta', s.from, s.to, s.items[0])).toEqual({ text: 'status ', cursor: 7 });
  });
  it('spaces operators and values, keeps prefixes open', () => {
    expect(applySuggestion('name', 4, 4, { text: '=', kind: 'operator' })).toEqual({ text: 'name = ', cursor: 7 });
    expect(applySuggestion('name =', 6, 6, { text: 'web1', kind: 'value' })).toEqual({ text: 'name = web1 ', cursor: 12 });
    expect(applySuggestion('ho', 0, 2, { text: 'host.', kind: 'prefix' })).toEqual({ text: 'host.', cursor: 5 });
  });
  it('completes in the middle of a query without doubling spaces', () => {
    const text = 'sta and name = x';
    const s = completionsAt(text, 3, 'Vms');
    expect(applySuggestion(text, s.from, s.to, s.items[0])).toEqual({ text: 'status and name = x', cursor: 7 });
  });
});

describe('validateSearch', () => {
  it('accepts valid queries and empty text', () => {
    expect(validateSearch('', 'Vms')).toBeNull();
    expect(validateSearch('name = web* and status = up sortby name desc', 'Vms')).toBeNull();
  });
  it('reports the position of the problem', () => {
    const err = validateSearch('name = web and bogus = 1', 'Vms');
    expect(err?.message).toMatch(/Unknown field "bogus"/);
    expect(err?.position).toBe(15);
    expect(validateSearch('status = sleepy', 'Vms')?.message).toMatch(/not a value of status/);
    expect(validateSearch('name = "open', 'Vms')?.message).toMatch(/Unterminated/);
  });
  it('lets unknown collections through to the engine', () => {
    expect(validateSearch('whatever ===', undefined)).toBeNull();
  });
});
