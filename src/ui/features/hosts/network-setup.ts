// A host's network layout as the Setup host networks dialog edits it: the NICs and bonds the
// engine reports, the logical networks attached to them, and the admin's planned changes,
// diffed into the one `setupnetworks` request the engine applies all or nothing
// (modified/removed network attachments, modified/removed bonds).
import type { Resource, Structure, Value } from '../../../api/resource.ts';
import type { InputFields } from '../../../api/write.ts';
import { isStructure, unwrapList } from '../../lib/fields.ts';

export interface HostNicView {
  id: string;
  name: string;
  status?: string;
  /** bits per second */
  speed?: number;
  mac?: string;
  ip?: string;
  /** Present on bonds. */
  bond?: { mode?: string; slaveIds: string[] };
}

export interface AttachmentView {
  id: string;
  networkId: string;
  nicId: string;
}

export interface PlannedBond {
  name: string;
  mode: string;
  /** Slave NIC names. */
  slaves: string[];
  /** The engine's id when the bond exists already. */
  id?: string;
}

export interface PlannedAttachment {
  networkId: string;
  nicName: string;
  /** The engine's attachment id when it exists already. */
  id?: string;
}

export interface NetworkPlan {
  bonds: PlannedBond[];
  attachments: PlannedAttachment[];
}

export interface NetworkInfo {
  id: string;
  name: string;
  vlan?: number;
}

/** Bond modes oVirt supports for VM networks, as its admin portal names them. */
export const BOND_MODES: { value: string; label: string }[] = [
  { value: '1', label: 'Mode 1: active-backup' },
  { value: '2', label: 'Mode 2: load balance (balance-xor)' },
  { value: '3', label: 'Mode 3: broadcast' },
  { value: '4', label: 'Mode 4: dynamic link aggregation (802.3ad)' },
];

export function bondModeLabel(mode: string | undefined): string {
  if (!mode) return 'unknown mode';
  return BOND_MODES.find((m) => m.value === mode)?.label ?? `Mode ${mode}`;
}

