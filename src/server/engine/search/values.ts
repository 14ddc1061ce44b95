/** Turning condition values into matchers: text patterns, dates. */

export type Matcher = (s: string) => boolean;

const ESCAPE = /[.+?^${}()|[\]\\]/g;

/**
 * The engine's LIKE: `*` (and SQL's own `%`) match any run of characters, `_` is literal;
 * case-insensitive unless asked. `contains` wraps the pattern in wildcards (free text, apps).
 */
export function textMatcher(pattern: string, caseSensitive: boolean, contains = false): Matcher {
  const wild = /[*%]/.test(pattern);
  if (!wild && !contains) {
    if (caseSensitive) return (s) => s === pattern;
    const p = pattern.toLowerCase();
    return (s) => s.length === p.length && s.toLowerCase() === p;
  }
  if (!wild && contains && caseSensitive) return (s) => s.includes(pattern);
  const body = pattern.replace(ESCAPE, '\\$&').replace(/[*%]/g, '.*');
  const re = new RegExp(contains ? body : `^${body}$`, caseSensitive ? 's' : 'is');
  return (s) => re.test(s);
}

const DAY = 86_400_000;

/** A point in time, or a whole day when the value names no time of day. */
export interface DateValue { start: number; end: number; wholeDay: boolean }

function utcMidnight(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/**
 * `Today`, `Yesterday`, `2024-05-01`, `2024-05-01T10:00:00Z`, `"2024-05-01 10:00"`, `05/01/2024`.
 * Days are UTC days (the server's clock is the reference, as the engine's is).
 */
export function parseDate(value: string, now: Date): DateValue | undefined {
  const v = value.trim();
  const l = v.toLowerCase();
  if (l === 'today' || l === 'yesterday') {
    const start = utcMidnight(now.getTime()) - (l === 'yesterday' ? DAY : 0);
    return { start, end: start + DAY, wholeDay: true };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (m) return day(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return day(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])), Number(m[1]), Number(m[2]));
  if (!/^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}/.test(v) && !/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}/.test(v)) return undefined;
  const iso = /Z|[+-]\d{2}:?\d{2}$/.test(v) ? v.replace(' ', 'T') : `${v.replace(' ', 'T')}Z`;
  let t = Date.parse(iso);
  if (!Number.isFinite(t)) t = Date.parse(`${v} UTC`);
  if (!Number.isFinite(t)) return undefined;
  return { start: t, end: t, wholeDay: false };
}

function day(ms: number, month: number, dayOfMonth: number): DateValue | undefined {
  if (!Number.isFinite(ms) || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  return { start: ms, end: ms + DAY, wholeDay: true };
}

/** A document's date member (ISO text, epoch ms or Date) as epoch ms. */
export function dateOf(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : undefined;
  }
  return undefined;
}
