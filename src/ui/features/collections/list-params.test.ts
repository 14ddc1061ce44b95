import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, readListParams, searchExpression, withoutSortby, writeListParams } from './list-params.ts';

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
  it('carries the shown columns, and drops them on reset', () => {
    expect(readListParams(new URLSearchParams('cols=name,status')).cols).toBe('name,status');
    expect(writeListParams(new URLSearchParams(''), { cols: 'name,memory' }).get('cols')).toBe('name,memory');
    expect(writeListParams(new URLSearchParams('cols=name'), { cols: '' }).has('cols')).toBe(false);
  });
});

describe('searchExpression', () => {
  it('adds the column sort to the user query', () => {
    expect(searchExpression({ search: '', sort: '', dir: 'asc' })).toBe('');
    expect(searchExpression({ search: 'status = up', sort: '', dir: 'asc' })).toBe('status = up');
    expect(searchExpression({ search: '', sort: 'name', dir: 'desc' })).toBe('sortby name desc');
    expect(searchExpression({ search: 'status = up', sort: 'memory', dir: 'asc' })).toBe('status = up sortby memory asc');
  });
  it('puts the column sort before a page the user wrote', () => {
    expect(searchExpression({ search: 'status = up page 2', sort: 'name', dir: 'desc' })).toBe('status = up sortby name desc page 2');
    expect(searchExpression({ search: 'page 3', sort: 'name', dir: 'asc' })).toBe('sortby name asc page 3');
  });
  it('is not fooled by the word sortby inside a quoted value', () => {
    expect(searchExpression({ search: 'description = "x sortby y"', sort: 'name', dir: 'asc' })).toBe('description = "x sortby y" sortby name asc');
  });
  it('drops the user sortby when a header takes over', () => {
    expect(withoutSortby('name = a* sortby status desc')).toBe('name = a*');
    expect(withoutSortby('sortby name page 2')).toBe('page 2');
    expect(withoutSortby('status = up')).toBe('status = up');
  });
  it('leaves a sortby the user wrote alone', () => {
    expect(searchExpression({ search: 'name = a* sortby status desc', sort: 'name', dir: 'asc' })).toBe('name = a* sortby status desc');
  });
});

describe('preferred page size', () => {
  it('applies when the URL names no max, and is left out of URLs', () => {
    expect(readListParams(new URLSearchParams(''), 25).max).toBe(25);
    expect(readListParams(new URLSearchParams('max=50'), 25).max).toBe(50);
    expect(writeListParams(new URLSearchParams(''), { max: 25 }, 25).get('max')).toBeNull();
    expect(writeListParams(new URLSearchParams(''), { max: 100 }, 25).get('max')).toBe('100');
  });
});
