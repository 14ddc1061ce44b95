// HTTP for the client core: maps engine hrefs to the URLs it may call (through the proxy
// mount), times out, retries idempotent GETs, and turns error answers into typed errors.
import { AbortedError, FaultError, NetworkError, RequestError, SessionEndedError, TimeoutError } from './errors.ts';
import { faultFromResponse } from './response-fault.ts';

export type QueryValue = string | number | boolean | undefined | null;

export interface TransportOptions {
  fetch?: typeof fetch;
  /** Origin (and optional path) requests go to: `http://127.0.0.1:8080`. Default: relative URLs (browser). */
  baseUrl?: string;
  /** Maps engine hrefs to proxy URLs: `{ apiBase: '/ovirt-engine/api', prefix: '/api' }`. */
  mount?: { apiBase: string; prefix: string };
  /** The engine's own URL: absolute hrefs at its origin (Location, Link headers) are accepted
   * and mapped like paths; absolute hrefs at any other host are refused. */
  engineUrl?: string;
  /** Extra headers per request (CSRF token, Version, Filter …), read at send time. */
  headers?: () => Record<string, string>;
  /** Per attempt; default 60 s. */
  timeoutMs?: number;
  /** Extra attempts for idempotent GETs on network errors and 502/503/504; default 2. */
  retries?: number;
  /** First backoff delay; doubles per attempt; default 250 ms. */
  retryDelayMs?: number;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: string;
  contentType?: string;
  accept?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Media type without parameters (`application/xml`), '' when absent. */
  contentType: string;
  text: string;
}

export interface Transport {
  request(method: string, href: string, options?: RequestOptions): Promise<RawResponse>;
  /** The URL a request for `href` goes to (exposed for links, downloads and tests). */
  url(href: string, query?: Record<string, QueryValue>): string;
  readonly mount?: { apiBase: string; prefix: string };
}

const RETRY_STATUS = new Set([502, 503, 504]);

function originOf(url: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : undefined;
}

function underBase(path: string, apiBase: string): boolean {
  return path.startsWith(apiBase) && (path.length === apiBase.length || '/?;'.includes(path[apiBase.length]));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError(signal.reason));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new AbortedError(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createTransport(options: TransportOptions = {}): Transport {
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const baseOrigin = originOf(base);
  const engineOrigin = options.engineUrl ? originOf(options.engineUrl) : undefined;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const retries = Math.max(0, options.retries ?? 2);
  const retryDelayMs = options.retryDelayMs ?? 250;
  const mount = options.mount
    ? { apiBase: options.mount.apiBase.replace(/\/+$/, ''), prefix: options.mount.prefix.replace(/\/+$/, '') }
    : undefined;

  function pathOf(href: string): string {
    const origin = originOf(href);
    if (origin) {
      const own = baseOrigin ?? (typeof location !== 'undefined' ? originOf(location.origin) : undefined);
      if (origin !== own && origin !== engineOrigin) {
        throw new RequestError(`Refusing to follow a link to another host: ${href}`);
      }
      return href.slice(origin.length) || '/';
    }
    return href.startsWith('/') ? href : `/${href}`;
  }

  function url(href: string, query?: Record<string, QueryValue>): string {
    let path = pathOf(href);
    if (mount && underBase(path, mount.apiBase)) path = mount.prefix + path.slice(mount.apiBase.length);
    const extra: string[] = [];
    const given = new Set<string>();
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === null) continue;
      given.add(k);
      extra.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
    }
    if (!extra.length) return base + path;
    // parameters given explicitly replace the same ones already in the href
    const q = path.indexOf('?');
    let kept: string[] = [];
    if (q >= 0) {
      kept = path
        .slice(q + 1)
        .split('&')
        .filter((pair) => pair !== '' && !given.has(decodeURIComponent(pair.split('=')[0])));
      path = path.slice(0, q);
    }
    return `${base}${path}?${[...kept, ...extra].join('&')}`;
  }

  async function attempt(method: string, target: string, o: RequestOptions): Promise<RawResponse> {
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, timeoutMs);
    const onAbort = () => ctrl.abort(o.signal?.reason);
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { Accept: o.accept ?? 'application/xml', ...(options.headers?.() ?? {}), ...(o.headers ?? {}) };
    if (o.body !== undefined) headers['Content-Type'] = o.contentType ?? 'application/xml';
    try {
      const res = await doFetch(target, { method, headers, body: o.body, signal: ctrl.signal, credentials: 'same-origin' });
      const text = await res.text();
      const hs: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        hs[k.toLowerCase()] = v;
      });
      return { status: res.status, headers: hs, contentType: (hs['content-type'] ?? '').split(';')[0].trim().toLowerCase(), text };
    } catch (e) {
      if (o.signal?.aborted) throw new AbortedError(o.signal.reason);
      if (timedOut) throw new TimeoutError(timeoutMs);
      throw new NetworkError(`The engine could not be reached: ${(e as Error)?.message ?? String(e)}`, { cause: e });
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
    }
  }

  async function request(method: string, href: string, o: RequestOptions = {}): Promise<RawResponse> {
    const m = method.toUpperCase();
    const target = url(href, o.query);
    if (o.signal?.aborted) throw new AbortedError(o.signal.reason);
    const idempotent = m === 'GET' || m === 'HEAD';
    for (let n = 0; ; n++) {
      const last = !idempotent || n >= retries;
      let res: RawResponse;
      try {
        res = await attempt(m, target, o);
      } catch (e) {
        if (!(e instanceof NetworkError) || last) throw e;
        await sleep(retryDelayMs * 2 ** n, o.signal);
        continue;
      }
      if (RETRY_STATUS.has(res.status) && !last) {
        await sleep(retryDelayMs * 2 ** n, o.signal);
        continue;
      }
      if (res.status === 401) throw new SessionEndedError(sessionEndMessage(res.contentType, res.text));
      if (res.status >= 400) {
        const fault = faultFromResponse(res.status, res.contentType, res.text);
        if (RETRY_STATUS.has(res.status) && fault.detail === undefined && res.contentType !== 'application/xml' && res.contentType !== 'application/json') {
          throw new NetworkError(`The engine is unavailable (${res.status} ${fault.reason}).`, { status: res.status });
        }
        throw new FaultError(fault);
      }
      return res;
    }
  }

  return { request, url, ...(mount ? { mount } : {}) };
}

/**
 * The proxy says why a session ended (`{ error: 'session_ended', message }`); an engine's own
 * 401, or the proxy's plain "not logged in", does not.
 */
export function sessionEndMessage(contentType: string, text: string): string | undefined {
  if (!contentType.includes('json')) return undefined;
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    return body.error === 'session_ended' && typeof body.message === 'string' && body.message.length <= 500 ? body.message : undefined;
  } catch {
    return undefined;
  }
}
