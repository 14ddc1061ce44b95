import { describe, expect, it } from 'vitest';
import type { Resource, Structure } from '../../../api/resource.ts';
import { initialForm, planPowerManagement, readAgent, type AgentView } from './power-management.ts';

const s = (fields: Structure['fields']): Structure => ({ fields, links: {}, actions: {} });
const host = (enabled: boolean): Resource => ({ kind: 'host', id: 'h', href: '/hosts/h', fields: { name: 'host01', power_management: s({ enabled }) }, links: {}, actions: {} });
const agent: AgentView = { href: '/hosts/h/fenceagents/a', type: 'ipmilan', address: '10.0.0.9', username: 'admin', order: 1 };

describe('power management plan', () => {
  it('reads an agent without its password', () => {
    const a = readAgent({ kind: 'agent', id: 'a', href: '/a', fields: { type: 'ilo4', address: '10.0.0.9', username: 'root', password: 'secret', order: 1, port: '623' }, links: {}, actions: {} });
    expect(a).toEqual({ href: '/a', type: 'ilo4', address: '10.0.0.9', username: 'root', order: 1, port: 623 });
    expect(Object.values(initialForm(host(true), a))).not.toContain('secret');
  });

  it('enables power management with a new agent', () => {
    const form = { ...initialForm(host(false), undefined), enabled: true, address: '10.0.0.9', username: 'admin', password: 'pw', port: '623' };
    expect(planPowerManagement(host(false), undefined, form)).toEqual({
      plan: { host: { power_management: { enabled: true } }, agent: { op: 'create', fields: { type: 'ipmilan', address: '10.0.0.9', username: 'admin', password: 'pw', port: 623, order: 1 } } },
    });
  });

  it('keeps the stored password when the field stays empty and sends only changes', () => {
    const form = { ...initialForm(host(true), agent), address: '10.0.0.10' };
    expect(form.password).toBe('');
    expect(planPowerManagement(host(true), agent, form)).toEqual({ plan: { host: null, agent: { op: 'update', href: agent.href, fields: { address: '10.0.0.10' } } } });
  });

  it('disables without touching the agent', () => {
    expect(planPowerManagement(host(true), agent, { ...initialForm(host(true), agent), enabled: false })).toEqual({ plan: { host: { power_management: { enabled: false } }, agent: null } });
  });

  it('says what is missing', () => {
    const r = planPowerManagement(host(false), undefined, { ...initialForm(host(false), undefined), enabled: true, port: 'x' });
    expect(r.errors).toEqual({ address: "The agent's address is needed.", username: "The agent's user name is needed.", password: 'A new agent needs its password.', port: 'A port is a number.' });
  });
});
