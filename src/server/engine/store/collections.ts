/**
 * Which top-level collection owns each sub-collection. `Store.remove` cascades only along
 * these edges: an id alone is not enough, because attachment-like documents reuse the id
 * of the thing they attach (an `attached_storage_domains` document has the storage
 * domain's id), and removing the attachment must not take the domain's files with it.
 *
 * Sub-collections not listed here still cascade when their key starts with the owner's
 * singular name plus '_' (`vm_nics` under `vms`, `job_steps` under `jobs`).
 */
export const SUB_COLLECTION_OWNERS: Record<string, string> = {
  attached_storage_domains: 'data_centers',
  vm_nics: 'vms',
  vm_disk_attachments: 'vms',
  vm_tags: 'vms',
  vm_cdroms: 'vms',
  vm_graphics_consoles: 'vms',
  vm_watchdogs: 'vms',
  vm_sessions: 'vms',
  vm_applications: 'vms',
  snapshots: 'vms',
  host_nics: 'hosts',
  host_tags: 'hosts',
  host_storage: 'hosts',
  network_attachments: 'hosts',
  template_nics: 'templates',
  template_disk_attachments: 'templates',
  template_tags: 'templates',
  template_cdroms: 'templates',
  storage_domain_files: 'storage_domains',
  role_permits: 'roles',
  domain_users: 'domains',
  domain_groups: 'domains',
  user_tags: 'users',
  group_tags: 'groups',
  job_steps: 'jobs',
  affinity_groups: 'clusters',
  quotas: 'data_centers',
};

/** Model type of the documents in each collection the seed writes (for validation). */
export const COLLECTION_TYPES: Record<string, string> = {
  data_centers: 'data_center',
  attached_storage_domains: 'storage_domain',
  clusters: 'cluster',
  hosts: 'host',
  host_nics: 'host_nic',
  host_storage: 'host_storage',
  network_attachments: 'network_attachment',
  host_tags: 'tag',
  networks: 'network',
  vnic_profiles: 'vnic_profile',
  storage_domains: 'storage_domain',
  storage_domain_files: 'file',
  templates: 'template',
  vms: 'vm',
  vm_nics: 'nic',
  vm_tags: 'tag',
  disks: 'disk',
  vm_disk_attachments: 'disk_attachment',
  template_disk_attachments: 'disk_attachment',
  template_nics: 'nic',
  template_tags: 'tag',
  template_cdroms: 'cdrom',
  vm_cdroms: 'cdrom',
  user_tags: 'tag',
  group_tags: 'tag',
  vm_pools: 'vm_pool',
  roles: 'role',
  role_permits: 'permit',
  users: 'user',
  groups: 'group',
  domains: 'domain',
  domain_users: 'user',
  domain_groups: 'group',
  tags: 'tag',
  permissions: 'permission',
  cluster_levels: 'cluster_level',
  operating_systems: 'operating_system_info',
  mac_pools: 'mac_pool',
  scheduling_policies: 'scheduling_policy',
  bookmarks: 'bookmark',
  jobs: 'job',
  job_steps: 'step',
};

function singular(collection: string): string {
  return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}

/** True when documents of `child` placed under a document of `owner` belong to it. */
export function isOwnedBy(child: string, owner: string): boolean {
  const registered = SUB_COLLECTION_OWNERS[child];
  if (registered !== undefined) return registered === owner;
  return child.startsWith(`${singular(owner)}_`);
}
