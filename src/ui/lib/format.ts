// Formatting of engine values for people: sizes in binary units as the Administration
// Portal shows them, dates in the browser's locale, enum values humanised.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return '';
  let v = Math.abs(n);
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 || v >= 100 || Number.isInteger(v) ? 0 : 1;
  return `${n < 0 ? '-' : ''}${v.toFixed(digits)} ${UNITS[i]}`;
}

// toLocaleString with options builds a new Intl.DateTimeFormat on every call — the costliest
// thing in rendering a date column, so one formatter per locale is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string | number, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const key = locale ?? '';
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(key, f);
  }
  return f.format(d);
}

/** "3 d 4 h", "5 h 12 min", "42 min", "< 1 min" since `iso` (as of `now`). */
export function formatUptime(iso: string | number, now: number = Date.now()): string {
  const start = new Date(iso).getTime();
  if (Number.isNaN(start)) return '';
  let s = Math.max(0, Math.floor((now - start) / 1000));
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  if (d) return `${d} d ${h} h`;
  if (h) return `${h} h ${m} min`;
  if (m) return `${m} min`;
  return '< 1 min';
}

/** ISO-8601 timestamp as the client core normalises dates. */
export function looksLikeDate(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v);
}

/** A statistic datum in its unit (StatisticUnit: bytes, bits_per_second, bytes_per_second,
 * count_per_second, percent, seconds, none). */
export function formatStatistic(datum: number, unit: string): string {
  const n = (x: number) => (Number.isInteger(x) ? x.toLocaleString() : x.toLocaleString(undefined, { maximumFractionDigits: 2 }));
  switch (unit) {
    case 'bytes':
      return formatBytes(datum);
    case 'bytes_per_second':
      return `${formatBytes(datum)}/s`;
    case 'bits_per_second':
      return `${n(datum)} bit/s`;
    case 'count_per_second':
      return `${n(datum)}/s`;
    case 'percent':
      return `${n(datum)} %`;
    case 'seconds':
      return `${n(datum)} s`;
    default:
      return n(datum);
  }
}
