// The "New network interface" dialog's answers → the `<nic>` the engine's add expects.
import type { InputFields } from '../../../../api/write.ts';
import { deviceNameProblem } from './vm-name.ts';

export type NicInterface = 'virtio' | 'e1000' | 'rtl8139';

export const NIC_INTERFACES: { value: NicInterface; label: string }[] = [
  { value: 'virtio', label: 'VirtIO' },
  { value: 'e1000', label: 'e1000' },
  { value: 'rtl8139', label: 'rtl8139' },
];

export interface NicValues {
  name: string;
  /** Empty: no network (the portal's "<Empty>" profile). */
  profileId: string;
  iface: NicInterface;
  /** Empty: the engine picks one from the MAC pool. */
  mac: string;
  linked: boolean;
  plugged: boolean;
}

/** `nicN` with the smallest N no existing NIC uses, as the portal proposes. */
export function nextNicName(existing: readonly string[]): string {
  const taken = new Set(existing);
  for (let n = 1; ; n++) if (!taken.has(`nic${n}`)) return `nic${n}`;
}

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/** Why a MAC address is refused: the format, or a multicast/broadcast address. */
export function macProblem(mac: string): string | undefined {
  const m = mac.trim();
  if (!m) return undefined;
  if (!MAC.test(m)) return 'Use six pairs of hex digits separated by colons (56:6f:1a:2b:3c:4d).';
  if (parseInt(m.slice(0, 2), 16) & 1) return 'A multicast address cannot be assigned to a NIC.';
  return undefined;
}

export function nicProblems(v: NicValues, existingNames: readonly string[]): Partial<Record<keyof NicValues, string>> {
  const out: Partial<Record<keyof NicValues, string>> = {};
  const name = deviceNameProblem(v.name);
  if (name) out.name = name;
  else if (existingNames.includes(v.name.trim())) out.name = 'The VM already has a NIC with this name.';
  const mac = macProblem(v.mac);
  if (mac) out.mac = mac;
  return out;
}

export function buildNicBody(v: NicValues): InputFields {
  return {
    name: v.name.trim(),
    interface: v.iface,
    // Without a profile the NIC is on no network (the portal's "<Empty>").
    ...(v.profileId ? { vnic_profile: { id: v.profileId } } : {}),
    ...(v.mac.trim() ? { mac: { address: v.mac.trim().toLowerCase() } } : {}),
    linked: v.linked,
    plugged: v.plugged,
  };
}
