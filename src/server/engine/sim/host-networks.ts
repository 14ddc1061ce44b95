/**
 * Host networking and storage discovery (host actions setupnetworks, commitnetconfig,
 * iscsidiscover / discoveriscsi, iscsilogin). setupnetworks applies the whole request or
 * nothing, refusing with the engine's "Cannot setup Networks." wording: bonds need two or more
 * NICs that are neither bonds nor slaves of another bond, a network is attached once per host and
 * only networks of the host's cluster, a NIC carries at most one non-VLAN network, and a bond
 * cannot be broken while networks stay on it.
 */
import { randomUUID } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import { refId, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused, statusLabel } from './refusals.ts';

type Obj = Record<string, unknown>;

const SETUP_OK = ['up', 'maintenance', 'non_operational'];
const ISCSI_OK = ['up', 'maintenance', 'non_operational'];

const list = (v: unknown): Obj[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Obj[]) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const refName = (v: unknown): string | undefined => (v && typeof v === 'object' ? str((v as Obj).name) : undefined);

function cannot(verb: string, why: string): ActionRefused {
  return ActionRefused.cannot(verb, why);
}

function checkStatus(host: Doc, verb: string, accepted: string[]): void {
  const status = String(host.status ?? '');
  if (!accepted.includes(status)) {
    throw cannot(verb, `The operation requires the Host to be in one of these statuses: ${accepted.map(statusLabel).join(', ')}. Current status: ${statusLabel(status)}.`);
  }
}

/** The networks a host may carry: its cluster's (the data center's when the cluster never chose). */
function clusterNetworks(core: SimCore, host: Doc): Doc[] {
  const clusterId = refId(host.cluster);
  if (!clusterId) return [];
  const own = core.store.list('cluster_networks', clusterId);
  if (own.length) return own.map((a) => core.store.get('networks', a.id, '')).filter((n): n is Doc => !!n);
  const dc = core.dcOfCluster(clusterId);
  return core.store.list('networks', '').filter((n) => refId(n.data_center) === dc);
}

interface NicState { id: string; name: string; doc?: Doc; bond?: { options: Obj[]; slaves: string[] }; isNew?: boolean }
interface AttachmentState { id: string; networkId: string; nicName: string; doc?: Doc; changed?: boolean; ip?: unknown }

