// The NFS export as the Administration Portal asks for it: one `server:/path` field. Parsing
// it here keeps the messages readable ("the path must start with /") instead of the engine's
// generic refusal after a round trip.

export type NfsExport = { address: string; path: string };
export type NfsExportCheck = { ok: true; value: NfsExport } | { ok: false; problem: string };

const HOST = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;

export const NFS_EXAMPLE = 'nfs.example.com:/exports/data';

function serverProblem(server: string): string | null {
  if (!server) return 'The server is missing before the ":" (server:/path).';
  if (server.startsWith('[')) return IPV6.test(server) ? null : `"${server}" is not a valid IPv6 address; write it as [fd00::1].`;
  const v4 = IPV4.exec(server);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255) ? null : `"${server}" is not a valid IPv4 address.`;
  return HOST.test(server) ? null : `"${server}" is not a valid server name or IP address.`;
}

/** Reads `server:/path` (IPv6 servers in brackets: `[fd00::1]:/exports`). */
export function parseNfsExport(text: string): NfsExportCheck {
  const s = text.trim();
  if (!s) return { ok: false, problem: `Enter the export as server:/path, for example ${NFS_EXAMPLE}.` };
  if (s.startsWith('[') && !s.includes(']')) return { ok: false, problem: 'The IPv6 address needs its closing "]" (for example [fd00::1]:/exports).' };
  // The separator is the first ':' after an IPv6 address's closing bracket.
  const from = s.startsWith('[') ? s.indexOf(']') + 1 : 0;
  const colon = from > 0 ? (s[from] === ':' ? from : -1) : s.indexOf(':');
  if (colon < 0) return { ok: false, problem: `Separate the server from the path with ":", for example ${NFS_EXAMPLE}.` };
  const server = s.slice(0, colon);
  const path = s.slice(colon + 1);
  const bad = serverProblem(server);
  if (bad) return { ok: false, problem: bad };
  if (!path.startsWith('/')) return { ok: false, problem: 'The path must be absolute: it starts with "/" (server:/exports/data).' };
  if (/\s/.test(path)) return { ok: false, problem: 'The path cannot contain spaces.' };
  if (path.includes('//')) return { ok: false, problem: 'The path contains an empty segment ("//").' };
  // oVirt normalises a trailing slash away; so do we, so the stored path matches the portal's.
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return { ok: true, value: { address: server, path: clean } };
}
