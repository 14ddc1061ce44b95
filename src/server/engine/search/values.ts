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

export { parseDate, type DateValue } from '../../../api/search/dates.ts';

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
