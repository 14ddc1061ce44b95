/**
 * What a request says besides its path and body: query and matrix parameters, the headers the
 * engine reads, the wanted representation and language. Lookup order follows the engine's
 * ParametersHelper: query string, then matrix parameters of the last segment, then headers.
 */
import { randomUUID } from 'node:crypto';
import { HttpFault } from './faults.ts';

export type Format = 'xml' | 'json';
export type Lang = 'en' | 'fr';

export interface RequestParams {
  /** path segments below /ovirt-engine/api, decoded, matrix parameters removed */
  segments: string[];
  get(name: string): string | undefined;
  has(name: string): boolean;
  /** a request header (first value) */
  header(name: string): string | undefined;
  /** booleans in every spelling the engine accepts; a bare `?async` is true */
  bool(name: string, header?: string): boolean | undefined;
  int(name: string): number | undefined;
  format: Format;
  lang: Lang;
  correlationId: string;
  /** the API version the request asked for, if any (`/v3`, `Version: 3`) */
  version?: string;
}

const TRUE = new Set(['true', 'yes', 't', 'y', '1', '']);
const FALSE = new Set(['false', 'no', 'f', 'n', '0']);

export function parseBoolean(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw HttpFault.badValue(name, raw);
}

/** Correlation ids are tags in logs and events: keep only safe characters, at most 36. */
export function sanitizeCorrelationId(raw: string | undefined): string {
  const clean = (raw ?? '').replace(/[^0-9A-Za-z_-]/g, '').slice(0, 36);
  return clean || randomUUID();
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function pickFormat(acceptParam: string | undefined, acceptHeader: string | undefined): Format {
  const accept = (acceptParam ?? acceptHeader ?? '').toLowerCase();
  if (!accept.includes('json')) return 'xml';
  if (!accept.includes('xml')) return 'json';
  return accept.indexOf('json') < accept.indexOf('xml') ? 'json' : 'xml';
}

export function pickLang(acceptLanguage: string | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('fr') ? 'fr' : 'en';
}

/** Parses `/ovirt-engine/api/...;a=b?c=d` (url relative to the API base, starting with `/` or empty). */
export function parseRequest(rawPath: string, query: string, headers: Headers): RequestParams {
  const rawSegments = rawPath.split('/').filter((s) => s !== '');
  const matrix = new Map<string, string>();
  const segments = rawSegments.map((seg, i) => {
    const [head, ...params] = seg.split(';');
    if (i === rawSegments.length - 1) {
      for (const p of params) {
        const eq = p.indexOf('=');
        const k = safeDecode(eq < 0 ? p : p.slice(0, eq));
        matrix.set(k, eq < 0 ? '' : safeDecode(p.slice(eq + 1)));
      }
    }
    return safeDecode(head);
  });
  let version: string | undefined;
  if (segments[0] === 'v3' || segments[0] === 'v4') version = segments.shift()!.slice(1);
  else version = header(headers, 'version')?.trim() || undefined;

  const q = new URLSearchParams(query);
  const get = (name: string): string | undefined => q.get(name) ?? matrix.get(name);
  const has = (name: string) => q.has(name) || matrix.has(name);
  return {
    segments,
    get,
    has,
    header: (name) => header(headers, name),
    bool(name, headerName) {
      const raw = get(name) ?? (headerName ? header(headers, headerName) : undefined);
      return raw === undefined ? undefined : parseBoolean(name, raw);
    },
    int(name) {
      const raw = get(name);
      if (raw === undefined) return undefined;
      if (!/^-?\d+$/.test(raw.trim())) throw HttpFault.badValue(name, raw);
      return Number(raw);
    },
    format: pickFormat(q.get('accept') ?? undefined, header(headers, 'accept')),
    lang: pickLang(header(headers, 'accept-language')),
    correlationId: sanitizeCorrelationId(get('correlation_id') ?? header(headers, 'correlation-id')),
    version,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
