import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, readListParams, searchExpression, writeListParams } from './list-params.ts';

describe('list params in the URL', () => {
  it('reads with defaults and rejects nonsense', () => {
    expect(readListParams(new URLSearchParams(''))).toEqual({ search: '', page: 1, max: DEFAULT_PAGE_SIZE, sort: '', dir: 'asc' });
    expect(readListParams(new URLSearchParams('search=status%3Dup&page=3&max=25&sort=name&dir=desc'))).toEqual({ search: 'status=up', page: 3, max: 25, sort: 'name', dir: 'desc' });
    expect(readListParams(new URLSearchParams('page=-1&max=abc&sort=x%20y'))).toEqual({ search: '', page: 1, max: DEFAULT_PAGE_SIZE, sort: '', dir: 'asc' });
  });
  it('writes only non-default values and keeps other parameters', () => {
    const next = writeListParams(new URLSearchParams('tab=nics&page=4'), { search: 'name=a*', page: 1 });
    expect(next.toString()).toBe('tab=nics&search=name%3Da*');
    expect(writeListParams(new URLSearchParams(''), { max: 50 }).get('max')).toBe('50');
  });
});

describe('searchExpression', () => {
  it('adds the column sort to the user query', () => {
    expect(searchExpression({ search: '', sort: '', dir: 'asc' })).toBe('');
    expect(searchExpression({ search: 'status = up', sort: '', dir: 'asc' })).toBe('status = up');
    expect(searchExpression({ search: '', sort: 'name', dir: 'desc' })).toBe('sortby name desc');
    expect(searchExpression({ search: 'status = up', sort: 'memory', dir: 'asc' })).toBe('status = up sortby memory asc');
  });
  it('leaves a sortby the user wrote alone', () => {
    expect(searchExpression({ search: 'name = a* sortby status desc', sort: 'name', dir: 'asc' })).toBe('name = a* sortby status desc');
  });
});
