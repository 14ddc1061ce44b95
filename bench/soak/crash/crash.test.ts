// The fast slice of the crash-consistency soak (npm run soak runs ≥ 20 rounds).
import { describe, expect, it } from 'vitest';
import { runCrashRounds } from './crash-rounds.ts';

describe('crash consistency (reduced)', () => {
  it('keeps every acknowledged write through 3 kill -9 rounds, and the file passes integrity_check', async () => {
    const report = await runCrashRounds({ rounds: 3, maxMs: 45_000, seed: 42 });
    expect(report.failures).toEqual([]);
    expect(report.rounds).toBeGreaterThanOrEqual(report.timedOut ? 1 : 3);
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.found).toBe(report.acknowledged);
  }, 60_000);
});
