/**
 * Response hardening and the same-origin / CSRF checks for state-changing requests.
 */
import type { FastifyRequest } from 'fastify';
import { sameSecret } from './sessions.ts';

/**
 * No inline scripts. Inline *style attributes* are not allowed either: React and Popper
 * set styles through the CSSOM (element.style), which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function securityHeaders(tls: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (tls) headers['strict-transport-security'] = 'max-age=31536000';
  return headers;
}

export const CSRF_HEADER = 'x-vantage-csrf';

/** The request's Origin (or Referer's origin) equals this server's own origin. */
export function isSameOrigin(request: FastifyRequest, tls: boolean): boolean {
  const host = request.headers.host;
  if (!host) return false;
  const own = `${tls ? 'https' : 'http'}://${host}`.toLowerCase();
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '') return origin.toLowerCase() === own;
  const referer = request.headers.referer;
  if (typeof referer === 'string' && referer !== '') {
    try {
      return new URL(referer).origin.toLowerCase() === own;
    } catch {
      return false;
    }
  }
  return false;
}

export type CsrfVerdict = { ok: true } | { ok: false; message: string };

export function checkCsrf(request: FastifyRequest, tls: boolean, csrfToken: string): CsrfVerdict {
  if (!isSameOrigin(request, tls)) {
    return { ok: false, message: 'Cross-site request refused: the Origin (or Referer) header does not match this server.' };
  }
  const header = request.headers[CSRF_HEADER];
  if (typeof header !== 'string' || !sameSecret(header, csrfToken)) {
    return { ok: false, message: 'Missing or wrong X-Vantage-CSRF header; reload the page to get a fresh token from /auth/me.' };
  }
  return { ok: true };
}

export function isStateChanging(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
