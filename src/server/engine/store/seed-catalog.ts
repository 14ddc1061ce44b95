/**
 * Fixed reference data every engine ships with: permits (ActionGroup ids and names as the
 * REST API prints them), the predefined roles with the ids of ovirt-engine's
 * dbscripts/data/00500_insert_roles.sql, scheduling policies with the ids of
 * 00350_insert_cluster_policies.sql, cluster levels, guest operating systems.
 */

export interface PermitDef { id: number; name: string; administrative: boolean }

export const PERMITS: PermitDef[] = ([
  [1, 'create_vm', false], [2, 'delete_vm', false], [3, 'edit_vm_properties', false], [5, 'change_vm_cd', false],
  [6, 'migrate_vm', false], [7, 'connect_to_vm', false], [8, 'import_export_vm', true], [9, 'configure_vm_network', false],
  [10, 'configure_vm_storage', false], [11, 'move_vm', false], [12, 'manipulate_vm_snapshots', false],
  [13, 'reconnect_to_vm', false], [14, 'change_vm_custom_properties', true], [15, 'edit_admin_vm_properties', true],
  [16, 'create_instance', false], [17, 'reboot_vm', false], [18, 'stop_vm', false], [19, 'shut_down_vm', false],
  [21, 'hibernate_vm', false], [22, 'run_vm', false],
  [100, 'create_host', true], [101, 'edit_host_configuration', true], [102, 'delete_host', true],
  [103, 'manipulate_host', true], [104, 'configure_host_network', true],
  [200, 'create_template', false], [201, 'edit_template_properties', false], [202, 'delete_template', false],
  [203, 'copy_template', false], [204, 'configure_template_network', false], [205, 'edit_admin_template_properties', true],
  [300, 'create_vm_pool', false], [301, 'edit_vm_pool_configuration', false], [302, 'delete_vm_pool', false],
  [303, 'vm_pool_basic_operations', false],
  [400, 'create_cluster', true], [401, 'edit_cluster_configuration', true], [402, 'delete_cluster', true],
  [403, 'configure_cluster_network', true], [404, 'assign_cluster_network', true],
  [500, 'manipulate_users', true], [501, 'manipulate_roles', true], [502, 'manipulate_permissions', false],
  [503, 'add_users_and_groups_from_directory', false], [504, 'edit_profile', false],
  [600, 'create_storage_domain', true], [601, 'edit_storage_domain_configuration', true],
  [602, 'delete_storage_domain', true], [603, 'manipulate_storage_domain', true],
  [700, 'create_storage_pool', true], [701, 'delete_storage_pool', true], [702, 'edit_storage_pool_configuration', true],
  [703, 'configure_storage_pool_network', true], [704, 'create_storage_pool_network', true],
  [705, 'delete_storage_pool_network', true],
  [800, 'configure_rhevm', true], [900, 'configure_quota', true], [901, 'consume_quota', false],
  [1000, 'create_gluster_volume', true], [1001, 'manipulate_gluster_volume', true], [1002, 'delete_gluster_volume', true],
  [1003, 'manipulate_gluster_hook', true], [1004, 'manipulate_gluster_service', true],
  [1100, 'create_disk', false], [1101, 'attach_disk', false], [1102, 'edit_disk_properties', false],
  [1103, 'configure_disk_storage', false], [1104, 'delete_disk', false], [1105, 'configure_scsi_generic_io', true],
  [1106, 'access_image_storage', false], [1107, 'disk_live_storage_migration', false],
  [1203, 'configure_network_vnic_profile', true], [1204, 'create_network_vnic_profile', true],
  [1205, 'delete_network_vnic_profile', true],
  [1300, 'login', false], [1301, 'tag_management', true], [1302, 'bookmark_management', true],
  [1303, 'event_notification_management', true], [1304, 'audit_log_management', true],
  [1400, 'inject_external_events', true], [1500, 'inject_external_tasks', true], [1550, 'manipulate_affinity_groups', true],
  [1560, 'configure_storage_disk_profile', true], [1561, 'create_storage_disk_profile', true],
  [1562, 'delete_storage_disk_profile', true], [1563, 'attach_disk_profile', false],
  [1660, 'create_mac_pool', true], [1661, 'edit_mac_pool', true], [1662, 'delete_mac_pool', true],
  [1663, 'configure_mac_pool', true], [1664, 'connect_to_serial_console', false],
  [1665, 'delete_cpu_profile', true], [1666, 'update_cpu_profile', true], [1667, 'create_cpu_profile', true],
  [1668, 'assign_cpu_profile', true],
] as Array<[number, string, boolean]>).map(([id, name, administrative]) => ({ id, name, administrative }));

