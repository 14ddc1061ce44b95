import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../api/resource.ts';
import { attachableDomains, canDo, dataCenterRefs, whyNot } from './attach-rules.ts';

const sd = (id: string, type: string, status: string | undefined, storageType = 'nfs'): Resource => ({
  kind: 'storage_domain', id, href: `/sd/${id}`, links: {}, actions: {},
  fields: { name: id, type, ...(status ? { status } : {}), storage: { fields: { type: storageType }, links: {}, actions: {} } },
});
const dc = (local: boolean): Resource => ({ kind: 'data_center', id: 'dc', links: {}, actions: {}, fields: { local } });

describe('attached domain verbs', () => {
  it('follows the engine state machine', () => {
    expect(canDo('activate', 'maintenance')).toBe(true);
    expect(canDo('activate', 'active')).toBe(false);
    expect(canDo('deactivate', 'active')).toBe(true);
    expect(canDo('deactivate', 'locked')).toBe(false);
    expect(canDo('detach', 'maintenance')).toBe(true);
    expect(canDo('detach', 'active')).toBe(false);
    expect(canDo('activate', undefined)).toBe(false);
  });

  it('says why a verb is refused', () => {
    expect(whyNot('detach', 'active')).toMatch(/maintenance before detaching/);
    expect(whyNot('activate', 'preparing_for_maintenance')).toBeUndefined();
    expect(whyNot('deactivate', 'locked')).toMatch(/locked/);
  });
});

describe('attachableDomains', () => {
  const all = [sd('data1', 'data', 'unattached'), sd('iso2', 'iso', 'unattached'), sd('used', 'data', undefined), sd('local', 'data', 'unattached', 'localfs'), sd('exp', 'export', 'unattached')];

  it('offers unattached domains of a shared data center, one ISO and one export at most', () => {
    const attached = [sd('iso1', 'iso', 'active')];
    expect(attachableDomains(all, attached, dc(false)).map((d) => d.id)).toEqual(['data1', 'exp']);
  });

  it('offers only local storage to a local data center', () => {
    expect(attachableDomains(all, [], dc(true)).map((d) => d.id)).toEqual(['local']);
  });

  it('never offers a domain already attached here', () => {
    expect(attachableDomains(all, [sd('data1', 'data', 'active')], dc(false)).map((d) => d.id)).toEqual(['iso2', 'exp']);
  });
});

describe('dataCenterRefs', () => {
  const ref = (id: string) => ({ id, href: `/dcs/${id}`, fields: {}, links: {}, actions: {} });
  it('reads the wrapped XML list and the plain JSON one, skipping non-references', () => {
    const wrapped = { ...sd('a', 'data', undefined), fields: { data_centers: { fields: { data_center: [ref('d1'), ref('d2')] }, links: {}, actions: {} } } };
    expect(dataCenterRefs(wrapped).map((r) => r.id)).toEqual(['d1', 'd2']);
    const plain = { ...sd('a', 'data', undefined), fields: { data_centers: [ref('d3'), 'junk'] } };
    expect(dataCenterRefs(plain).map((r) => r.id)).toEqual(['d3']);
    expect(dataCenterRefs(sd('b', 'data', 'unattached'))).toEqual([]);
  });
});