export function setupNetworks(core: SimCore, host: Doc, params: Obj): ActionResult {
  const verb = 'setup Networks';
  checkStatus(host, verb, SETUP_OK);
  const store = core.store;
  const nicDocs = store.list('host_nics', host.id);
  const nics = new Map<string, NicState>();
  for (const d of nicDocs) {
    const bonding = d.bonding as Obj | undefined;
    const slaves = list(bonding?.slaves).map((s) => nicDocs.find((n) => n.id === refId(s))?.name).filter((n): n is string => typeof n === 'string');
    nics.set(String(d.name), { id: d.id, name: String(d.name), doc: d, bond: bonding ? { options: list(bonding.options), slaves } : undefined });
  }
  const nicNameOf = (ref: unknown): string | undefined => {
    const id = refId(ref);
    if (id) return [...nics.values()].find((n) => n.id === id)?.name;
    const name = refName(ref);
    return name && nics.has(name) ? name : undefined;
  };
  const attachments = new Map<string, AttachmentState>();
  for (const d of store.list('network_attachments', host.id)) {
    const nicName = nicDocs.find((n) => n.id === refId(d.host_nic))?.name;
    const networkId = refId(d.network);
    if (networkId && typeof nicName === 'string') attachments.set(d.id, { id: d.id, networkId, nicName, doc: d });
  }
  const networks = clusterNetworks(core, host);
  const networkOf = (ref: unknown): Doc | undefined => {
    const id = refId(ref);
    const name = refName(ref);
    return networks.find((n) => (id ? n.id === id : n.name === name));
  };

  // Removals first, so a request may free a NIC and reuse it.
  for (const r of list(params.removed_network_attachments)) {
    const id = str(r.id);
    if (!id || !attachments.has(id)) throw cannot(verb, `Network attachment ${id ?? '(no id)'} does not exist on this host.`);
    attachments.delete(id);
  }
  const removedBonds: NicState[] = [];
  for (const r of list(params.removed_bonds)) {
    const name = nicNameOf(r);
    const nic = name ? nics.get(name) : undefined;
    if (!nic?.bond) throw cannot(verb, `The following bonds do not exist on the host: ${refName(r) ?? str(r.id) ?? '(none)'}.`);
    nics.delete(nic.name);
    removedBonds.push(nic);
  }
  for (const b of list(params.modified_bonds)) {
    const name = str(b.name) ?? nicNameOf(b);
    if (!name) throw cannot(verb, 'A bond needs a name.');
    if (!/^bond\d+$/.test(name)) throw cannot(verb, `Bond name ${name} is invalid: it must be 'bond' followed by a number.`);
    const existing = nics.get(name);
    if (existing && !existing.bond) throw cannot(verb, `${name} is a network interface, not a bond.`);
    const bonding = (b.bonding ?? {}) as Obj;
    const slaves = list(bonding.slaves).map((s) => nicNameOf(s) ?? refName(s) ?? str(s.id) ?? '?');
    const options = bonding.options !== undefined ? list(bonding.options) : (existing?.bond?.options ?? []);
    nics.set(name, { id: existing?.id ?? randomUUID(), name, doc: existing?.doc, bond: { options, slaves: slaves.length ? slaves : (existing?.bond?.slaves ?? []) }, isNew: !existing });
  }
  for (const m of list(params.modified_network_attachments)) {
    const id = str(m.id);
    const current = id ? attachments.get(id) : undefined;
    if (id && !current) throw cannot(verb, `Network attachment ${id} does not exist on this host.`);
    const network = m.network !== undefined ? networkOf(m.network) : current ? networks.find((n) => n.id === current.networkId) : undefined;
    if (!network) throw cannot(verb, `The following networks are not attached to the host's cluster: ${refName(m.network) ?? refId(m.network) ?? '(none)'}.`);
    const wantedNic = m.host_nic !== undefined ? (refName(m.host_nic) ?? nicNameOf(m.host_nic)) : current?.nicName;
    if (!wantedNic || !nics.has(wantedNic)) throw cannot(verb, `Network interface ${refName(m.host_nic) ?? refId(m.host_nic) ?? '(none)'} does not exist on the host.`);
    const other = [...attachments.values()].find((a) => a.networkId === network.id && a.id !== id);
    if (other) throw cannot(verb, `The following networks are already attached to an interface on the host: ${String(network.name)}.`);
    const ip = list(m.ip_address_assignments).length ? m.ip_address_assignments : current?.ip;
    attachments.set(id ?? randomUUID(), { id: id ?? '', networkId: network.id, nicName: wantedNic, doc: current?.doc, changed: true, ip });
  }

  // The end state must hold together.
  const slaveOf = new Map<string, string>();
  for (const nic of nics.values()) {
    if (!nic.bond) continue;
    const bad = nic.bond.slaves.filter((s) => !nics.has(s) || nics.get(s)!.bond);
    if (bad.length) throw cannot(verb, `Bond ${nic.name} can only enslave existing network interfaces that are not bonds: ${bad.join(', ')}.`);
    if (nic.bond.slaves.length < 2) throw cannot(verb, `The following bonds consist of less than two Network Interfaces: ${nic.name}.`);
    for (const s of nic.bond.slaves) {
      const owner = slaveOf.get(s);
      if (owner) throw cannot(verb, `Network interface ${s} cannot be a slave of both ${owner} and ${nic.name}.`);
      slaveOf.set(s, nic.name);
    }
  }
  const netName = (id: string) => String(store.get('networks', id, '')?.name ?? id);
  const isVlan = (id: string) => !!(store.get('networks', id, '')?.vlan as Obj | undefined)?.id;
  const byNic = new Map<string, string[]>();
  for (const a of attachments.values()) {
    if (!nics.has(a.nicName)) throw cannot(verb, `Bond ${a.nicName} is removed but networks are still attached to it: ${netName(a.networkId)}. Detach them or move them to another interface.`);
    if (slaveOf.has(a.nicName)) throw cannot(verb, `Network interface ${a.nicName} is a slave of ${slaveOf.get(a.nicName)!} and cannot have networks attached: ${netName(a.networkId)}.`);
    byNic.set(a.nicName, [...(byNic.get(a.nicName) ?? []), a.networkId]);
  }
  for (const [nic, ids] of byNic) {
    const plain = ids.filter((n) => !isVlan(n));
    if (plain.length > 1) throw cannot(verb, `Network interface ${nic} can carry only one network without a VLAN tag, not ${plain.map(netName).join(', ')}.`);
  }

  // Write it down.
  for (const b of removedBonds) store.remove('host_nics', b.id, host.id);
  for (const nic of nics.values()) {
    if (!nic.bond) continue;
    const slaveDocs = nic.bond.slaves.map((s) => nics.get(s)!.doc!).filter(Boolean);
    const bonding = { options: nic.bond.options, slaves: slaveDocs.map((d) => ({ id: d.id })) };
    if (nic.isNew) {
      const first = slaveDocs[0];
      store.insert('host_nics', {
        id: nic.id, name: nic.name, mac: first?.mac, mtu: first?.mtu ?? 1500, status: slaveDocs.some((d) => d.status === 'up') ? 'up' : 'down',
        speed: slaveDocs.reduce((s, d) => s + (typeof d.speed === 'number' ? d.speed : 0), 0), boot_protocol: 'none', bridged: false,
        bonding, host: { id: host.id },
      }, host.id);
    } else if (nic.doc) store.update('host_nics', nic.id, { bonding }, host.id);
  }
  const nicIdOf = (name: string) => (nics.get(name)!.isNew ? nics.get(name)!.id : nics.get(name)!.doc!.id);
  const kept = new Set<string>();
  for (const [key, a] of attachments) {
    if (a.doc && !a.changed) {
      kept.add(a.doc.id);
      continue;
    }
    const doc = { network: { id: a.networkId }, host_nic: { id: nicIdOf(a.nicName) }, host: { id: host.id }, in_sync: true, ...(a.ip ? { ip_address_assignments: a.ip } : {}) };
    if (a.doc) {
      store.update('network_attachments', a.doc.id, doc, host.id);
      kept.add(a.doc.id);
    } else kept.add(store.insert('network_attachments', { id: key, ...doc }, host.id).id);
  }
  for (const d of store.list('network_attachments', host.id)) if (!kept.has(d.id)) store.remove('network_attachments', d.id, host.id);
  // The NIC's own `network` shows what it carries, untagged first.
  for (const nic of store.list('host_nics', host.id)) {
    const ids = byNic.get(String(nic.name)) ?? [];
    const shown = ids.find((n) => !isVlan(n)) ?? ids[0];
    if (refId(nic.network) !== shown) store.update('host_nics', nic.id, { network: shown ? { id: shown } : null }, host.id);
  }
  core.setHost(host.id, { network_operation_in_progress: false });
  return { status: 'complete' };
}