const VM_USER = ['login', 'run_vm', 'stop_vm', 'shut_down_vm', 'reboot_vm', 'hibernate_vm', 'change_vm_cd', 'connect_to_vm', 'reconnect_to_vm', 'vm_pool_basic_operations'];
const VM_MANAGER = [...VM_USER, 'edit_vm_properties', 'delete_vm', 'configure_vm_network', 'configure_vm_storage', 'manipulate_vm_snapshots', 'manipulate_permissions', 'attach_disk', 'create_disk', 'edit_disk_properties', 'connect_to_serial_console'];
const ADMIN_ALL = PERMITS.filter((p) => p.name !== 'connect_to_serial_console').map((p) => p.name);
const prefixed = (...words: string[]) => PERMITS.filter((p) => words.some((w) => p.name.includes(w))).map((p) => p.name);

export interface RoleDef { id: string; name: string; description: string; administrative: boolean; permits: string[] }

export const ROLES: RoleDef[] = [
  { id: '00000000-0000-0000-0000-000000000001', name: 'SuperUser', description: 'Roles management administrator', administrative: true, permits: PERMITS.map((p) => p.name) },
  { id: '00000000-0000-0000-0001-000000000001', name: 'UserRole', description: 'Standard User Role', administrative: false, permits: VM_USER },
  { id: '00000000-0000-0000-0001-000000000002', name: 'PowerUserRole', description: 'User Role, allowed to create VMs, Templates and Disks', administrative: false, permits: ['login', 'create_vm', 'create_template', 'create_disk', 'create_instance'] },
  { id: 'def00001-0000-0000-0000-def000000001', name: 'ClusterAdmin', description: 'Administrator Role, permission for all the objects underneath a specific Cluster', administrative: true, permits: ADMIN_ALL.filter((n) => !/storage_pool|storage_domain|rhevm|roles|users|mac_pool/.test(n)) },
  { id: 'def00002-0000-0000-0000-def000000002', name: 'DataCenterAdmin', description: 'Administrator Role, permission for all the objects underneath a specific Data Center, except Storage', administrative: true, permits: ADMIN_ALL.filter((n) => !/storage_domain|rhevm|roles|users/.test(n)) },
  { id: 'def00003-0000-0000-0000-def000000003', name: 'StorageAdmin', description: 'Administrator Role, permission for all operations on a specific Storage Domain', administrative: true, permits: ['login', ...prefixed('storage_domain', 'disk', 'quota')] },
  { id: 'def00004-0000-0000-0000-def000000004', name: 'HostAdmin', description: 'Administrator Role, permission for all operations on a specific Host', administrative: true, permits: ['login', ...prefixed('_host', 'storage_domain')] },
  { id: 'def00005-0000-0000-0000-def000000005', name: 'NetworkAdmin', description: 'Administrator Role, permission for all operations on a specific Logical Network', administrative: true, permits: ['login', ...prefixed('network')] },
  { id: 'def00006-0000-0000-0000-def000000006', name: 'UserVmManager', description: 'User Role, with permission for any operation on Vms', administrative: false, permits: VM_MANAGER },
  { id: 'def00007-0000-0000-0000-def000000007', name: 'VmPoolAdmin', description: 'Administrator Role, permission for all operations on a specific VM Pool', administrative: true, permits: ['login', ...prefixed('vm_pool'), ...VM_USER.slice(1)] },
  { id: 'def00008-0000-0000-0000-def000000008', name: 'TemplateAdmin', description: 'Administrator Role, permission for all operations on a specific Template', administrative: true, permits: ['login', ...prefixed('template')] },
  { id: 'def0000a-0000-0000-0000-def00000000a', name: 'QuotaConsumer', description: 'User Role, permissions to consume the Quota resources', administrative: false, permits: ['login', 'consume_quota'] },
  { id: 'def0000a-0000-0000-0000-def00000000b', name: 'DiskOperator', description: 'User Role, permissions for all operations on a specific disk', administrative: false, permits: ['login', ...prefixed('disk')].filter((n) => !/profile|scsi/.test(n)) },
  { id: 'def0000a-0000-0000-0000-def00000000c', name: 'DiskCreator', description: 'User Role, permission to create Disks', administrative: false, permits: ['login', 'create_disk'] },
  { id: 'def0000a-0000-0000-0000-def00000000d', name: 'VmCreator', description: 'User Role, permission to create VMs', administrative: false, permits: ['login', 'create_vm'] },
  { id: 'def0000a-0000-0000-0000-def00000000e', name: 'TemplateCreator', description: 'User Role, permission to create Templates', administrative: false, permits: ['login', 'create_template'] },
  { id: 'def0000a-0000-0000-0000-def00000000f', name: 'TemplateOwner', description: 'User Role, permissions for all operations on Templates', administrative: false, permits: ['login', ...prefixed('template')].filter((n) => n !== 'edit_admin_template_properties') },
  { id: 'def0000c-0000-0000-0000-def000000000', name: 'ExternalEventsCreator', description: 'External Events Creator', administrative: false, permits: ['login', 'inject_external_events'] },
  { id: 'def0000d-0000-0000-0000-def000000000', name: 'ExternalTasksCreator', description: 'External Tasks Creator', administrative: false, permits: ['login', 'inject_external_tasks'] },
  { id: 'def0000a-0000-0000-0000-def000000010', name: 'VnicProfileUser', description: 'VM Network Interface Profile User', administrative: false, permits: ['login', 'configure_vm_network'] },
  { id: 'def00009-0000-0000-0000-def000000009', name: 'UserTemplateBasedVm', description: 'Template User', administrative: false, permits: ['login', 'create_vm'] },
  { id: 'def0000c-0000-0000-0000-def00000000c', name: 'ReadOnlyAdmin', description: 'Read Only Administrator Role', administrative: true, permits: ['login'] },
  { id: 'def00011-0000-0000-0000-def000000013', name: 'TagManager', description: 'Tag Manager', administrative: true, permits: ['login', 'tag_management'] },
  { id: 'def00011-0000-0000-0000-def000000014', name: 'BookmarkManager', description: 'Bookmark Manager', administrative: true, permits: ['login', 'bookmark_management'] },
  { id: 'def00011-0000-0000-0000-def000000015', name: 'EventNotificationManager', description: 'Event Notification Manager', administrative: true, permits: ['login', 'event_notification_management'] },
  { id: 'def00011-0000-0000-0000-def000000016', name: 'AuditLogManager', description: 'Audit Log Manager', administrative: true, permits: ['login', 'audit_log_management'] },
  { id: 'def00013-0000-0000-0000-def000000013', name: 'MacPoolAdmin', description: 'MAC Pool Administrator Role, permission for manipulation with MAC pools', administrative: true, permits: ['login', ...prefixed('mac_pool')] },
  { id: 'def00014-0000-0000-0000-def000000014', name: 'MacPoolUser', description: 'MAC Pool User Role, permission allowing using MAC pools', administrative: false, permits: ['login', 'configure_mac_pool'] },
  { id: 'def00020-0000-0000-0000-abc000000010', name: 'DiskProfileUser', description: 'Disk Profile User', administrative: false, permits: ['login', 'attach_disk_profile'] },
  { id: 'def00006-0000-0000-0000-def000000011', name: 'UserVmRunTimeManager', description: 'User Role, with permissions for any operations on VMs except snapshot manipulation', administrative: false, permits: VM_MANAGER.filter((n) => n !== 'manipulate_vm_snapshots') },
  { id: 'def00030-0000-0000-0000-def000000011', name: 'VmImporterExporter', description: 'Administrator Role, with permission to import or export Vms', administrative: true, permits: ['login', 'import_export_vm'] },
  { id: 'def00017-0000-0000-0000-def000000017', name: 'CpuProfileOperator', description: 'Cpu Profile Operation', administrative: false, permits: ['login', 'assign_cpu_profile'] },
  { id: 'def00016-0000-0000-0000-def000000016', name: 'CpuProfileCreator', description: 'Cpu Profile Creation/Deletion/Updating and Operation', administrative: true, permits: ['login', ...prefixed('cpu_profile')] },
];

