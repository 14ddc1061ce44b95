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
