import { describe, expect, it } from 'vitest';
import type { Resource, Structure } from '../../../api/resource.ts';
import {
  attachNetwork, breakBond, createBond, currentPlan, describeChanges, detachNetwork, freeNics, hasChanges, moveNetwork, nextBondName, planInterfaces,
  readAttachment, readNetwork, readNic, setupNetworksBody, speedText, type HostNicView, type NetworkInfo, type NetworkPlan,
} from './network-setup.ts';

const s = (fields: Structure['fields'], extra: Partial<Structure> = {}): Structure => ({ fields, links: {}, actions: {}, ...extra });
const r = (kind: string, id: string, fields: Structure['fields']): Resource => ({ kind, id, href: `/h/${id}`, fields, links: {}, actions: {} });

const nics: HostNicView[] = [
  { id: 'n0', name: 'eth0' },
  { id: 'n1', name: 'eth1' },
  { id: 'n2', name: 'eth2' },
  { id: 'n3', name: 'eth3' },
  { id: 'b0', name: 'bond0', bond: { mode: '4', slaveIds: ['n2', 'n3'] } },
];
const networks: NetworkInfo[] = [
  { id: 'mgmt', name: 'ovirtmgmt' },
  { id: 'v100', name: 'vlan100', vlan: 100 },
  { id: 'v200', name: 'vlan200', vlan: 200 },
  { id: 'store', name: 'storage' },
];
const current: NetworkPlan = currentPlan(nics, [
  { id: 'a-mgmt', networkId: 'mgmt', nicId: 'n0' },
  { id: 'a-v100', networkId: 'v100', nicId: 'b0' },
]);
const ok = (res: { plan?: NetworkPlan; error?: string }): NetworkPlan => {
  expect(res.error).toBeUndefined();
  return res.plan!;
};

describe('reading the engine', () => {
  it('reads a bond with its mode, slaves, MAC, IP and speed', () => {
    const nic = readNic(r('host_nic', 'b0', {
      name: 'bond0', status: 'up', speed: 20_000_000_000,
      mac: s({ address: '00:1a:4a:00:00:01' }), ip: s({ address: '10.0.0.2' }),
      bonding: s({ options: [s({ name: 'miimon', value: '100' }), s({ name: 'mode', value: '4' })], slaves: [s({}, { id: 'n2' }), s({}, { id: 'n3' })] }),
    }));
    expect(nic).toEqual({ id: 'b0', name: 'bond0', status: 'up', speed: 20_000_000_000, mac: '00:1a:4a:00:00:01', ip: '10.0.0.2', bond: { mode: '4', slaveIds: ['n2', 'n3'] } });
    expect(readNic(r('host_nic', 'n1', { name: 'eth1' })).bond).toBeUndefined();
  });

  it('reads attachments and VLAN tags', () => {
    expect(readAttachment(r('network_attachment', 'a1', { network: s({}, { id: 'v100' }), host_nic: s({}, { id: 'b0' }) }))).toEqual({ id: 'a1', networkId: 'v100', nicId: 'b0' });
    expect(readAttachment(r('network_attachment', 'a2', { network: s({}, { id: 'v100' }) }))).toBeUndefined();
    expect(readNetwork(r('network', 'v100', { name: 'vlan100', vlan: s({}, { id: '100' }) }))).toEqual({ id: 'v100', name: 'vlan100', vlan: 100 });
    expect(readNetwork(r('network', 'mgmt', { name: 'ovirtmgmt' })).vlan).toBeUndefined();
  });

  it('prints link speeds', () => {
    expect(speedText(10_000_000_000)).toBe('10 Gbps');
    expect(speedText(100_000_000)).toBe('100 Mbps');
    expect(speedText(undefined)).toBe('');
  });
});

