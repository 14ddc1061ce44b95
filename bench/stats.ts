/**
 * Timing helpers for the benchmark: bounded sampling loops (a count AND a time budget,
 * whichever ends first) and percentiles.
 */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of `samples` (need not be sorted); NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: readonly number[]): Summary {
  const n = samples.length;
  return {
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    min: n ? Math.min(...samples) : Number.NaN,
    max: n ? Math.max(...samples) : Number.NaN,
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN,
  };
}

export interface Budget {
  /** At most this many measured runs. */
  count: number;
  /** Stop starting new runs after this many milliseconds. */
  ms: number;
  /** Unmeasured runs first (JIT, caches, connections). Default 1. */
  warmup?: number;
}

/** Runs `fn` within the budget and returns each run's duration in ms (at least one run). */
export async function sample(fn: () => Promise<unknown> | unknown, budget: Budget): Promise<number[]> {
  for (let i = 0; i < (budget.warmup ?? 1); i++) await fn();
  const out: number[] = [];
  const deadline = performance.now() + budget.ms;
  while (out.length < budget.count && (out.length === 0 || performance.now() < deadline)) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** `fn`'s duration in ms, with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

export const ms = (v: number, digits = v < 10 ? 2 : v < 100 ? 1 : 0) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
