import { describe, expect, it } from 'vitest';
import type { Structure, Value } from '../../../api/resource.ts';
import { consoleFile, ticketOf } from './console-file.ts';

const s = (fields: Record<string, Value>): Structure => ({ fields, links: {}, actions: {} });

describe('consoleFile', () => {
  const vm = s({ name: 'web1', display: s({ type: 'spice', address: '10.0.0.5', port: 5900, secure_port: 5901 }) });
  it('writes a virt-viewer file from the display fields and the ticket', () => {
    const text = consoleFile(vm, { value: 'abc123', expiry: 120 })!;
    expect(text.split('\n')).toEqual(expect.arrayContaining(['[virt-viewer]', 'type=spice', 'host=10.0.0.5', 'port=5900', 'tls-port=5901', 'password=abc123', 'title=web1:%d']));
  });
  it('has no TLS port for VNC and no file without a display address', () => {
    const vnc = consoleFile(s({ display: s({ type: 'vnc', address: 'h', port: 5902, secure_port: 5903 }) }), { value: 'x' })!;
    expect(vnc).toContain('type=vnc');
    expect(vnc).not.toContain('tls-port');
    expect(consoleFile(s({ display: s({ type: 'spice' }) }), { value: 'x' })).toBeNull();
  });
  it('reads the ticket from an action answer', () => {
    expect(ticketOf(s({ ticket: s({ value: 'p', expiry: 7200 }) }))).toEqual({ value: 'p', expiry: 7200 });
    expect(ticketOf(s({ status: 'complete' }))).toBeNull();
  });
});
