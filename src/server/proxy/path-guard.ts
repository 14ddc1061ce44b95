/**
 * Maps a browser URL under /api onto a path under the engine's apiBase, refusing anything
 * that could leave it: dot segments (plain or percent-encoded), encoded slashes or
 * backslashes, empty segments (which could form `//host`), control characters.
 */

export type GuardResult = { ok: true; path: string } | { ok: false; reason: string };

/**
 * @param rawUrl the request URL exactly as received (path + query), starting with `/api`
 * @param apiBase the engine API base path, e.g. `/ovirt-engine/api`
 */
/** Backslash, C0 controls or DEL anywhere in the string. */
function hasForbiddenChar(s: string, alsoSlash = false): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x5c || (alsoSlash && c === 0x2f)) return true;
  }
  return false;
}

export function engineApiPath(rawUrl: string, apiBase: string): GuardResult {
  const q = rawUrl.indexOf('?');
  const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
  const query = q === -1 ? '' : rawUrl.slice(q);
  if (rawPath !== '/api' && !rawPath.startsWith('/api/')) return { ok: false, reason: 'not an /api path' };
  if (hasForbiddenChar(rawUrl)) return { ok: false, reason: 'backslashes and control characters are not allowed' };
  if (/[\s#]/.test(query)) return { ok: false, reason: 'malformed query string' };
  const rest = rawPath.slice('/api'.length);
  if (rest === '' || rest === '/') return { ok: true, path: apiBase + query };

  const segments = rest.slice(1).split('/');
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    // A single trailing slash is harmless; any other empty segment is not.
    if (seg === '' && i === segments.length - 1) continue;
    if (seg === '') return { ok: false, reason: 'empty path segment' };
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    if (hasForbiddenChar(decoded, true)) return { ok: false, reason: 'encoded slash, backslash or control character in the path' };
    // Matrix parameters (`vms;max=10`) belong to the segment; the name part must not be a dot segment.
    const name = decoded.split(';')[0];
    if (name === '.' || name === '..') return { ok: false, reason: 'dot segments are not allowed' };
    if (/%/.test(decoded) && /%2e|%2f|%5c/i.test(decoded)) return { ok: false, reason: 'double-encoded path characters are not allowed' };
    if (i === 0 && /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return { ok: false, reason: 'absolute URLs are not allowed' };
    if (decoded.includes('@')) return { ok: false, reason: '"@" is not allowed in the path' };
  }
  return { ok: true, path: apiBase + rest + query };
}