export const SUPER_USER_ROLE_ID = ROLES[0].id;

export interface SchedulingPolicyDef { id: string; name: string; default_policy: boolean; properties: Array<{ name: string; value: string }> }

export const SCHEDULING_POLICIES: SchedulingPolicyDef[] = [
  { id: 'b4ed2332-a7ac-4d5f-9596-99a439cb2812', name: 'none', default_policy: true, properties: [] },
  { id: '20d25257-b4bd-4589-92a6-c4c5c5d3fd1a', name: 'evenly_distributed', default_policy: false, properties: [{ name: 'CpuOverCommitDurationMinutes', value: '2' }, { name: 'HighUtilization', value: '80' }] },
  { id: '5a2b0939-7d46-4b73-a469-e9c2c7fc6a53', name: 'power_saving', default_policy: false, properties: [{ name: 'CpuOverCommitDurationMinutes', value: '2' }, { name: 'HighUtilization', value: '80' }, { name: 'LowUtilization', value: '20' }] },
  { id: '8d5d7bec-68de-4a67-b53e-0ac54686d579', name: 'vm_evenly_distributed', default_policy: false, properties: [{ name: 'HighVmCount', value: '10' }, { name: 'MigrationThreshold', value: '5' }, { name: 'SpmVmGrace', value: '5' }] },
  // Not in the dump above (added by a later upgrade script); id derived like the seed's own.
  { id: '', name: 'cluster_maintenance', default_policy: false, properties: [] },
];

