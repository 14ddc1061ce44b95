// The Run Once dialog's choices and the `start` action body they make (api-reference §7:
// start params `pause`, `volatile`, `use_cloud_init`, and `vm` carrying the one-time
// overrides: boot devices, CD, stateless, display, host, kernel). The overrides last only
// until the VM goes down.
import type { InputFields } from '../../../../api/write.ts';

export const BOOT_DEVICES = ['hd', 'cdrom', 'network'] as const;
export type BootDevice = (typeof BOOT_DEVICES)[number];

export const BOOT_DEVICE_LABELS: Record<BootDevice, string> = { hd: 'Hard disk', cdrom: 'CD-ROM', network: 'Network (PXE)' };

export interface RunOnceOptions {
  /** Devices to boot from, first tried first. */
  bootOrder: BootDevice[];
  /** ISO file id (its name on the ISO domain) to insert, or empty. */
  isoFile: string;
  startPaused: boolean;
  stateless: boolean;
  volatile: boolean;
  cloudInit: boolean;
  /** Host to run on, or empty for the scheduler. */
  hostId: string;
  /** `vnc`, `spice`, or empty to keep the VM's. */
  displayType: string;
  kernel: string;
  initrd: string;
  cmdline: string;
}

export function isBootDevice(v: unknown): v is BootDevice {
  return typeof v === 'string' && (BOOT_DEVICES as readonly string[]).includes(v);
}

/** Defaults from the VM's own boot order (`os.boot.devices`). */
export function defaultRunOnce(vmBootDevices: readonly unknown[]): RunOnceOptions {
  const order = vmBootDevices.filter(isBootDevice);
  return {
    bootOrder: order.length ? [...new Set(order)] : ['hd'],
    isoFile: '',
    startPaused: false,
    stateless: false,
    volatile: false,
    cloudInit: false,
    hostId: '',
    displayType: '',
    kernel: '',
    initrd: '',
    cmdline: '',
  };
}

/** Turns a device on (appended last) or off. */
export function toggleBootDevice(order: readonly BootDevice[], device: BootDevice, on: boolean): BootDevice[] {
  const without = order.filter((d) => d !== device);
  return on ? [...without, device] : without;
}

/** Moves a device one place up (-1) or down (+1) in the boot order. */
export function moveBootDevice(order: readonly BootDevice[], device: BootDevice, delta: -1 | 1): BootDevice[] {
  const i = order.indexOf(device);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= order.length) return [...order];
  const next = [...order];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** Problems the engine would refuse the start for, by field. */
export function validateRunOnce(o: RunOnceOptions): Record<string, string> {
  const problems: Record<string, string> = {};
  if (o.bootOrder.length === 0) problems.bootOrder = 'Choose at least one boot device.';
  else if (o.bootOrder[0] === 'cdrom' && !o.isoFile) problems.isoFile = 'Booting from CD-ROM needs an ISO image attached.';
  if ((o.initrd.trim() || o.cmdline.trim()) && !o.kernel.trim()) problems.kernel = 'A kernel path is needed for an initrd or kernel parameters.';
  return problems;
}

export function runOnceBody(o: RunOnceOptions): InputFields {
  const os: Record<string, InputFields[string]> = { boot: { devices: [...o.bootOrder] } };
  if (o.kernel.trim()) os.kernel = o.kernel.trim();
  if (o.initrd.trim()) os.initrd = o.initrd.trim();
  if (o.cmdline.trim()) os.cmdline = o.cmdline.trim();
  const vm: Record<string, InputFields[string]> = { os };
  if (o.isoFile) vm.cdroms = [{ file: { id: o.isoFile } }];
  if (o.stateless) vm.stateless = true;
  if (o.displayType) vm.display = { type: o.displayType };
  if (o.hostId) vm.placement_policy = { hosts: [{ id: o.hostId }] };
  const body: InputFields = { vm };
  if (o.startPaused) body.pause = true;
  if (o.volatile) body.volatile = true;
  if (o.cloudInit) body.use_cloud_init = true;
  return body;
}
