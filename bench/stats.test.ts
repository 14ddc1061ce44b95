import { describe, expect, it } from 'vitest';
import { percentile, sample, summarize } from './stats.ts';

describe('percentile', () => {
  it('uses the nearest rank on unsorted input', () => {
    const xs = [9, 1, 5, 3, 7, 2, 8, 4, 6, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes min, max and mean', () => {
    expect(summarize([4, 2, 6])).toEqual({ n: 3, p50: 4, p95: 6, min: 2, max: 6, mean: 4 });
  });
});

describe('sample', () => {
  it('stops at the count', async () => {
    let calls = 0;
    const out = await sample(() => { calls++; }, { count: 5, ms: 10_000, warmup: 2 });
    expect(out).toHaveLength(5);
    expect(calls).toBe(7);
  });

  it('stops at the time budget but always measures once', async () => {
    const slow = () => new Promise((r) => setTimeout(r, 30));
    const out = await sample(slow, { count: 1000, ms: 100, warmup: 0 });
    expect(out.length).toBeGreaterThanOrEqual(1);
    expect(out.length).toBeLessThan(10);
    expect(out.every((v) => v >= 25)).toBe(true);
    expect(await sample(slow, { count: 1000, ms: 0, warmup: 0 })).toHaveLength(1);
  });
});
