import { describe, expect, it } from 'vitest';
import { runConcurrency } from './concurrency.ts';

describe('concurrent conflicting actions', () => {
  it('lets exactly one of 50 identical actions win each transition; the rest get 409 and leave no events', async () => {
    const report = await runConcurrency({ parallel: 50, withSimulator: [false, true] });
    expect(report.failures).toEqual([]);
    expect(report.transitions).toBe(8);
    expect(report.winners).toBe(8);
    expect(report.conflicts).toBe(8 * 49);
  }, 60_000);
});
