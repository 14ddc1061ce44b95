import { describe, expect, it } from 'vitest';
import { canAddDiskTo, canAddNicTo, vmCollectionFor } from './create-targets.ts';

describe('create targets', () => {
  it('adds NICs to VMs, templates and instance types, not to snapshots', () => {
    expect(canAddNicTo('vm')).toBe(true);
    expect(canAddNicTo('template')).toBe(true);
    expect(canAddNicTo('instance_type')).toBe(true);
    expect(canAddNicTo('snapshot')).toBe(false);
    expect(canAddNicTo(undefined)).toBe(false);
  });
  it('adds disks to VMs only', () => {
    expect(canAddDiskTo('vm')).toBe(true);
    expect(canAddDiskTo('template')).toBe(false);
  });
  it('creates VMs in the top-level list unless opened there', () => {
    expect(vmCollectionFor('/api/vms', undefined, '/api/vms')).toBe('/api/vms');
    expect(vmCollectionFor('/api/affinitygroups/1/vms', 'affinity_group', '/api/vms')).toBe('/api/vms');
    expect(vmCollectionFor('/api/storagedomains/1/vms', 'storage_domain', undefined)).toBeUndefined();
  });
});
