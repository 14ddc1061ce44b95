/**
 * Which Host headers the proxy answers to: a guard against DNS rebinding. A page on
 * attacker.example whose name is re-pointed at this machine sends requests that are
 * same-origin to itself (so Origin checks pass) but carry `Host: attacker.example`. Such a page
 * could try passwords on /auth/login or read the app. Addresses (127.0.0.1, 192.0.2.10, [::1])
 * and localhost cannot be re-pointed, so they are always answered; other names only when
 * configured (`--allowed-host`), the way development servers such as Vite do it.
 */
import { isIP } from 'node:net';

export interface HostCheck {
  /** True when a request with this Host header may be answered. */
  allows(host: string | undefined): boolean;
}

/** `allowed`: host names (case-insensitive); `.example.com` also allows every subdomain. */
export function hostCheck(allowed: readonly string[] = []): HostCheck {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const raw of allowed) {
    const name = raw.trim().toLowerCase().replace(/\.$/, '');
    if (!name) continue;
    if (name.startsWith('.')) suffixes.push(name);
    else exact.add(name);
  }
  return {
    allows(host) {
      // HTTP/1.0 clients may send none; browsers always do, and rebinding needs one
      if (host === undefined || host === '') return true;
      const name = hostName(host);
      if (name === undefined) return false;
      if (isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost')) return true;
      return exact.has(name) || suffixes.some((s) => name.endsWith(s) || name === s.slice(1));
    },
  };
}

/** The name or address in a Host header, without port or brackets; undefined when malformed. */
export function hostName(host: string): string | undefined {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    if (end < 0) return undefined;
    const rest = h.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return undefined;
    return h.slice(1, end);
  }
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(h);
  if (!m) return undefined;
  return m[1].replace(/\.$/, '');
}
