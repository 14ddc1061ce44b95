import { describe, expect, it } from 'vitest';
import { rewriteLinkHeader, toProxyHref } from './forward.ts';

const ORIGIN = 'https://engine.example:8443';
const BASE = '/ovirt-engine/api';

describe('toProxyHref', () => {
  it.each([
    ['https://engine.example:8443/ovirt-engine/api/vms/1', '/api/vms/1'],
    ['http://engine.example:8443/ovirt-engine/api/vms/1?x=1', '/api/vms/1?x=1'], // TLS ended in front of the engine
    ['/ovirt-engine/api/vms/1/nics', '/api/vms/1/nics'],
    ['/ovirt-engine/api', '/api'],
    ['/ovirt-engine/api;x=1', '/api;x=1'],
  ])('maps %s', (href, expected) => expect(toProxyHref(href, ORIGIN, BASE)).toBe(expected));

  it.each(['https://evil.example/ovirt-engine/api/vms', '/ovirt-engine/apix', '/ovirt-engine/sso/oauth/token', 'https://engine.example:8443/other', 'http://[bad'])(
    'drops %s',
    (href) => expect(toProxyHref(href, ORIGIN, BASE)).toBeUndefined(),
  );
});

describe('rewriteLinkHeader', () => {
  it('rewrites each link and drops foreign ones', () => {
    const v = `<${ORIGIN}${BASE}/vms>; rel=vms, <https://evil.example/x>; rel=evil, <${ORIGIN}${BASE}/vms?search={query}>; rel=vms/search`;
    expect(rewriteLinkHeader(v, ORIGIN, BASE)).toBe('</api/vms>; rel=vms, </api/vms?search={query}>; rel=vms/search');
    expect(rewriteLinkHeader('<https://evil.example/x>; rel=evil', ORIGIN, BASE)).toBeUndefined();
  });
});
