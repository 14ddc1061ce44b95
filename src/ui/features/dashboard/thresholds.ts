// Utilization levels as the oVirt dashboard colours them: warning from 75 %, danger from 90 %.
export const WARNING_AT = 75;
export const DANGER_AT = 90;

export type UtilizationLevel = 'ok' | 'warning' | 'danger' | 'unknown';

export function utilizationLevel(percent: number | undefined): UtilizationLevel {
  if (percent === undefined || !Number.isFinite(percent)) return 'unknown';
  if (percent >= DANGER_AT) return 'danger';
  if (percent >= WARNING_AT) return 'warning';
  return 'ok';
}

/** used / total in percent, or undefined when there is no total. */
export function percentOf(used: number, total: number): number | undefined {
  return total > 0 ? Math.min(100, Math.max(0, (used / total) * 100)) : undefined;
}
