/**
 * Which permit an operation needs, as the engine's commands declare them (ActionGroup of each
 * command's permission check). Keys are model names: entity types, action names, collection
 * service names.
 */

/** Actions on an entity: `<type>/<action>` first, then the type's default. */
export const ACTION_PERMITS: Record<string, string> = {
  'vm/start': 'run_vm',
  'vm/stop': 'stop_vm',
  'vm/shutdown': 'shut_down_vm',
  'vm/reboot': 'reboot_vm',
  'vm/reset': 'reboot_vm',
  'vm/suspend': 'hibernate_vm',
  'vm/migrate': 'migrate_vm',
  'vm/cancel_migration': 'migrate_vm',
  'vm/clone': 'create_vm',
  'vm/export': 'import_export_vm',
  'vm/export_to_export_domain': 'import_export_vm',
  'vm/export_to_path_on_host': 'import_export_vm',
  'vm/preview_snapshot': 'manipulate_vm_snapshots',
  'vm/commit_snapshot': 'manipulate_vm_snapshots',
  'vm/undo_snapshot': 'manipulate_vm_snapshots',
  'vm/ticket': 'connect_to_vm',
  'vm/logon': 'connect_to_vm',
  'vm/screenshot': 'connect_to_vm',
  'vm/detach': 'edit_vm_pool_configuration',
  'vm': 'edit_vm_properties',
  'host/install': 'edit_host_configuration',
  'host/setup_networks': 'configure_host_network',
  'host/commit_net_config': 'configure_host_network',
  'host/sync_all_networks': 'configure_host_network',
  'host': 'manipulate_host',
  'cluster': 'edit_cluster_configuration',
  'data_center': 'edit_storage_pool_configuration',
  'storage_domain': 'manipulate_storage_domain',
  'template/export': 'import_export_vm',
  'template': 'edit_template_properties',
  'vm_pool/allocate_vm': 'vm_pool_basic_operations',
  'vm_pool': 'edit_vm_pool_configuration',
  'disk/copy': 'configure_disk_storage',
  'disk/move': 'configure_disk_storage',
  'disk/export': 'import_export_vm',
  'disk': 'edit_disk_properties',
  'network': 'configure_storage_pool_network',
};

/** Creating an object of a type: the permit, checked on the object it is created in. */
export const CREATE_PERMITS: Record<string, { permit: string; on?: string }> = {
  vm: { permit: 'create_vm', on: 'cluster' },
  template: { permit: 'create_template', on: 'cluster' },
  vm_pool: { permit: 'create_vm_pool', on: 'cluster' },
  host: { permit: 'create_host', on: 'cluster' },
  cluster: { permit: 'create_cluster', on: 'data_center' },
  network: { permit: 'create_storage_pool_network', on: 'data_center' },
  disk: { permit: 'create_disk', on: 'storage_domains' },
  data_center: { permit: 'create_storage_pool' },
  storage_domain: { permit: 'create_storage_domain' },
  user: { permit: 'manipulate_users' },
  group: { permit: 'manipulate_users' },
  role: { permit: 'manipulate_roles' },
  permit: { permit: 'manipulate_roles' },
  tag: { permit: 'tag_management' },
  bookmark: { permit: 'bookmark_management' },
  event: { permit: 'inject_external_events' },
  mac_pool: { permit: 'create_mac_pool' },
};

export const EDIT_PERMITS: Record<string, string> = {
  vm: 'edit_vm_properties',
  template: 'edit_template_properties',
  vm_pool: 'edit_vm_pool_configuration',
  host: 'edit_host_configuration',
  cluster: 'edit_cluster_configuration',
  data_center: 'edit_storage_pool_configuration',
  storage_domain: 'edit_storage_domain_configuration',
  disk: 'edit_disk_properties',
  network: 'configure_storage_pool_network',
  user: 'manipulate_users',
  group: 'manipulate_users',
  role: 'manipulate_roles',
  tag: 'tag_management',
  bookmark: 'bookmark_management',
  mac_pool: 'edit_mac_pool',
};

export const DELETE_PERMITS: Record<string, string> = {
  vm: 'delete_vm',
  template: 'delete_template',
  vm_pool: 'delete_vm_pool',
  host: 'delete_host',
  cluster: 'delete_cluster',
  data_center: 'delete_storage_pool',
  storage_domain: 'delete_storage_domain',
  disk: 'delete_disk',
  network: 'delete_storage_pool_network',
  user: 'manipulate_users',
  group: 'manipulate_users',
  role: 'manipulate_roles',
  tag: 'tag_management',
  bookmark: 'bookmark_management',
  event: 'audit_log_management',
  mac_pool: 'delete_mac_pool',
};

/** Changing a sub-collection of an entity (its NICs, disks, snapshots…): `<collection>` under the parent type. */
export const CHILD_PERMITS: Record<string, Record<string, string>> = {
  vm: { nics: 'configure_vm_network', disk_attachments: 'configure_vm_storage', snapshots: 'manipulate_vm_snapshots', cdroms: 'change_vm_cd', tags: 'tag_management', '*': 'edit_vm_properties' },
  template: { nics: 'configure_template_network', tags: 'tag_management', '*': 'edit_template_properties' },
  host: { tags: 'tag_management', '*': 'edit_host_configuration' },
  user: { tags: 'tag_management', '*': 'manipulate_users' },
  group: { tags: 'tag_management', '*': 'manipulate_users' },
  cluster: { '*': 'edit_cluster_configuration' },
  data_center: { '*': 'edit_storage_pool_configuration' },
  storage_domain: { '*': 'manipulate_storage_domain' },
  disk: { '*': 'edit_disk_properties' },
  vm_pool: { '*': 'edit_vm_pool_configuration' },
  role: { '*': 'manipulate_roles' },
};

/** Anything else at the system level needs the system administration permit. */
export const SYSTEM_PERMIT = 'configure_rhevm';
