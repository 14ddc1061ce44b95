/**
 * Scalar conventions shared by the XML and JSON writers: what a stored value turns into on the
 * wire for each model primitive. Values that cannot be represented are reported as undefined so the
 * writers drop them instead of emitting something that would not validate.
 *
 *   integerText(2147483648)        // '2147483648'
 *   xmlDate('2024-03-02T07:00:00Z') // '2024-03-02T07:00:00.000+00:00'
 */

/** Dates may be stored as Date, epoch ms or an ISO 8601 string (the store uses ISO strings). */
export function toDate(v: unknown): Date | undefined {
  let d: Date | undefined;
  if (v instanceof Date) d = v;
  else if (typeof v === 'number') d = new Date(v);
  else if (typeof v === 'string' && v.trim() !== '') d = /^-?\d+$/.test(v.trim()) ? new Date(Number(v)) : new Date(v);
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** `2016-09-08T09:53:35.138+00:00`: the engine's format, here always in UTC. */
export function xmlDate(v: unknown): string | undefined {
  const d = toDate(v);
  if (!d) return undefined;
  const year = d.getUTCFullYear();
  const y = year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+00:00`;
}

export function epochMs(v: unknown): number | undefined {
  return toDate(v)?.getTime();
}

export function integerText(v: unknown): string | undefined {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && Number.isFinite(v)) {
    const t = Math.trunc(v);
    return Math.abs(t) < 1e21 ? String(t) : BigInt(t).toString();
  }
  if (typeof v === 'string' && /^[+-]?\d+$/.test(v.trim())) return v.trim().replace(/^\+/, '');
  if (typeof v === 'boolean') return undefined;
  return undefined;
}

/** Plain decimal notation: xs:decimal has no exponent form. */
export function decimalNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function decimalText(v: unknown): string | undefined {
  const n = decimalNumber(v);
  if (n === undefined) return undefined;
  const s = String(n);
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

export function booleanValue(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0') return false;
  }
  return undefined;
}

export function stringValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

/** `{rel, href}` pairs from the server's `actions` / `link` keys; anything malformed is skipped. */
export function linkList(v: unknown): { rel: string; href: string }[] {
  if (!Array.isArray(v)) return [];
  const out: { rel: string; href: string }[] = [];
  for (const l of v) {
    if (l && typeof l === 'object' && typeof (l as any).rel === 'string' && typeof (l as any).href === 'string') {
      out.push({ rel: (l as any).rel, href: (l as any).href });
    }
  }
  return out;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** How one wire format spells the scalars whose form differs between XML and JSON. */
export interface ScalarForms<T> {
  decimal(v: unknown): T | undefined;
  date(v: unknown): T | undefined;
}

/** A scalar member's value in a wire format, or undefined when the value does not fit the type
 * (then the member is dropped). Booleans, integers, strings and enums read the same in both. */
export function scalarIn<T>(model: { enum(type: string): unknown }, type: string, v: unknown, forms: ScalarForms<T>): T | string | undefined {
  switch (type) {
    case 'boolean': {
      const b = booleanValue(v);
      return b === undefined ? undefined : String(b);
    }
    case 'integer':
      return integerText(v);
    case 'decimal':
      return forms.decimal(v);
    case 'date':
      return forms.date(v);
    case 'string':
      return stringValue(v);
    default:
      return model.enum(type) ? stringValue(v) : undefined;
  }
}
