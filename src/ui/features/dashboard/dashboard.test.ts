import { describe, expect, it } from 'vitest';
import { countByStatus, hostUtilization, storageUtilization } from './aggregate.ts';
import { utilizationLevel } from './thresholds.ts';

const stat = (name: string, datum: number) => ({ fields: { name, values: [{ fields: { datum }, links: {}, actions: {} }] }, links: {}, actions: {} });
const host = (status: string, user: number, system: number, used: number, total: number) => ({
  fields: { status, statistics: [stat('cpu.current.user', user), stat('cpu.current.system', system), stat('memory.used', used), stat('memory.total', total)] },
});

describe('utilization thresholds', () => {
  it('classifies at 75 % and 90 %', () => {
    expect(utilizationLevel(74.9)).toBe('ok');
    expect(utilizationLevel(75)).toBe('warning');
    expect(utilizationLevel(89.99)).toBe('warning');
    expect(utilizationLevel(90)).toBe('danger');
    expect(utilizationLevel(100)).toBe('danger');
    expect(utilizationLevel(undefined)).toBe('unknown');
    expect(utilizationLevel(NaN)).toBe('unknown');
  });
});

describe('status counts', () => {
  it('groups statuses and builds the search that lists each group', () => {
    const counts = countByStatus([{ status: 'up' }, { status: 'up' }, { status: 'maintenance' }, { status: 'non_responsive' }, { status: 'error' }, { status: 'down' }, {}]);
    expect(counts).toEqual([
      { group: 'up', count: 2, search: 'status=up' },
      { group: 'maintenance', count: 1, search: 'status=maintenance' },
      { group: 'problem', count: 2, search: 'status=error or status=non_responsive' },
      { group: 'down', count: 1, search: 'status=down' },
    ]);
  });
});

describe('global utilization', () => {
  it('averages CPU and sums memory over hosts that are up', () => {
    const u = hostUtilization([host('up', 50, 10, 30, 100), host('up', 20, 0, 10, 100), host('maintenance', 99, 1, 99, 100)]);
    expect(u.cpu.percent).toBe(40);
    expect(u.memory).toEqual({ used: 40, total: 200, percent: 20 });
  });
  it('sums data domains once and skips ISO/export domains', () => {
    const d = (id: string, type: string, used: number, available: number) => ({ id, fields: { type, used, available } });
    const u = storageUtilization([d('a', 'data', 80, 20), d('a', 'data', 80, 20), d('b', 'data', 10, 90), d('c', 'iso', 1000, 0)]);
    expect(u).toEqual({ used: 90, total: 200, percent: 45 });
  });
});
