import { describe, expect, it } from 'vitest';
import { hrefToRoute, loginRoute, routeSegments, routeTarget, routeToHref, safeNext } from './routes.ts';

const base = '/ovirt-engine/api';

describe('hrefToRoute', () => {
  it('removes the api base and keeps sub-paths and queries', () => {
    expect(hrefToRoute('/ovirt-engine/api/vms/123/nics', base)).toBe('/vms/123/nics');
    expect(hrefToRoute('/ovirt-engine/api/vms?search=name%3Dweb', base)).toBe('/vms?search=name%3Dweb');
    expect(hrefToRoute('/ovirt-engine/api', base)).toBe('/');
    expect(hrefToRoute('/ovirt-engine/api/', base)).toBe('/');
  });
  it('accepts absolute URLs and v3 bases', () => {
    expect(hrefToRoute('https://engine.example/ovirt-engine/api/hosts/h1', base)).toBe('/hosts/h1');
    expect(hrefToRoute('/api/vms/1', '/api')).toBe('/vms/1');
  });
  it('drops matrix parameters', () => {
    expect(hrefToRoute('/ovirt-engine/api/events;from=12', base)).toBe('/events');
  });
  it('refuses hrefs outside the api', () => {
    expect(hrefToRoute('/ovirt-engine/apis/vms', base)).toBeNull();
    expect(hrefToRoute('/other/vms', base)).toBeNull();
  });
});

describe('routeToHref', () => {
  it('is the inverse of hrefToRoute', () => {
    for (const href of ['/ovirt-engine/api/vms', '/ovirt-engine/api/vms/1/nics/2', '/ovirt-engine/api']) {
      expect(routeToHref(hrefToRoute(href, base)!, base)).toBe(href);
    }
    expect(routeToHref('/vms?page=2', base)).toBe('/ovirt-engine/api/vms');
  });
});

describe('routeTarget', () => {
  it('tells collections from resources by segment parity', () => {
    expect(routeTarget('/')).toEqual({ type: 'entry' });
    expect(routeTarget('/vms')).toEqual({ type: 'collection', rel: 'vms' });
    expect(routeTarget('/vms/1')).toEqual({ type: 'resource', parentRel: 'vms' });
    expect(routeTarget('/vms/1/nics?x=1')).toEqual({ type: 'collection', rel: 'nics' });
    expect(routeTarget('/datacenters/d/storagedomains/s')).toEqual({ type: 'resource', parentRel: 'storagedomains' });
  });
});

describe('safeNext / loginRoute', () => {
  it('only returns to app paths', () => {
    expect(safeNext('/vms/1?tab=nics')).toBe('/vms/1?tab=nics');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginRoute('/vms?search=a b')).toBe('/login?next=%2Fvms%3Fsearch%3Da%20b');
    expect(loginRoute('/')).toBe('/login');
  });
});

describe('routeSegments', () => {
  it('decodes segments and survives malformed escapes', () => {
    expect(routeSegments('/clusterlevels/4.7?x=1')).toEqual(['clusterlevels', '4.7']);
    expect(routeSegments('/tags/a%20b')).toEqual(['tags', 'a b']);
    expect(routeSegments('/vms/%E0%A4%A')).toEqual(['vms', '%E0%A4%A']);
    expect(routeSegments('/')).toEqual([]);
  });
});
