/**
 * Forwarding /api/<rest> to the session's engine: allowlisted headers both ways,
 * the session's credentials added server-side, streamed bodies with a size cap.
 */
import { Transform, type Readable } from 'node:stream';
import type { IncomingHttpHeaders } from 'node:http';
import { engineAuthHeaders } from './engine-auth.ts';
import type { Session } from './sessions.ts';

export const REQUEST_HEADERS = ['accept', 'content-type', 'content-length', 'filter', 'all-content', 'correlation-id', 'accept-language', 'version', 'prefer'];
export const RESPONSE_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-disposition', 'correlation-id', 'location', 'link'];

export function upstreamHeaders(incoming: IncomingHttpHeaders, session: Session): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of REQUEST_HEADERS) {
    const v = incoming[name];
    if (typeof v === 'string') out[name] = v;
  }
  if (session.auth.kind === 'basic') {
    // The engine ends a Basic session on any request lacking persistent-auth.
    const wanted = (out.prefer ?? '').split(',').map((p) => p.trim()).filter((p) => p && p !== 'new-auth' && p !== 'persistent-auth');
    out.prefer = [...wanted, 'persistent-auth'].join(', ');
  }
  // Non-admins are evaluated with their own permissions unless the app says otherwise.
  if (!session.admin && out.filter === undefined) out.filter = 'true';
  return { ...out, ...engineAuthHeaders(session.auth) };
}

/** Engine URL (absolute or path) → the same resource under /api, or undefined if outside apiBase. */
export function toProxyHref(href: string, engineOrigin: string, apiBase: string): string | undefined {
  let pathAndQuery = href;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) {
    let u: URL;
    try {
      u = new URL(href);
    } catch {
      return undefined;
    }
    // Scheme may differ when TLS ends in front of the engine; the host must match.
    if (u.host !== new URL(engineOrigin).host) return undefined;
    pathAndQuery = u.pathname + u.search;
  }
  if (pathAndQuery === apiBase || pathAndQuery.startsWith(`${apiBase}/`) || pathAndQuery.startsWith(`${apiBase}?`) || pathAndQuery.startsWith(`${apiBase};`)) {
    return `/api${pathAndQuery.slice(apiBase.length)}`;
  }
  return undefined;
}

export function rewriteLinkHeader(value: string, engineOrigin: string, apiBase: string): string | undefined {
  const parts = value.split(/,(?=\s*<)/).map((part) => {
    const m = /^\s*<([^>]*)>(.*)$/s.exec(part);
    if (!m) return undefined;
    const href = toProxyHref(m[1], engineOrigin, apiBase);
    return href === undefined ? undefined : `<${href}>${m[2]}`;
  });
  const kept = parts.filter((p): p is string => p !== undefined);
  return kept.length ? kept.join(', ') : undefined;
}

export function downstreamHeaders(headers: IncomingHttpHeaders, engineOrigin: string, apiBase: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of RESPONSE_HEADERS) {
    const raw = headers[name];
    if (raw === undefined) continue;
    const v = Array.isArray(raw) ? raw.join(', ') : raw;
    if (name === 'location') {
      const href = toProxyHref(v, engineOrigin, apiBase);
      if (href !== undefined) out.location = href;
    } else if (name === 'link') {
      const link = rewriteLinkHeader(v, engineOrigin, apiBase);
      if (link !== undefined) out.link = link;
    } else out[name] = v;
  }
  return out;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
  }
}

/** Passes a body through, failing once more than `limit` bytes went by. */
export function limitBody(body: Readable, limit: number, onTooLarge: () => void): Readable {
  let seen = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > limit) {
        onTooLarge();
        cb(new BodyTooLarge(limit));
      } else cb(null, chunk);
    },
  });
  body.on('error', (err) => limiter.destroy(err));
  return body.pipe(limiter);
}
