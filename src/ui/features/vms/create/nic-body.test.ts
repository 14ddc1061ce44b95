import { describe, expect, it } from 'vitest';
import { buildNicBody, macProblem, nextNicName, nicProblems, type NicValues } from './nic-body.ts';

const nic = (over: Partial<NicValues> = {}): NicValues => ({ name: 'nic2', profileId: 'p1', iface: 'virtio', mac: '', linked: true, plugged: true, ...over });

describe('nextNicName', () => {
  it('takes the first free nicN', () => {
    expect(nextNicName([])).toBe('nic1');
    expect(nextNicName(['nic1', 'nic2'])).toBe('nic3');
    expect(nextNicName(['nic2', 'eth0'])).toBe('nic1');
  });
});

describe('macProblem', () => {
  it('accepts unicast MACs in colon form and an empty one', () => {
    expect(macProblem('')).toBeUndefined();
    expect(macProblem('56:6F:1a:2b:3c:4d')).toBeUndefined();
  });
  it('refuses bad formats and multicast addresses', () => {
    expect(macProblem('56-6f-1a-2b-3c-4d')).toMatch(/six pairs/);
    expect(macProblem('56:6f:1a:2b:3c')).toMatch(/six pairs/);
    expect(macProblem('01:00:5e:00:00:01')).toMatch(/multicast/);
  });
});

describe('nic body and problems', () => {
  it('builds the body with profile, interface and flags', () => {
    expect(buildNicBody(nic({ mac: ' 56:6F:1A:2B:3C:4D ', linked: false }))).toEqual({
      name: 'nic2', interface: 'virtio', vnic_profile: { id: 'p1' }, mac: { address: '56:6f:1a:2b:3c:4d' }, linked: false, plugged: true,
    });
  });
  it('sends an empty profile for "no network" and leaves the MAC to the pool', () => {
    const body = buildNicBody(nic({ profileId: '', iface: 'e1000' }));
    expect(body).not.toHaveProperty('vnic_profile');
    expect(body).not.toHaveProperty('mac');
    expect(body.interface).toBe('e1000');
  });
  it('refuses a name already used on the VM', () => {
    expect(nicProblems(nic({ name: 'nic1' }), ['nic1'])).toEqual({ name: expect.stringMatching(/already/) });
    expect(nicProblems(nic(), ['nic1'])).toEqual({});
  });
});