/** Intel CPU families with their cluster CPU levels, as in the engine's ServerCPUList. */
const INTEL_CPUS: Array<[string, number]> = [
  ['Intel Nehalem Family', 3], ['Secure Intel Nehalem Family', 3], ['Intel Westmere Family', 4],
  ['Secure Intel Westmere Family', 4], ['Intel SandyBridge Family', 5], ['Secure Intel SandyBridge Family', 5],
  ['Intel IvyBridge Family', 6], ['Secure Intel IvyBridge Family', 6], ['Intel Haswell Family', 7],
  ['Secure Intel Haswell Family', 7], ['Intel Broadwell Family', 8], ['Secure Intel Broadwell Family', 8],
  ['Intel Skylake Client Family', 9], ['Secure Intel Skylake Client Family', 9], ['Intel Skylake Server Family', 10],
  ['Secure Intel Skylake Server Family', 10], ['Intel Cascadelake Server Family', 11], ['Secure Intel Cascadelake Server Family', 11],
  ['Intel Icelake Server Family', 12], ['Secure Intel Icelake Server Family', 12],
];
const AMD_CPUS: Array<[string, number]> = [
  ['AMD Opteron G4', 4], ['AMD Opteron G5', 5], ['AMD EPYC', 6], ['Secure AMD EPYC', 6],
];

export const CLUSTER_LEVELS = ['4.2', '4.3', '4.4', '4.5', '4.6', '4.7'];

/** CPU types a cluster level offers (newer levels drop the oldest families). */
export function cpuTypesFor(level: string): Array<{ name: string; level: number; architecture: string }> {
  const minor = Number(level.split('.')[1]);
  const intel = INTEL_CPUS.filter(([name]) => minor < 6 || !/Nehalem|Westmere/.test(name) || name === 'Intel Nehalem Family');
  const intelLevel = minor >= 4 ? intel : intel.filter(([, l]) => l <= 10);
  return [...intelLevel, ...AMD_CPUS].map(([name, cpuLevel]) => ({ name, level: cpuLevel, architecture: 'x86_64' }));
}

export interface OsDef { id: string; name: string; description: string; architecture: string; tpm_support: string }

/** Guest OS types with the ids and display names of the engine's osinfo-defaults.properties. */
export const OPERATING_SYSTEMS: OsDef[] = [
  { id: '0', name: 'other', description: 'Other OS', architecture: 'x86_64', tpm_support: 'unsupported' },
  { id: '5', name: 'other_linux', description: 'Linux', architecture: 'x86_64', tpm_support: 'unsupported' },
  { id: '24', name: 'rhel_7x64', description: 'Red Hat Enterprise Linux 7.x x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '30', name: 'rhel_8x64', description: 'Red Hat Enterprise Linux 8.x x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '34', name: 'rhel_9x64', description: 'Red Hat Enterprise Linux 9.x x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '1257', name: 'ubuntu_18_04', description: 'Ubuntu Bionic Beaver LTS+', architecture: 'x86_64', tpm_support: 'unsupported' },
  { id: '1301', name: 'debian_9', description: 'Debian 9+', architecture: 'x86_64', tpm_support: 'unsupported' },
  { id: '27', name: 'windows_10x64', description: 'Windows 10 x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '36', name: 'windows_11', description: 'Windows 11', architecture: 'x86_64', tpm_support: 'required' },
  { id: '29', name: 'windows_2016x64', description: 'Windows 2016 x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '31', name: 'windows_2019x64', description: 'Windows 2019 x64', architecture: 'x86_64', tpm_support: 'supported' },
  { id: '1002', name: 'other_linux_ppc64', description: 'Linux', architecture: 'ppc64', tpm_support: 'unsupported' },
];
