// A console file per graphics console of the VM (`…/graphicsconsoles`: protocol, address,
// port, tls_port), fed to forms/console-file.ts, which reads the VM's `display` shape.
import type { Structure } from '../../../../api/resource.ts';
import { valueAt } from '../../../lib/fields.ts';

/** The VM as console-file.ts reads it, with its display replaced by one console's endpoint. */
export function consoleTarget(vm: Structure, console: Structure): Structure {
  const field = (k: string) => valueAt(console, k);
  const display: Structure = {
    fields: Object.fromEntries(
      Object.entries({ type: field('protocol'), address: field('address'), port: field('port'), secure_port: field('tls_port') }).filter(([, v]) => v !== undefined && v !== null),
    ) as Structure['fields'],
    links: {},
    actions: {},
  };
  return { ...vm, fields: { ...vm.fields, display } };
}

export function protocolLabel(console: Structure): string {
  const p = valueAt(console, 'protocol');
  return typeof p === 'string' ? p.toUpperCase() : 'Console';
}

/** "Valid for 120 seconds, until 16:45:12." from the ticket's expiry (seconds) and when it was issued. */
export function expiryText(expirySeconds: number | undefined, issuedAt: number, locale?: string): string {
  if (expirySeconds === undefined || !Number.isFinite(expirySeconds)) return 'The engine did not say how long it stays valid.';
  const until = new Date(issuedAt + expirySeconds * 1000).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `Valid for ${expirySeconds} second${expirySeconds === 1 ? '' : 's'}, until ${until}.`;
}

/** Seconds left, never negative. */
export function secondsLeft(expirySeconds: number | undefined, issuedAt: number, now: number): number | undefined {
  if (expirySeconds === undefined) return undefined;
  return Math.max(0, Math.ceil((issuedAt + expirySeconds * 1000 - now) / 1000));
}