describe('planning', () => {
  it('starts from what the engine reports and changes nothing', () => {
    expect(current.bonds).toEqual([{ id: 'b0', name: 'bond0', mode: '4', slaves: ['eth2', 'eth3'] }]);
    expect(planInterfaces(current, nics).map((i) => i.name)).toEqual(['bond0', 'eth0', 'eth1']);
    expect(freeNics(current, nics)).toEqual(['eth1']);
    expect(setupNetworksBody(current, current)).toEqual({});
    expect(hasChanges(current, current)).toBe(false);
  });

  it('attaches a network to a free NIC', () => {
    const plan = ok(attachNetwork(current, networks[3], 'eth1', nics, networks));
    expect(setupNetworksBody(current, plan)).toEqual({ modified_network_attachments: [{ network: { id: 'store' }, host_nic: { name: 'eth1' } }] });
    expect(freeNics(plan, nics)).toEqual([]);
  });

  it('refuses a second attachment of a network, a second untagged network on a NIC, and slaves', () => {
    expect(attachNetwork(current, networks[0], 'eth1', nics, networks).error).toContain('already attached');
    expect(attachNetwork(current, networks[3], 'eth0', nics, networks).error).toContain('without a VLAN tag');
    expect(attachNetwork(current, networks[3], 'eth2', nics, networks).error).toContain('slave');
    // VLAN networks may share a NIC with an untagged one.
    expect(attachNetwork(current, networks[2], 'eth0', nics, networks).error).toBeUndefined();
  });

  it('detaches by the attachment id', () => {
    const plan = detachNetwork(current, 'v100');
    expect(setupNetworksBody(current, plan)).toEqual({ removed_network_attachments: [{ id: 'a-v100' }] });
  });

  it('moves a network keeping its attachment id', () => {
    const plan = ok(moveNetwork(current, 'v100', 'eth1', nics, networks));
    expect(setupNetworksBody(current, plan)).toEqual({ modified_network_attachments: [{ id: 'a-v100', network: { id: 'v100' }, host_nic: { name: 'eth1' } }] });
  });

  it('breaks a bond with its networks, then bonds the freed NICs with another mode', () => {
    const broken = breakBond(current, 'bond0');
    expect(freeNics(broken, nics)).toEqual(['eth1', 'eth2', 'eth3']);
    expect(nextBondName(broken, nics)).toBe('bond1');
    const plan = ok(createBond(broken, 'bond1', '1', ['eth1', 'eth2'], nics));
    const withNet = ok(attachNetwork(plan, networks[1], 'bond1', nics, networks));
    expect(describeChanges(current, withNet, networks)).toEqual([
      'Break bond bond0',
      'Create bond bond1 (Mode 1: active-backup) from eth1, eth2',
      'Detach vlan100 from bond0',
      'Attach vlan100 to bond1',
    ]);
    expect(describeChanges(current, current, networks)).toEqual([]);
    expect(setupNetworksBody(current, withNet, { checkConnectivity: true, connectivityTimeout: 120 })).toEqual({
      modified_network_attachments: [{ network: { id: 'v100' }, host_nic: { name: 'bond1' } }],
      removed_network_attachments: [{ id: 'a-v100' }],
      modified_bonds: [{ name: 'bond1', bonding: { options: [{ name: 'mode', value: '1' }, { name: 'miimon', value: '100' }], slaves: [{ name: 'eth1' }, { name: 'eth2' }] } }],
      removed_bonds: [{ id: 'b0' }],
      check_connectivity: true,
      connectivity_timeout: 120,
    });
  });

  it('rebuilding a bond under its old name modifies it instead of removing it', () => {
    const plan = ok(createBond(breakBond(current, 'bond0'), 'bond0', '1', ['eth2', 'eth3'], nics));
    const body = setupNetworksBody(current, plan);
    expect(body.removed_bonds).toBeUndefined();
    expect(body.modified_bonds).toEqual([{ name: 'bond0', bonding: { options: [{ name: 'mode', value: '1' }, { name: 'miimon', value: '100' }], slaves: [{ name: 'eth2' }, { name: 'eth3' }] } }]);
  });

  it('refuses bonds of fewer than two free NICs, bad names and unknown modes', () => {
    expect(createBond(current, 'bond1', '1', ['eth1'], nics).error).toContain('two or more');
    expect(createBond(current, 'bond1', '1', ['eth1', 'eth2'], nics).error).toContain('eth2');
    expect(createBond(current, 'bond1', '1', ['eth0', 'eth1'], nics).error).toContain('eth0');
    expect(createBond(current, 'team1', '1', ['eth1', 'eth2'], nics).error).toContain('name');
    expect(createBond(breakBond(current, 'bond0'), 'bond1', '9', ['eth2', 'eth3'], nics).error).toContain('mode');
    expect(createBond(current, 'bond0', '1', ['eth1', 'eth2'], nics).error).toContain('already exists');
  });
});
