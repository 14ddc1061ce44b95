import { describe, expect, it } from 'vitest';
import { curlCommand, engineUrlOf, shellQuote } from './curl-command.ts';

describe('curlCommand', () => {
  it('targets the engine URL with a token placeholder, never a token', () => {
    const cmd = curlCommand('https://engine.example/', '/ovirt-engine/api/vms/123', 'json');
    expect(cmd).toContain(`curl 'https://engine.example/ovirt-engine/api/vms/123'`);
    expect(cmd).toContain(`-H 'Accept: application/json'`);
    expect(cmd).toContain('-H "Authorization: Bearer $TOKEN"');
    expect(curlCommand('http://e', '/ovirt-engine/api/hosts/1', 'xml')).toContain('Accept: application/xml');
  });
  it('quotes for the shell and keeps absolute hrefs', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(engineUrlOf('http://e:8081', 'ovirt-engine/api')).toBe('http://e:8081/ovirt-engine/api');
    expect(engineUrlOf('http://e', 'https://other/ovirt-engine/api/vms')).toBe('https://other/ovirt-engine/api/vms');
  });
});
