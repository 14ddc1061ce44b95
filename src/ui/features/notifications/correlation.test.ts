import { afterEach, describe, expect, it } from 'vitest';
import { clearTracked, MAX_TRACKED, newCorrelationId, trackAction, trackedActions, withCorrelationIds } from './correlation.ts';

afterEach(clearTracked);

describe('correlation ids', () => {
  it('are ids the engine keeps as they are', () => {
    const id = newCorrelationId();
    expect(id).toMatch(/^[0-9A-Za-z_-]{1,36}$/);
    expect(newCorrelationId()).not.toBe(id);
  });

  it('are added to writes only, and the writes are tracked', async () => {
    const seen: Array<{ url: string; method: string; corr: string | null }> = [];
    const fake = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(input), method: init?.method ?? 'GET', corr: new Headers(init?.headers).get('Correlation-Id') });
      return new Response('{}');
    }) as typeof fetch;
    const f = withCorrelationIds(() => fake);
    await f('/api/vms?max=1', { method: 'GET', headers: { 'X-A': '1' } });
    await f('/api/vms/1/start', { method: 'POST', headers: { 'X-Vantage-CSRF': 't' } });
    await f('/api/vms/2', { method: 'DELETE', headers: { 'Correlation-Id': 'mine-1' } });
    expect(seen[0].corr).toBeNull();
    expect(seen[1].corr).toMatch(/^vantage-/);
    expect(seen[2].corr).toBe('mine-1');
    expect(trackedActions().map((a) => [a.id, a.method, a.path])).toEqual([
      ['mine-1', 'DELETE', '/api/vms/2'],
      [seen[1].corr, 'POST', '/api/vms/1/start'],
    ]);
  });

  it('keeps only the most recent actions', () => {
    for (let i = 0; i < MAX_TRACKED + 5; i++) trackAction({ id: `c${i}`, method: 'POST', path: '/x', startedAt: Date.now() });
    expect(trackedActions()).toHaveLength(MAX_TRACKED);
    expect(trackedActions()[0].id).toBe(`c${MAX_TRACKED + 4}`);
  });
});

describe('tracking one action twice', () => {
  it('merges the caller’s label with the path the fetch saw, keeping the first start time', () => {
    trackAction({ id: 'vantage-1', method: 'POST', path: '/ovirt-engine/api/vms/1', startedAt: 1000, label: 'start', href: '/ovirt-engine/api/vms/1' }, 1000);
    trackAction({ id: 'vantage-other', method: 'POST', path: '/api/hosts/2/deactivate', startedAt: 1500 }, 1500);
    trackAction({ id: 'vantage-1', method: 'POST', path: '/api/vms/1/start', startedAt: 2000 }, 2000);
    expect(trackedActions()).toEqual([
      { id: 'vantage-1', method: 'POST', path: '/api/vms/1/start', startedAt: 1000, label: 'start', href: '/ovirt-engine/api/vms/1' },
      { id: 'vantage-other', method: 'POST', path: '/api/hosts/2/deactivate', startedAt: 1500 },
    ]);
  });
});
