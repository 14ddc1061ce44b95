import { afterEach, describe, expect, it } from 'vitest';
import { connectApi, disconnectApi } from '../../../app/api-client.ts';
import { clearTracked, trackedActions } from '../../notifications/correlation.ts';
import { runAction } from './run-action.ts';

afterEach(() => {
  disconnectApi();
  clearTracked();
});

describe('runAction', () => {
  it('sends its own Correlation-Id, returns it, and tracks the action under it for the drawer', async () => {
    const sent: Array<{ url: string; method: string; correlation: string | null }> = [];
    const fake = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(input), method: init?.method ?? 'GET', correlation: new Headers(init?.headers).get('Correlation-Id') });
      return new Response(JSON.stringify({ status: 'complete', job: { id: 'j1', href: '/ovirt-engine/api/jobs/j1' } }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    connectApi({ engine: { apiBase: '/ovirt-engine/api' }, csrfToken: 'csrf-1' }, { baseUrl: 'http://127.0.0.1:9', fetch: fake });

    const out = await runAction({ href: '/ovirt-engine/api/vms/7', name: 'start', label: 'Start vm07' });
    expect(out.status).toBe('complete');
    expect(out.correlationId).toMatch(/^vantage-[0-9A-Za-z]+$/);
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].url).toMatch(/\/api\/vms\/7\/start$/);
    expect(sent[0].correlation).toBe(out.correlationId);
    expect(trackedActions()).toHaveLength(1);
    expect(trackedActions()[0]).toMatchObject({ id: out.correlationId, label: 'Start vm07', href: '/ovirt-engine/api/vms/7', path: '/api/vms/7/start' });
  });

  it('uses a new id for every action', async () => {
    const ids: Array<string | null> = [];
    const fake = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      ids.push(new Headers(init?.headers).get('Correlation-Id'));
      return new Response('{"status":"complete"}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    connectApi({ engine: { apiBase: '/ovirt-engine/api' }, csrfToken: 'csrf-2' }, { baseUrl: 'http://127.0.0.1:9', fetch: fake });
    const a = await runAction({ href: '/ovirt-engine/api/hosts/1', name: 'deactivate' });
    const b = await runAction({ href: '/ovirt-engine/api/hosts/1', name: 'activate' });
    expect(a.correlationId).not.toBe(b.correlationId);
    expect(ids).toEqual([a.correlationId, b.correlationId]);
    expect(trackedActions().map((t) => t.label)).toEqual(['activate', 'deactivate']);
  });
});
