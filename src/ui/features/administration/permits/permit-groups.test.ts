import { describe, expect, it } from 'vitest';
import { groupPermits, permitGroupOf, permitLabel, permitsForRoleType, type PermitInfo } from './permit-groups.ts';

const p = (id: number, name: string, administrative = false): PermitInfo => ({ id: String(id), name, administrative });

describe('permitGroupOf', () => {
  it.each([
    ['create_vm', 'vm'],
    ['configure_vm_network', 'vm'],
    ['connect_to_serial_console', 'vm'],
    ['create_vm_pool', 'vm_pool'],
    ['configure_template_network', 'template'],
    ['configure_cluster_network', 'cluster'],
    ['assign_cpu_profile', 'cluster'],
    ['configure_host_network', 'host'],
    ['create_storage_pool_network', 'data_center'],
    ['consume_quota', 'data_center'],
    ['attach_disk_profile', 'storage_domain'],
    ['edit_disk_properties', 'disk'],
    ['configure_scsi_generic_io', 'disk'],
    ['create_network_vnic_profile', 'network'],
    ['create_mac_pool', 'network'],
    ['manipulate_gluster_volume', 'gluster'],
    ['login', 'system'],
    ['manipulate_permissions', 'system'],
    ['tag_management', 'system'],
  ])('%s → %s', (name, group) => {
    expect(permitGroupOf(name).id).toBe(group);
  });
});

describe('groupPermits', () => {
  it('orders groups as the portal does and permits by id, leaving empty groups out', () => {
    const groups = groupPermits([p(22, 'run_vm'), p(1300, 'login'), p(1, 'create_vm'), p(100, 'create_host', true)]);
    expect(groups.map((g) => g.id)).toEqual(['system', 'host', 'vm']);
    expect(groups[2].permits.map((x) => x.name)).toEqual(['create_vm', 'run_vm']);
    expect(groups[0].title).toBe('System');
    expect(groupPermits([])).toEqual([]);
  });
});

describe('permitsForRoleType', () => {
  it('keeps administrative permits for admin roles only', () => {
    const all = [p(1, 'create_vm'), p(100, 'create_host', true)];
    expect(permitsForRoleType(all, false).map((x) => x.name)).toEqual(['create_vm']);
    expect(permitsForRoleType(all, true)).toHaveLength(2);
  });
});

describe('permitLabel', () => {
  it('reads like a sentence', () => {
    expect(permitLabel('configure_vm_network')).toBe('Configure vm network');
    expect(permitLabel('configure_rhevm')).toBe('Configure engine');
  });
});
