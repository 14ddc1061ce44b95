import { describe, expect, it } from 'vitest';
import { attachedDomains } from './aggregate.ts';
import { domainUsage, hostUsage, topDomains, topHosts } from './rank.ts';

const stat = (name: string, datum: number) => ({ fields: { name, values: [{ fields: { datum }, links: {}, actions: {} }] }, links: {}, actions: {} });
const host = (name: string, status: string, cpu: number, memUsed: number, memTotal = 100) => ({
  fields: { name, status, statistics: [stat('cpu.current.user', cpu), stat('cpu.current.system', 0), stat('memory.used', memUsed), stat('memory.total', memTotal)] },
});
const sd = (id: string, used: number | undefined, available: number | undefined) => ({ id, fields: { name: id, ...(used !== undefined ? { used } : {}), ...(available !== undefined ? { available } : {}) } });

describe('top hosts', () => {
  const hosts = [host('a', 'up', 20, 90), host('b', 'up', 70, 10), host('c', 'maintenance', 99, 99), host('d', 'up', 45, 50), { fields: { name: 'e', status: 'up' } }];

  it('ranks hosts that are up by CPU, highest first, at most n', () => {
    expect(topHosts(hosts, 'cpu', 2).map((r) => [r.item.fields.name, r.percent])).toEqual([
      ['b', 70],
      ['d', 45],
    ]);
  });

  it('ranks by memory share and skips hosts without statistics', () => {
    expect(topHosts(hosts, 'memory', 10).map((r) => r.item.fields.name)).toEqual(['a', 'd', 'b']);
    expect(hostUsage(host('x', 'up', 10, 25, 200), 'memory')).toBe(12.5);
  });
});

describe('top storage domains', () => {
  it('ranks by used share, counting each domain once and skipping those without sizes', () => {
    const ranked = topDomains([sd('nfs', 40, 60), sd('iscsi', 90, 10), sd('nfs', 40, 60), sd('iso', undefined, 10), sd('empty', 0, 100)], 5);
    expect(ranked.map((r) => [r.item.id, r.percent])).toEqual([
      ['iscsi', 90],
      ['nfs', 40],
      ['empty', 0],
    ]);
  });

  it('reads sizes sent as strings (JSON) and has no share without a total', () => {
    expect(domainUsage({ fields: { used: '30', available: '10' } })).toBe(75);
    expect(domainUsage({ fields: { used: 0, available: 0 } })).toBeUndefined();
  });

  it('collects the domains the data centers inline, once each', () => {
    const dc = (domains: unknown[]) => ({ kind: 'data_center', id: 'x', fields: { storage_domains: domains }, links: {}, actions: {} }) as never;
    const a = { id: 'a', fields: { status: 'active' }, links: {}, actions: {} };
    const b = { id: 'b', fields: { status: 'maintenance' }, links: {}, actions: {} };
    expect(attachedDomains([dc([a, b]), dc([a]), dc([])]).map((d) => d.id)).toEqual(['a', 'b']);
    expect(attachedDomains(undefined)).toEqual([]);
  });
});
