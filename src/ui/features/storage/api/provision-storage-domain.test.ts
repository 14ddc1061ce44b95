import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';

// The requests the wizard and the attach dialog send, in order, against a stand-in client.
const calls: string[] = [];
const answers: { create: Record<string, Resource | Error>; gets: Resource[]; actionError?: Error } = { create: {}, gets: [] };

vi.mock('../../../app/api-client.ts', () => ({
  api: () => ({
    create: async (href: string, kind: string, fields: Record<string, unknown>) => {
      calls.push(`POST ${href} ${kind} ${JSON.stringify(fields)}`);
      const a = answers.create[href];
      if (a instanceof Error) throw a;
      return a;
    },
    get: async (href: string) => {
      calls.push(`GET ${href}`);
      return answers.gets.shift();
    },
    action: async (href: string, name: string) => {
      calls.push(`ACTION ${href} ${name}`);
      if (answers.actionError) throw answers.actionError;
      return { status: 'complete' };
    },
  }),
}));

const { provisionStorageDomain } = await import('./provision-storage-domain.ts');
const { attachStorageDomain } = await import('./attach-storage-domain.ts');

const res = (href: string, status?: string, actions: Record<string, string> = {}): Resource => ({ kind: 'storage_domain', id: 'sd1', href, links: {}, actions, fields: status ? { status } : {} });

beforeEach(() => {
  calls.length = 0;
  answers.create = {};
  answers.gets = [];
  answers.actionError = undefined;
});

describe('attachStorageDomain', () => {
  it('leaves activation to a v4 engine that started it', async () => {
    answers.create['/dcs/1/sds'] = res('/dcs/1/sds/sd1', 'locked', { activate: '/dcs/1/sds/sd1/activate' });
    await attachStorageDomain({ attachedHref: '/dcs/1/sds', storageDomainId: 'sd1' });
    expect(calls).toEqual(['POST /dcs/1/sds storage_domain {"id":"sd1"}']);
  });

  it('activates what an older engine left inactive', async () => {
    answers.create['/dcs/1/sds'] = res('/dcs/1/sds/sd1', 'inactive', { activate: '/dcs/1/sds/sd1/activate' });
    await attachStorageDomain({ attachedHref: '/dcs/1/sds', storageDomainId: 'sd1' });
    expect(calls).toEqual(['POST /dcs/1/sds storage_domain {"id":"sd1"}', 'ACTION /dcs/1/sds/sd1 activate']);
  });
});

describe('provisionStorageDomain', () => {
  it('creates, then attaches, telling each step', async () => {
    answers.create['/sds'] = res('/sds/sd1', 'unattached');
    answers.create['/dcs/1/sds'] = res('/dcs/1/sds/sd1', 'locked');
    const steps: string[] = [];
    const out = await provisionStorageDomain({ collectionHref: '/sds', body: { name: 'd' }, attachTo: '/dcs/1/sds', onStep: (s) => steps.push(s) });
    expect(steps).toEqual(['create', 'attach']);
    expect(calls).toEqual(['POST /sds storage_domain {"name":"d"}', 'POST /dcs/1/sds storage_domain {"id":"sd1"}']);
    expect(out.attached?.href).toBe('/dcs/1/sds/sd1');
    expect(out.attachError).toBeUndefined();
  });

  it('waits while the engine prepares a locked domain before attaching it', async () => {
    answers.create['/sds'] = res('/sds/sd1', 'locked');
    answers.gets = [res('/sds/sd1', 'locked'), res('/sds/sd1', 'unattached')];
    answers.create['/dcs/1/sds'] = res('/dcs/1/sds/sd1', 'locked');
    const steps: string[] = [];
    const out = await provisionStorageDomain({ collectionHref: '/sds', body: { name: 'd' }, attachTo: '/dcs/1/sds', onStep: (s) => steps.push(s), pollMs: 1 });
    expect(steps).toEqual(['create', 'prepare', 'attach']);
    expect(calls).toEqual(['POST /sds storage_domain {"name":"d"}', 'GET /sds/sd1', 'GET /sds/sd1', 'POST /dcs/1/sds storage_domain {"id":"sd1"}']);
    expect(out.domain.fields.status).toBe('unattached');
  });

  it('keeps the created domain when the attach is refused', async () => {
    answers.create['/sds'] = res('/sds/sd1', 'unattached');
    answers.create['/dcs/1/sds'] = new Error('Cannot attach');
    const out = await provisionStorageDomain({ collectionHref: '/sds', body: { name: 'd' }, attachTo: '/dcs/1/sds' });
    expect(out.domain.href).toBe('/sds/sd1');
    expect((out.attachError as Error).message).toBe('Cannot attach');
  });

  it('does not attach without a data center, and a refused create throws', async () => {
    answers.create['/sds'] = res('/sds/sd1', 'unattached');
    await provisionStorageDomain({ collectionHref: '/sds', body: { name: 'd' } });
    expect(calls).toHaveLength(1);
    answers.create['/sds'] = new Error('name in use');
    await expect(provisionStorageDomain({ collectionHref: '/sds', body: { name: 'd' } })).rejects.toThrow('name in use');
  });
});
