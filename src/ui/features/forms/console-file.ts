// The `console.vv` file remote-viewer opens for a VM's SPICE or VNC console, built from the
// VM's display fields and a ticket (the one-time console password the `ticket` action sets).
import type { Structure } from '../../../api/resource.ts';
import { valueAt } from '../../lib/fields.ts';

export interface ConsoleTicket {
  value: string;
  /** Seconds the ticket stays valid. */
  expiry?: number;
}

/** The file's text, or null when the VM has no SPICE/VNC display with an address and port
 * (not running, or headless). */
export function consoleFile(vm: Structure, ticket: ConsoleTicket): string | null {
  const type = String(valueAt(vm, 'display.type') ?? '').toLowerCase();
  const address = valueAt(vm, 'display.address');
  const port = valueAt(vm, 'display.port');
  const securePort = valueAt(vm, 'display.secure_port');
  if ((type !== 'spice' && type !== 'vnc') || typeof address !== 'string' || !address || (port == null && securePort == null)) return null;
  const name = valueAt(vm, 'name');
  const lines = ['[virt-viewer]', `type=${type}`, `host=${address}`];
  if (port != null && port !== -1) lines.push(`port=${port}`);
  if (type === 'spice' && securePort != null && securePort !== -1) lines.push(`tls-port=${securePort}`);
  lines.push(`password=${ticket.value}`);
  if (typeof name === 'string') lines.push(`title=${name.replace(/[\r\n]/g, ' ')}:%d`);
  lines.push('delete-this-file=1', 'fullscreen=0');
  return `${lines.join('\n')}\n`;
}

/** The ticket an action answer carries (`<action><ticket><value>…`). */
export function ticketOf(result: Structure | undefined): ConsoleTicket | null {
  if (!result) return null;
  const value = valueAt(result, 'ticket.value');
  if (typeof value !== 'string' || !value) return null;
  const expiry = valueAt(result, 'ticket.expiry');
  return { value, ...(typeof expiry === 'number' ? { expiry } : {}) };
}
