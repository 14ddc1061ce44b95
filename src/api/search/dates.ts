// Date values of the search language (api-reference §6). Days are UTC days; `now` anchors
// Today/Yesterday (the engine's clock when evaluating, any clock when only validating).

const DAY = 86_400_000;

/** A point in time, or a whole day when the value names no time of day. */
export interface DateValue { start: number; end: number; wholeDay: boolean }

function utcMidnight(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

function day(ms: number, month: number, dayOfMonth: number): DateValue | undefined {
  if (!Number.isFinite(ms) || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  return { start: ms, end: ms + DAY, wholeDay: true };
}

/** `Today`, `Yesterday`, `2024-05-01`, `2024-05-01T10:00:00Z`, `"2024-05-01 10:00"`, `05/01/2024`. */
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

/** `90`, `1:30:00` or `2.01:30:00` (days.hours:minutes:seconds) → seconds. */
export function parseTimeSpan(v: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const m = /^(?:(\d+)\.)?(\d+):(\d+)(?::(\d+))?$/.exec(v);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
}