/** The iSCSI targets a portal offers: those of the LUNs the inventory knows at that address. */
function portalTargets(core: SimCore, address: string, port: number | undefined): Array<{ target: string; address: string; port: number; portal: string }> {
  const out = new Map<string, { target: string; address: string; port: number; portal: string }>();
  for (const sd of core.store.list('storage_domains', '')) {
    const storage = sd.storage as Obj | undefined;
    const luns = [...list((storage?.volume_group as Obj | undefined)?.logical_units), ...list(storage?.logical_units)];
    for (const lun of luns) {
      const lunPort = typeof lun.port === 'number' ? lun.port : 3260;
      if (lun.address !== address || (port !== undefined && port !== lunPort) || typeof lun.target !== 'string') continue;
      out.set(lun.target, { target: lun.target, address, port: lunPort, portal: str(lun.portal) ?? `${address}:${lunPort},1` });
    }
  }
  return [...out.values()];
}

function iscsiInput(params: Obj): { address: string; port?: number; target?: string } {
  const iscsi = (params.iscsi ?? {}) as Obj;
  const address = str(iscsi.address);
  if (!address) throw new ActionRefused('[Cannot discover iSCSI targets. The address of the iSCSI portal is missing.]', 400, 'Incomplete parameters');
  const port = typeof iscsi.port === 'number' ? iscsi.port : typeof iscsi.port === 'string' && iscsi.port !== '' ? Number(iscsi.port) : undefined;
  return { address, port, target: str(iscsi.target) };
}

export function iscsiDiscover(core: SimCore, host: Doc, params: Obj, detailed: boolean): ActionResult {
  checkStatus(host, 'discover iSCSI targets', ISCSI_OK);
  const { address, port } = iscsiInput(params);
  const targets = portalTargets(core, address, port);
  if (!targets.length) throw new ActionRefused(`[Failed discovery of iSCSI targets at ${address}:${port ?? 3260}.]`);
  return { status: 'complete', extra: detailed ? { discovered_targets: targets } : { iscsi_targets: targets.map((t) => t.target) } };
}

export function iscsiLogin(core: SimCore, host: Doc, params: Obj): ActionResult {
  checkStatus(host, 'log in to iSCSI target', ISCSI_OK);
  const { address, port, target } = iscsiInput(params);
  if (!target) throw new ActionRefused('[Cannot log in to iSCSI target. The target name is missing.]', 400, 'Incomplete parameters');
  if (!portalTargets(core, address, port).some((t) => t.target === target)) {
    throw new ActionRefused(`[Failed to log in to iSCSI target ${target} at ${address}:${port ?? 3260}.]`);
  }
  return { status: 'complete' };
}
