// The "New disk" dialog's answers → a `<disk_attachment>` with a nested new `<disk>`: the
// allocation policy decides format and `sparse` together (thin = cow + sparse, preallocated =
// raw + not sparse), the size goes in bytes.
import type { InputFields } from '../../../../api/write.ts';
import { diskSizeProblem, GiB } from './units.ts';
import { deviceNameProblem } from './vm-name.ts';

export type DiskInterface = 'virtio_scsi' | 'virtio' | 'ide' | 'sata';
export type Allocation = 'thin' | 'preallocated';

export const DISK_INTERFACES: { value: DiskInterface; label: string }[] = [
  { value: 'virtio_scsi', label: 'VirtIO-SCSI' },
  { value: 'virtio', label: 'VirtIO' },
  { value: 'sata', label: 'SATA' },
  { value: 'ide', label: 'IDE' },
];

export const ALLOCATIONS: { value: Allocation; label: string; format: 'cow' | 'raw'; sparse: boolean }[] = [
  { value: 'thin', label: 'Thin provision (QCOW2)', format: 'cow', sparse: true },
  { value: 'preallocated', label: 'Preallocated (raw)', format: 'raw', sparse: false },
];

export interface DiskValues {
  sizeGiB: string;
  alias: string;
  description: string;
  iface: DiskInterface;
  allocation: Allocation;
  storageDomainId: string;
  bootable: boolean;
  active: boolean;
}

/** `<vm>_Disk<N>`, the next number no attached disk of the VM uses (the portal's proposal). */
export function nextDiskAlias(vmName: string, existing: readonly string[]): string {
  const taken = new Set(existing);
  for (let n = 1; ; n++) if (!taken.has(`${vmName}_Disk${n}`)) return `${vmName}_Disk${n}`;
}

export function diskProblems(v: DiskValues): Partial<Record<keyof DiskValues, string>> {
  const out: Partial<Record<keyof DiskValues, string>> = {};
  const size = diskSizeProblem(v.sizeGiB);
  if (size) out.sizeGiB = size;
  const alias = deviceNameProblem(v.alias, 255);
  if (alias) out.alias = alias;
  if (!v.storageDomainId) out.storageDomainId = 'Choose a storage domain.';
  return out;
}

export function buildDiskAttachmentBody(v: DiskValues): InputFields {
  const alloc = ALLOCATIONS.find((a) => a.value === v.allocation) ?? ALLOCATIONS[0];
  return {
    bootable: v.bootable,
    interface: v.iface,
    active: v.active,
    pass_discard: false,
    disk: {
      name: v.alias.trim(),
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      provisioned_size: Number(v.sizeGiB.trim()) * GiB,
      format: alloc.format,
      sparse: alloc.sparse,
      storage_domains: [{ id: v.storageDomainId }],
    },
  };
}
