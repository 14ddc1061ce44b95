import { describe, expect, it } from 'vitest';
import { absoluteHref, hrefToRoute, routeToHref } from './links.ts';

describe('hrefs and app routes (CONTRACTS.md)', () => {
  const base = '/ovirt-engine/api';
  it('maps hrefs to routes and back', () => {
    expect(hrefToRoute('/ovirt-engine/api/vms/123/nics', base)).toBe('/vms/123/nics');
    expect(hrefToRoute('/ovirt-engine/api/vms?search=name%3Dx', base)).toBe('/vms?search=name%3Dx');
    expect(hrefToRoute('/ovirt-engine/api', base)).toBe('/');
    expect(hrefToRoute('https://engine.example/ovirt-engine/api/hosts/1', base)).toBe('/hosts/1');
    expect(routeToHref('/vms/123/nics', base)).toBe('/ovirt-engine/api/vms/123/nics');
    expect(routeToHref('/', base)).toBe(base);
    expect(routeToHref('/vms?search=x', '/api')).toBe('/api/vms?search=x');
  });
  it('resolves relative hrefs against the API base', () => {
    expect(absoluteHref('vms/1', base)).toBe('/ovirt-engine/api/vms/1');
    expect(absoluteHref('./vms', '/api/')).toBe('/api/vms');
    expect(absoluteHref('/api/vms', base)).toBe('/api/vms');
    expect(absoluteHref('https://e/x', base)).toBe('https://e/x');
  });
});
