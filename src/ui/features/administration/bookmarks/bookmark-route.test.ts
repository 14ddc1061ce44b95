import { describe, expect, it } from 'vitest';
import { bookmarkRoute, bookmarkTarget, bookmarkValue } from './bookmark-route.ts';

describe('bookmarkTarget', () => {
  it('reads the object and the query', () => {
    expect(bookmarkTarget('Vms: status=up')).toEqual({ rel: 'vms', search: 'status=up' });
    expect(bookmarkTarget('Hosts: status!=up')).toEqual({ rel: 'hosts', search: 'status!=up' });
    expect(bookmarkTarget('Events: severity>=error')).toEqual({ rel: 'events', search: 'severity>=error' });
    expect(bookmarkTarget('Storage: status = active')).toEqual({ rel: 'storagedomains', search: 'status = active' });
    expect(bookmarkTarget('Vms:')).toEqual({ rel: 'vms', search: '' });
  });
  it('refuses values without a known object', () => {
    expect(bookmarkTarget('status=up')).toBeNull();
    expect(bookmarkTarget('Nonsense: x=1')).toBeNull();
  });
});

describe('bookmarkRoute', () => {
  it('puts the query in ?search=', () => {
    expect(bookmarkRoute('/vms', 'name = "a b"')).toBe('/vms?search=name+%3D+%22a+b%22');
    expect(new URLSearchParams(bookmarkRoute('/vms', 'status=up').split('?')[1]).get('search')).toBe('status=up');
    expect(bookmarkRoute('/hosts', '')).toBe('/hosts');
  });
});

describe('bookmarkValue', () => {
  it('prefixes the object the engine expects, and round-trips', () => {
    expect(bookmarkValue('vms', 'status=up')).toBe('Vms: status=up');
    expect(bookmarkValue('Vms', 'status=up')).toBe('Vms: status=up');
    expect(bookmarkValue('Storage', 'name=nfs*')).toBe('Storage: name=nfs*');
    expect(bookmarkValue('storagedomains', 'status=active')).toBe('Storage: status=active');
    expect(bookmarkValue('vms', 'Vms: name=web*')).toBe('Vms: name=web*');
    expect(bookmarkTarget(bookmarkValue('hosts', 'cluster=Default')!)).toEqual({ rel: 'hosts', search: 'cluster=Default' });
    expect(bookmarkValue('bookmarks', 'x')).toBeNull();
  });
});
