// A fixed-size history: new samples in, the oldest out. Immutable so React sees each change.

/** Samples kept per chart: 2 hours at the 10 s default refresh. */
export const HISTORY_CAPACITY = 720;

export function pushSample<T>(buffer: readonly T[], sample: T, capacity = HISTORY_CAPACITY): T[] {
  if (capacity <= 0) return [];
  const next = buffer.length >= capacity ? buffer.slice(buffer.length - capacity + 1) : buffer.slice();
  next.push(sample);
  return next;
}

/** Seeds a buffer from an engine history (newest first, `stepMs` apart, ending at `now`). */
export function seedFromHistory(values: { cpu?: number[]; memory?: number[]; network?: number[] }, now: number, stepMs: number, capacity = HISTORY_CAPACITY) {
  const n = Math.min(capacity, Math.max(values.cpu?.length ?? 0, values.memory?.length ?? 0, values.network?.length ?? 0));
  const out: Array<{ t: number; cpu?: number; memory?: number; network?: number }> = [];
  for (let i = n - 1; i >= 0; i--) {
    out.push({ t: now - i * stepMs, cpu: values.cpu?.[i], memory: values.memory?.[i], network: values.network?.[i] });
  }
  return out;
}

export interface TimedSample {
  t: number;
  cpu?: number;
  memory?: number;
  network?: number;
}

/** Appends a sample. When the previous one is older than `maxGapMs` (nobody watched: the chart's
 * tab was closed, or refreshing was off) an empty sample goes in between, so the line breaks
 * instead of bridging time that was never observed. */
export function appendSample<S extends TimedSample>(buffer: readonly S[], sample: S, maxGapMs: number, capacity = HISTORY_CAPACITY): Array<S | TimedSample> {
  const last = buffer[buffer.length - 1];
  const gapped: Array<S | TimedSample> = last && sample.t - last.t > maxGapMs ? pushSample<S | TimedSample>(buffer, { t: last.t + 1 }, capacity) : [...buffer];
  return pushSample(gapped, sample, capacity);
}

/** How long between two samples counts as a gap: three polls, and never less than two steps of
 * the engine's own 30 s history (a VM chart starts from it). */
export function maxGapMs(intervalMs: number | false, historyStepMs = 30_000): number {
  return Math.max(intervalMs === false ? Infinity : 3 * intervalMs, 2 * historyStepMs);
}
