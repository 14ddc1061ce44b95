// Hot-plugging a VM's devices from their own pages: a NIC is plugged / unplugged and its link
// brought up / down, a disk attachment activated / deactivated — each a PUT of one boolean
// (the v4 way; the old activate / deactivate actions are deprecated).
import type { Resource } from '../../../../api/resource.ts';

export interface DeviceToggle {
  /** The extra action's id. */
  id: string;
  kind: 'nic' | 'disk_attachment';
  field: 'plugged' | 'linked' | 'active';
  /** The value the PUT sets. */
  value: boolean;
  label: string;
  /** What it does, for the confirmation. */
  effect: string;
}

export const DEVICE_TOGGLES: readonly DeviceToggle[] = [
  { id: 'nic-unplug', kind: 'nic', field: 'plugged', value: false, label: 'Unplug', effect: 'The guest loses this network card until it is plugged again.' },
  { id: 'nic-plug', kind: 'nic', field: 'plugged', value: true, label: 'Plug', effect: 'The network card is hot-plugged into the guest.' },
  { id: 'nic-unlink', kind: 'nic', field: 'linked', value: false, label: 'Set link down', effect: 'The card stays in the guest but its cable is "pulled".' },
  { id: 'nic-link', kind: 'nic', field: 'linked', value: true, label: 'Set link up', effect: 'The card\'s link comes back up.' },
  { id: 'disk-deactivate', kind: 'disk_attachment', field: 'active', value: false, label: 'Deactivate', effect: 'The disk is hot-unplugged from the guest; unmount it in the guest first.' },
  { id: 'disk-activate', kind: 'disk_attachment', field: 'active', value: true, label: 'Activate', effect: 'The disk is hot-plugged into the guest.' },
];

export function toggleById(id: string): DeviceToggle | undefined {
  return DEVICE_TOGGLES.find((t) => t.id === id);
}

/** Shown only when it changes something: the field is the other boolean now. */
export function toggleApplies(t: DeviceToggle, device: Resource): boolean {
  const current = device.fields[t.field];
  return device.kind === t.kind && typeof current === 'boolean' && current !== t.value && !!device.href;
}
