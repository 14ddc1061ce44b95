// Power management as the host's editor changes it: `power_management.enabled` on the host
// (PUT) and its first fence agent under `fenceagents` (POST a new one, PUT changes to the
// existing one). Passwords are write-only: an empty password field keeps the stored one.
import type { Resource } from '../../../api/resource.ts';
import type { InputFields } from '../../../api/write.ts';
import { isStructure } from '../../lib/fields.ts';

/** Fence agent types oVirt offers (engine config VdsFenceType). */
export const AGENT_TYPES = ['apc', 'apc_snmp', 'bladecenter', 'cisco_ucs', 'drac5', 'drac7', 'eps', 'hpblade', 'ilo', 'ilo2', 'ilo3', 'ilo4', 'ilo_ssh', 'ipmilan', 'redfish', 'rsa', 'rsb', 'wti'];

export interface AgentView {
  href?: string;
  type: string;
  address: string;
  username: string;
  port?: number;
  order?: number;
}

export interface PmForm {
  enabled: boolean;
  type: string;
  address: string;
  username: string;
  /** Empty: keep the stored password (existing agent). */
  password: string;
  port: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

export function pmEnabled(host: Resource): boolean {
  const pm = host.fields.power_management;
  return isStructure(pm) && pm.fields.enabled === true;
}

export function readAgent(r: Resource): AgentView {
  return { href: r.href, type: str(r.fields.type), address: str(r.fields.address), username: str(r.fields.username), port: num(r.fields.port), order: num(r.fields.order) };
}

export function initialForm(host: Resource, agent: AgentView | undefined): PmForm {
  return { enabled: pmEnabled(host), type: agent?.type || 'ipmilan', address: agent?.address ?? '', username: agent?.username ?? '', password: '', port: agent?.port !== undefined ? String(agent.port) : '' };
}

export interface PmPlan {
  /** Fields for the host PUT, or null when `enabled` did not change. */
  host: InputFields | null;
  agent: { op: 'create'; fields: InputFields } | { op: 'update'; href: string; fields: InputFields } | null;
}

/** What to send, or the problems to show by field. */
export function planPowerManagement(host: Resource, agent: AgentView | undefined, form: PmForm): { plan: PmPlan; errors?: undefined } | { errors: Record<string, string>; plan?: undefined } {
  const errors: Record<string, string> = {};
  const touched = !!(form.address || form.username || form.password || form.port) || (!!agent && form.type !== agent.type);
  const needAgent = form.enabled || touched;
  const port = form.port.trim();
  if (port && !/^\d+$/.test(port)) errors.port = 'A port is a number.';
  if (needAgent) {
    if (!form.address.trim()) errors.address = 'The agent\'s address is needed.';
    if (!form.username.trim()) errors.username = 'The agent\'s user name is needed.';
    if (!agent && !form.password) errors.password = 'A new agent needs its password.';
  }
  if (Object.keys(errors).length) return { errors };
  let agentPlan: PmPlan['agent'] = null;
  if (needAgent) {
    const fields: InputFields = { type: form.type, address: form.address.trim(), username: form.username.trim() };
    if (form.password) fields.password = form.password;
    if (port) fields.port = Number(port);
    if (!agent) agentPlan = { op: 'create', fields: { ...fields, order: 1 } };
    else {
      const changed: InputFields = {};
      if (fields.type !== agent.type) changed.type = fields.type;
      if (fields.address !== agent.address) changed.address = fields.address;
      if (fields.username !== agent.username) changed.username = fields.username;
      if (fields.password !== undefined) changed.password = fields.password;
      if (port && Number(port) !== agent.port) changed.port = Number(port);
      if (Object.keys(changed).length && agent.href) agentPlan = { op: 'update', href: agent.href, fields: changed };
    }
  }
  const hostPlan = form.enabled !== pmEnabled(host) ? { power_management: { enabled: form.enabled } } : null;
  return { plan: { host: hostPlan, agent: agentPlan } };
}