const text = (v: Value | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const listOf = (v: Value | undefined): Value[] => {
  const u = unwrapList(v);
  return Array.isArray(u) ? u : [];
};
const sub = (s: Structure, key: string): Structure | undefined => {
  const v = s.fields[key];
  return isStructure(v) ? v : undefined;
};

export function readNic(r: Resource): HostNicView {
  const bonding = sub(r, 'bonding');
  const options = bonding ? listOf(bonding.fields.options).filter(isStructure) : [];
  const mode = options.find((o) => o.fields.name === 'mode');
  const speed = r.fields.speed;
  return {
    id: r.id ?? '',
    name: text(r.fields.name) ?? r.id ?? '',
    status: text(r.fields.status),
    speed: typeof speed === 'number' ? speed : typeof speed === 'string' && speed !== '' ? Number(speed) : undefined,
    mac: (() => {
      const mac = sub(r, 'mac');
      return mac ? text(mac.fields.address) : undefined;
    })(),
    ip: (() => {
      const ip = sub(r, 'ip');
      return ip ? text(ip.fields.address) : undefined;
    })(),
    bond: bonding
      ? { mode: mode ? text(mode.fields.value) : undefined, slaveIds: listOf(bonding.fields.slaves).filter(isStructure).map((s) => s.id ?? '').filter(Boolean) }
      : undefined,
  };
}

export function readAttachment(r: Resource): AttachmentView | undefined {
  const network = sub(r, 'network');
  const nic = sub(r, 'host_nic');
  if (!r.id || !network?.id || !nic?.id) return undefined;
  return { id: r.id, networkId: network.id, nicId: nic.id };
}

export function readNetwork(r: Resource): NetworkInfo {
  const vlan = sub(r, 'vlan');
  const id = vlan ? Number(vlan.id ?? vlan.fields.id) : NaN;
  return { id: r.id ?? '', name: text(r.fields.name) ?? r.id ?? '', vlan: Number.isFinite(id) ? id : undefined };
}

/** "10 Gbps", "100 Mbps" from bits per second. */
export function speedText(bps: number | undefined): string {
  if (!bps || !Number.isFinite(bps)) return '';
  if (bps >= 1e9) return `${+(bps / 1e9).toFixed(1)} Gbps`;
  if (bps >= 1e6) return `${+(bps / 1e6).toFixed(1)} Mbps`;
  return `${bps} bps`;
}

/** The plan that changes nothing: what the engine reports now. */
export function currentPlan(nics: HostNicView[], attachments: AttachmentView[]): NetworkPlan {
  const nameOf = (id: string) => nics.find((n) => n.id === id)?.name ?? id;
  return {
    bonds: nics.filter((n) => n.bond).map((n) => ({ id: n.id, name: n.name, mode: n.bond!.mode ?? '', slaves: n.bond!.slaveIds.map(nameOf) })),
    attachments: attachments.map((a) => ({ id: a.id, networkId: a.networkId, nicName: nameOf(a.nicId) })),
  };
}

/** Interfaces that can carry networks in the plan: NICs that are no bond's slave, and bonds. */
export function planInterfaces(plan: NetworkPlan, nics: HostNicView[]): { name: string; bond?: PlannedBond }[] {
  const enslaved = new Set(plan.bonds.flatMap((b) => b.slaves));
  const plain = nics.filter((n) => !n.bond && !enslaved.has(n.name)).map((n) => ({ name: n.name }));
  return [...plain, ...plan.bonds.map((b) => ({ name: b.name, bond: b }))].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

/** NICs that may join a new bond: plain NICs, in no bond, carrying no network. */
export function freeNics(plan: NetworkPlan, nics: HostNicView[]): string[] {
  const busy = new Set(plan.attachments.map((a) => a.nicName));
  return planInterfaces(plan, nics).filter((i) => !i.bond && !busy.has(i.name)).map((i) => i.name);
}

export function nextBondName(plan: NetworkPlan, nics: HostNicView[]): string {
  const taken = new Set([...plan.bonds.map((b) => b.name), ...nics.map((n) => n.name)]);
  let i = 0;
  while (taken.has(`bond${i}`)) i += 1;
  return `bond${i}`;
}

export type PlanResult = { plan: NetworkPlan; error?: undefined } | { error: string; plan?: undefined };

export function attachNetwork(plan: NetworkPlan, network: NetworkInfo, nicName: string, nics: HostNicView[], networks: NetworkInfo[]): PlanResult {
  if (!planInterfaces(plan, nics).some((i) => i.name === nicName)) return { error: `${nicName} cannot carry networks (it is missing or a bond's slave).` };
  if (plan.attachments.some((a) => a.networkId === network.id)) return { error: `${network.name} is already attached to this host.` };
  if (network.vlan === undefined) {
    const untagged = plan.attachments.filter((a) => a.nicName === nicName && networks.find((n) => n.id === a.networkId)?.vlan === undefined);
    if (untagged.length) return { error: `${nicName} already carries a network without a VLAN tag; only one is allowed per interface.` };
  }
  return { plan: { ...plan, attachments: [...plan.attachments, { networkId: network.id, nicName }] } };
}

export function detachNetwork(plan: NetworkPlan, networkId: string): NetworkPlan {
  return { ...plan, attachments: plan.attachments.filter((a) => a.networkId !== networkId) };
}

/** Moves an attached network to another interface (keeps its attachment id). */
export function moveNetwork(plan: NetworkPlan, networkId: string, nicName: string, nics: HostNicView[], networks: NetworkInfo[]): PlanResult {
  const cur = plan.attachments.find((a) => a.networkId === networkId);
  const network = networks.find((n) => n.id === networkId);
  if (!cur || !network) return { error: 'That network is not attached.' };
  const rest = { ...plan, attachments: plan.attachments.filter((a) => a !== cur) };
  const moved = attachNetwork(rest, network, nicName, nics, networks);
  if (moved.error !== undefined) return moved;
  return { plan: { ...moved.plan, attachments: moved.plan.attachments.map((a) => (a.networkId === networkId ? { ...a, id: cur.id } : a)) } };
}

export function createBond(plan: NetworkPlan, name: string, mode: string, slaves: string[], nics: HostNicView[]): PlanResult {
  if (!/^bond\d+$/.test(name)) return { error: "A bond's name is 'bond' followed by a number (bond1)." };
  if (plan.bonds.some((b) => b.name === name) || nics.some((n) => n.name === name && !n.bond)) return { error: `${name} already exists.` };
  if (slaves.length < 2) return { error: 'A bond needs two or more NICs.' };
  const free = new Set(freeNics(plan, nics));
  const busy = slaves.filter((s) => !free.has(s));
  if (busy.length) return { error: `${busy.join(', ')} cannot join a bond: only NICs that carry no network and are in no bond can.` };
  if (!BOND_MODES.some((m) => m.value === mode)) return { error: 'Choose a bonding mode.' };
  // Re-creating a bond that was broken in this plan keeps its identity.
  const old = nics.find((n) => n.name === name && n.bond);
  return { plan: { ...plan, bonds: [...plan.bonds, { name, mode, slaves, ...(old ? { id: old.id } : {}) }] } };
}

/** Breaks a bond; the networks it carried are detached with it (the engine refuses otherwise). */
export function breakBond(plan: NetworkPlan, name: string): NetworkPlan {
  return { bonds: plan.bonds.filter((b) => b.name !== name), attachments: plan.attachments.filter((a) => a.nicName !== name) };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface SetupOptions {
  checkConnectivity?: boolean;
  /** Seconds the engine waits for the host to answer before rolling back. */
  connectivityTimeout?: number;
}

/** The `setupnetworks` action body that turns `current` into `plan`; empty lists are left out. */
export function setupNetworksBody(current: NetworkPlan, plan: NetworkPlan, options: SetupOptions = {}): InputFields {
  const removedBonds = current.bonds.filter((b) => !plan.bonds.some((p) => p.id === b.id && p.name === b.name));
  const modifiedBonds = plan.bonds.filter((b) => {
    const was = current.bonds.find((c) => c.id !== undefined && c.id === b.id && c.name === b.name);
    return !was || was.mode !== b.mode || !sameList(was.slaves, b.slaves);
  });
  const removedAttachments = current.attachments.filter((a) => !plan.attachments.some((p) => p.id === a.id));
  const modifiedAttachments = plan.attachments.filter((a) => {
    const was = current.attachments.find((c) => c.id !== undefined && c.id === a.id);
    return !was || was.nicName !== a.nicName;
  });
  const body: InputFields = {};
  if (modifiedAttachments.length) {
    body.modified_network_attachments = modifiedAttachments.map((a) => ({ ...(a.id ? { id: a.id } : {}), network: { id: a.networkId }, host_nic: { name: a.nicName } }));
  }
  if (removedAttachments.length) body.removed_network_attachments = removedAttachments.map((a) => ({ id: a.id }));
  if (modifiedBonds.length) {
    body.modified_bonds = modifiedBonds.map((b) => ({
      name: b.name,
      bonding: { options: [{ name: 'mode', value: b.mode }, { name: 'miimon', value: '100' }], slaves: b.slaves.map((s) => ({ name: s })) },
    }));
  }
  if (removedBonds.length) body.removed_bonds = removedBonds.map((b) => ({ id: b.id }));
  if (options.checkConnectivity) {
    body.check_connectivity = true;
    if (options.connectivityTimeout) body.connectivity_timeout = options.connectivityTimeout;
  }
  return body;
}

export function hasChanges(current: NetworkPlan, plan: NetworkPlan): boolean {
  const body = setupNetworksBody(current, plan);
  return Object.keys(body).length > 0;
}

/** The plan's changes in words, for the admin to check before sending. */
export function describeChanges(current: NetworkPlan, plan: NetworkPlan, networks: NetworkInfo[]): string[] {
  const net = (id: string) => networks.find((n) => n.id === id)?.name ?? id;
  const out: string[] = [];
  for (const b of current.bonds) if (!plan.bonds.some((p) => p.id === b.id && p.name === b.name)) out.push(`Break bond ${b.name}`);
  for (const b of plan.bonds) {
    const was = current.bonds.find((c) => c.id !== undefined && c.id === b.id && c.name === b.name);
    if (!was) out.push(`Create bond ${b.name} (${bondModeLabel(b.mode)}) from ${b.slaves.join(', ')}`);
    else if (was.mode !== b.mode || !sameList(was.slaves, b.slaves)) out.push(`Change bond ${b.name} to ${bondModeLabel(b.mode)} over ${b.slaves.join(', ')}`);
  }
  for (const a of current.attachments) if (!plan.attachments.some((p) => p.id === a.id)) out.push(`Detach ${net(a.networkId)} from ${a.nicName}`);
  for (const a of plan.attachments) {
    const was = current.attachments.find((c) => c.id !== undefined && c.id === a.id);
    if (!was) out.push(`Attach ${net(a.networkId)} to ${a.nicName}`);
    else if (was.nicName !== a.nicName) out.push(`Move ${net(a.networkId)} from ${was.nicName} to ${a.nicName}`);
  }
  return out;
}
