import { describe, expect, it } from 'vitest';
import { guestOsText, pauseReason, statusFacts, statusSummary, wantsLastProblem } from './vm-status.ts';
import { ref, resource, struct } from './test-resources.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const facts = (fields: Parameters<typeof resource>[2]) => Object.fromEntries(statusFacts(resource('vm', 'v1', fields), NOW).map((f) => [f.key, f]));

describe('VM status facts', () => {
  it('words statuses and pause reasons', () => {
    expect(statusSummary('migrating')).toMatch(/another host/);
    expect(statusSummary('weird_state')).toBe('weird state');
    expect(pauseReason('enospc')).toMatch(/out of space/);
    expect(pauseReason('none')).toBeUndefined();
    expect(pauseReason('new_reason')).toBe('Paused (new_reason)');
  });

  it('a running VM: its host (linked), since when, run once, console', () => {
    const f = facts({ status: 'up', host: ref('host', 'h1'), start_time: '2026-11-25T09:30:00Z', run_once: true, display: struct({ type: 'spice', address: '10.0.0.1', port: 5901 }), fqdn: 'web01.example.com' });
    expect(f.host.ref?.id).toBe('h1');
    expect(f.host.label).toBe('Runs on');
    expect(f.started.text).toContain('up 2 h 30 min');
    expect(f.run_once).toBeDefined();
    expect(f.console.text).toBe('SPICE at 10.0.0.1:5901');
    expect(f.fqdn.text).toBe('web01.example.com');
    expect(f.stop_reason).toBeUndefined();
  });

  it('looks for the last problem only where it explains something', () => {
    expect(wantsLastProblem('down')).toBe(true);
    expect(wantsLastProblem('not_responding')).toBe(true);
    expect(wantsLastProblem('up')).toBe(false);
    expect(wantsLastProblem(undefined)).toBe(false);
  });

  it('a paused VM says why', () => {
    expect(facts({ status: 'paused', status_detail: 'eio', host: ref('host', 'h1') }).detail.text).toMatch(/I\/O error/);
  });

  it('a down VM: when and why it stopped, no host', () => {
    const f = facts({ status: 'down', stop_time: '2026-11-25T11:00:00Z', stop_reason: 'patching', display: struct({ type: 'vnc' }) });
    expect(f.stopped.text).toContain('1 h 0 min ago');
    expect(f.stop_reason.text).toBe('patching');
    expect(f.host).toBeUndefined();
    expect(f.started).toBeUndefined();
    expect(f.console.text).toMatch(/available while running/);
    expect(facts({ status: 'down', stop_reason: '' }).stop_reason.text).toBe('None given');
  });

  it('the guest agent report reads as one line', () => {
    const vm = resource('vm', 'v1', { guest_operating_system: struct({ distribution: 'Red Hat Enterprise Linux', architecture: 'x86_64', version: struct({ full_version: '9.4' }), kernel: struct({ version: struct({ full_version: '5.14.0' }) }) }) });
    expect(guestOsText(vm)).toBe('Red Hat Enterprise Linux 9.4 (x86_64, kernel 5.14.0)');
    expect(guestOsText(resource('vm', 'v2', {}))).toBeUndefined();
  });
});
