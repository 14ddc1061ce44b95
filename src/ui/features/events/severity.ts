// Event severities in rising order, and the search clause for "this bad or worse".
export const SEVERITIES = ['normal', 'warning', 'error', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(v: unknown): v is Severity {
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
}

/** Search clause for a minimum severity; none for `normal` (every event qualifies). */
export function severitySearch(min: Severity): string {
  return min === 'normal' ? '' : `severity>=${min}`;
}

export function atLeast(severity: string | undefined, min: Severity): boolean {
  const rank = SEVERITIES.indexOf((severity ?? 'normal').toLowerCase() as Severity);
  return rank >= SEVERITIES.indexOf(min);
}
