import { describe, expect, it } from 'vitest';
import { pushSample, seedFromHistory } from './ring-buffer.ts';
import { sampleOf, statMap, statSeries } from './stat-values.ts';

const stat = (name: string, ...datums: number[]) => ({ fields: { name, values: datums.map((d) => ({ fields: { datum: d }, links: {}, actions: {} })) } });

describe('ring buffer', () => {
  it('keeps the newest samples up to its capacity', () => {
    let b: number[] = [];
    for (let i = 1; i <= 7; i++) b = pushSample(b, i, 5);
    expect(b).toEqual([3, 4, 5, 6, 7]);
  });
  it('does not change the buffer it was given', () => {
    const a = [1, 2, 3];
    const b = pushSample(a, 4, 3);
    expect(a).toEqual([1, 2, 3]);
    expect(b).toEqual([2, 3, 4]);
  });
  it('seeds oldest first from a newest-first engine history', () => {
    const s = seedFromHistory({ cpu: [30, 20, 10] }, 100_000, 30_000);
    expect(s.map((x) => [x.t, x.cpu])).toEqual([
      [40_000, 10],
      [70_000, 20],
      [100_000, 30],
    ]);
  });
});

describe('statistics', () => {
  it('reads VM samples in percent', () => {
    const m = statMap([stat('cpu.current.total', 18), stat('memory.used', 2), stat('memory.installed', 8), stat('network.current.total', 7)]);
    expect(sampleOf(m, 5)).toEqual({ t: 5, cpu: 18, memory: 25, network: 7 });
  });
  it('derives host CPU from user + system and memory from total', () => {
    const m = statMap([stat('cpu.current.user', 8.4), stat('cpu.current.system', 2.2), stat('cpu.current.idle', 89), stat('memory.used', 1), stat('memory.total', 4)]);
    const s = sampleOf(m, 0);
    expect(s.cpu).toBeCloseTo(10.6);
    expect(s.memory).toBe(25);
    expect(s.network).toBeUndefined();
  });
  it('returns whole series and skips non-numeric values', () => {
    expect(statSeries([stat('cpu.usage.history', 3, 2, 1)], 'cpu.usage.history')).toEqual([3, 2, 1]);
    expect(statMap([{ fields: { name: 'disks.usage', values: [{ fields: { detail: '[]' }, links: {}, actions: {} }] } }])).toEqual({});
  });
});

import { sparkPoints } from './sparkline.tsx';
describe('sparkPoints', () => {
  it('scales 0–100 to the height and breaks lines at gaps', () => {
    expect(sparkPoints([0, 100, undefined, 50, 50], 40, 10)).toEqual(['0.0,10.0 10.0,0.0', '30.0,5.0 40.0,5.0']);
    expect(sparkPoints([], 10, 10)).toEqual([]);
  });
});

import { appendSample, maxGapMs } from './ring-buffer.ts';
describe('history across polls', () => {
  it('appends each poll after the previous one', () => {
    let h: Array<{ t: number; cpu?: number }> = [];
    for (let i = 0; i < 4; i++) h = appendSample(h, { t: i * 10_000, cpu: i }, 60_000);
    expect(h.map((s) => s.cpu)).toEqual([0, 1, 2, 3]);
  });
  it('breaks the line after a stretch nobody watched, and keeps what came before', () => {
    const h = appendSample([{ t: 0, cpu: 5 }, { t: 10_000, cpu: 6 }], { t: 200_000, cpu: 7 }, 60_000);
    expect(h).toEqual([{ t: 0, cpu: 5 }, { t: 10_000, cpu: 6 }, { t: 10_001 }, { t: 200_000, cpu: 7 }]);
  });
  it('never counts less than two engine history steps as a gap; refresh off means no gaps', () => {
    expect(maxGapMs(5_000)).toBe(60_000);
    expect(maxGapMs(60_000)).toBe(180_000);
    expect(maxGapMs(false)).toBe(Infinity);
  });
});
