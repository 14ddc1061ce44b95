// "Copy as curl": the request that fetches this resource straight from the engine, for
// scripts and bug reports. The token is a shell variable placeholder: the browser never holds
// the real one (the proxy keeps it), and a copied command must not leak it either.

/** Single-quotes a word for POSIX shells. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Engine URL of an href: `http://engine` + `/ovirt-engine/api/vms/1`. An absolute href is
 * kept when it already names the engine. */
export function engineUrlOf(engineUrl: string, href: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) return href;
  const base = engineUrl.replace(/\/+$/, '');
  return `${base}${href.startsWith('/') ? href : `/${href}`}`;
}

export function curlCommand(engineUrl: string, href: string, format: 'xml' | 'json'): string {
  const accept = format === 'json' ? 'application/json' : 'application/xml';
  return [
    `curl ${shellQuote(engineUrlOf(engineUrl, href))}`,
    `  -H ${shellQuote(`Accept: ${accept}`)}`,
    // double quotes so the shell expands $TOKEN
    `  -H "Authorization: Bearer $TOKEN"`,
  ].join(' \\\n');
}
