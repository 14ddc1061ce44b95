import { describe, expect, it } from 'vitest';
import { buildDiskAttachmentBody, diskProblems, nextDiskAlias, type DiskValues } from './disk-body.ts';

const disk = (over: Partial<DiskValues> = {}): DiskValues => ({
  sizeGiB: '10', alias: 'vm1_Disk1', description: '', iface: 'virtio_scsi', allocation: 'thin', storageDomainId: 'sd1', bootable: true, active: true, ...over,
});

describe('buildDiskAttachmentBody', () => {
  it('nests a thin (cow, sparse) disk of the size in bytes on the chosen domain', () => {
    expect(buildDiskAttachmentBody(disk())).toEqual({
      bootable: true, interface: 'virtio_scsi', active: true, pass_discard: false,
      disk: { name: 'vm1_Disk1', provisioned_size: 10737418240, format: 'cow', sparse: true, storage_domains: [{ id: 'sd1' }] },
    });
  });
  it('makes preallocated disks raw and not sparse', () => {
    const body = buildDiskAttachmentBody(disk({ allocation: 'preallocated', iface: 'sata', bootable: false, description: 'logs' }));
    expect(body.disk).toMatchObject({ format: 'raw', sparse: false, description: 'logs' });
    expect(body).toMatchObject({ interface: 'sata', bootable: false });
  });
});

describe('disk helpers', () => {
  it('proposes the next free alias', () => {
    expect(nextDiskAlias('vm1', [])).toBe('vm1_Disk1');
    expect(nextDiskAlias('vm1', ['vm1_Disk1'])).toBe('vm1_Disk2');
  });
  it('needs a whole size, a valid alias and a domain', () => {
    expect(diskProblems(disk())).toEqual({});
    expect(Object.keys(diskProblems(disk({ sizeGiB: '0', alias: 'a b', storageDomainId: '' }))).sort()).toEqual(['alias', 'sizeGiB', 'storageDomainId']);
  });
});
