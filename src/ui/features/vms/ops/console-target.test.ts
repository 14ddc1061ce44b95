import { describe, expect, it } from 'vitest';
import { consoleFile } from '../../forms/console-file.ts';
import { consoleTarget, expiryText, protocolLabel, secondsLeft } from './console-target.ts';
import { resource, struct } from './test-resources.ts';

describe('console target', () => {
  const vm = resource('vm', 'v1', { name: 'web01', display: struct({ type: 'vnc', address: '10.0.0.9', port: 5900 }) });

  it('makes a SPICE console file from a graphics console, not from the VM display', () => {
    const spice = struct({ protocol: 'spice', address: '192.168.10.12', port: 5902, tls_port: 5903 });
    const text = consoleFile(consoleTarget(vm, spice), { value: 'secret' });
    expect(text).toContain('type=spice');
    expect(text).toContain('host=192.168.10.12');
    expect(text).toContain('port=5902');
    expect(text).toContain('tls-port=5903');
    expect(text).toContain('password=secret');
    expect(text).toContain('title=web01');
    expect(protocolLabel(spice)).toBe('SPICE');
  });

  it('has no file for a console without an address', () => {
    expect(consoleFile(consoleTarget(vm, struct({ protocol: 'vnc' })), { value: 'x' })).toBeNull();
  });

  it('words and counts down the expiry', () => {
    const issued = Date.parse('2026-11-25T12:00:00Z');
    expect(expiryText(120, issued, 'en-GB')).toMatch(/^Valid for 120 seconds, until \d\d:\d\d:\d\d\.$/);
    expect(expiryText(1, issued)).toMatch(/^Valid for 1 second,/);
    expect(expiryText(undefined, issued)).toMatch(/did not say/);
    expect(secondsLeft(120, issued, issued + 30_500)).toBe(90);
    expect(secondsLeft(120, issued, issued + 500_000)).toBe(0);
  });
});
