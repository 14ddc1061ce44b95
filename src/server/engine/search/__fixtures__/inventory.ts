/**
 * A fixed inventory for the search tests, written as plain documents in the store's shape
 * (model member names, refs as { id }, lists as arrays, sub-collection members with their
 * owner's id). Independent of the demo seed on purpose.
 */
import type { Doc, SearchContext, Usage } from '../context.ts';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
export const NOW = new Date('2026-03-15T12:00:00Z');
const ref = (id: string) => ({ id });
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000).toISOString();

type Sub = { parent: string; doc: Doc };

export interface Inventory {
  docs: Record<string, Doc[]>;
  subs: Record<string, Sub[]>;
  events: Doc[];
  usage: Record<string, Usage>;
}

function vm(name: string, o: Record<string, unknown>): Doc {
  return { id: `vm-${name}`, name, ...o };
}

export function buildInventory(): Inventory {
  const docs: Record<string, Doc[]> = {
    data_centers: [
      { id: 'dc-default', name: 'Default', description: 'The default Data Center', local: false, status: 'up', version: { major: 4, minor: 7 } },
      { id: 'dc-lab', name: 'Lab', description: 'Lab on local storage', local: true, status: 'maintenance', version: { major: 4, minor: 6 } },
      { id: 'dc-edge', name: 'Edge', comment: 'branch office', local: false, status: 'problematic', version: { major: 4, minor: 7 } },
    ],
    clusters: [
      { id: 'cl-prod', name: 'Production', data_center: ref('dc-default'), cpu: { architecture: 'x86_64', type: 'Intel Skylake Server Family' }, version: { major: 4, minor: 7 } },
      { id: 'cl-default', name: 'Default', description: 'The default server cluster', data_center: ref('dc-default'), cpu: { architecture: 'x86_64', type: 'Intel Nehalem Family' }, version: { major: 4, minor: 7 } },
      { id: 'cl-lab', name: 'LabCluster', data_center: ref('dc-lab'), cpu: { architecture: 'ppc64', type: 'IBM POWER9' }, version: { major: 4, minor: 6 } },
    ],
    hosts: [
      { id: 'h-node1', name: 'node1', address: 'node1.example.com', status: 'up', cluster: ref('cl-prod'), memory: 256 * GiB, type: 'rhel',
        cpu: { name: 'Intel Xeon Gold 6130', speed: 2600, topology: { sockets: 2, cores: 16, threads: 2 } }, version: { full_version: 'vdsm-4.50.3' }, update_available: true, hosted_engine: { score: 3400 } },
      { id: 'h-node2', name: 'node2', address: 'node2.example.com', status: 'up', cluster: ref('cl-prod'), memory: 128 * GiB, type: 'rhel',
        cpu: { name: 'Intel Xeon Gold 6130', speed: 2600, topology: { sockets: 1, cores: 16, threads: 2 } }, version: { full_version: 'vdsm-4.50.3' }, update_available: false },
      { id: 'h-node3', name: 'node3', address: '10.0.0.13', status: 'maintenance', cluster: ref('cl-default'), memory: 64 * GiB, type: 'ovirt_node', comment: 'rack 4',
        cpu: { name: 'Intel Xeon E5-2680', speed: 2400, topology: { sockets: 2, cores: 8, threads: 2 } }, version: { full_version: 'vdsm-4.40.1' } },
      { id: 'h-node4', name: 'node4', address: '10.0.0.14', status: 'non_responsive', cluster: ref('cl-default'), memory: 64 * GiB, type: 'rhel', external_status: 'error',
        cpu: { name: 'Intel Xeon E5-2680', speed: 2400, topology: { sockets: 2, cores: 8, threads: 2 } } },
      { id: 'h-labhost1', name: 'labhost1', address: 'lab1.lab.local', status: 'non_operational', cluster: ref('cl-lab'), memory: 32 * GiB, type: 'ovirt_node',
        cpu: { name: 'POWER9', speed: 3800, topology: { sockets: 1, cores: 8, threads: 4 } } },
    ],
    templates: [
      { id: 't-blank', name: 'Blank', description: 'Blank template', memory: 1 * GiB, status: 'ok' },
      { id: 't-rhel9', name: 'rhel9-base', cluster: ref('cl-prod'), memory: 2 * GiB, status: 'ok', os: { type: 'rhel_9x64' }, version: { version_name: 'base', version_number: 1 }, creation_time: '2025-06-01T00:00:00Z' },
      { id: 't-win', name: 'win2022', cluster: ref('cl-default'), memory: 8 * GiB, status: 'locked', os: { type: 'windows_2022' }, version: { version_name: 'gold', version_number: 2 }, creation_time: '2026-02-01T00:00:00Z' },
      { id: 't-ubuntu', name: 'ubuntu-lab', cluster: ref('cl-lab'), memory: 1 * GiB, status: 'illegal', os: { type: 'ubuntu_22_04' }, creation_time: '2026-03-14T15:00:00Z' },
    ],
    vms: [
      vm('web01', { cluster: ref('cl-prod'), status: 'up', host: ref('h-node1'), template: ref('t-rhel9'), memory: 4 * GiB, memory_policy: { guaranteed: 2 * GiB }, type: 'server',
        os: { type: 'rhel_9x64' }, cpu: { topology: { sockets: 2, cores: 2, threads: 1 } }, fqdn: 'web01.example.com', description: 'Frontend web server', comment: 'prod', creation_time: '2026-01-10T09:00:00Z', start_time: hoursAgo(2) }),
      vm('web02', { cluster: ref('cl-prod'), status: 'up', host: ref('h-node2'), template: ref('t-rhel9'), memory: 4 * GiB, memory_policy: { guaranteed: 4 * GiB }, type: 'server',
        os: { type: 'rhel_9x64' }, fqdn: 'web02.example.com', description: 'Frontend web server', creation_time: '2026-01-11T09:00:00Z', start_time: hoursAgo(30) }),
      vm('web03', { cluster: ref('cl-prod'), status: 'paused', host: ref('h-node1'), template: ref('t-rhel9'), memory: 8 * GiB, type: 'server', os: { type: 'rhel_9x64' },
        description: 'Frontend web server (canary)', creation_time: '2026-03-15T08:00:00Z', start_time: hoursAgo(1) }),
      vm('db01', { cluster: ref('cl-prod'), status: 'up', host: ref('h-node2'), template: ref('t-blank'), memory: 16 * GiB, memory_policy: { guaranteed: 16 * GiB }, type: 'server',
        os: { type: 'rhel_8x64' }, cpu: { topology: { sockets: 4, cores: 2, threads: 1 } }, description: 'PostgreSQL primary', quota: ref('q-gold'), creation_time: '2025-11-01T00:00:00Z', start_time: hoursAgo(240), next_run_configuration_exists: true }),
      vm('db02', { cluster: ref('cl-default'), status: 'down', template: ref('t-blank'), memory: 16 * GiB, type: 'server', os: { type: 'rhel_8x64' }, description: 'PostgreSQL replica',
        comment: 'replica', creation_time: '2025-11-02T00:00:00Z' }),
      vm('app_01', { cluster: ref('cl-default'), status: 'migrating', host: ref('h-node3'), template: ref('t-blank'), memory: 2 * GiB, type: 'server', creation_time: '2026-02-20T00:00:00Z', start_time: hoursAgo(5) }),
      vm('app-02', { cluster: ref('cl-default'), status: 'powering_up', host: ref('h-node3'), template: ref('t-blank'), memory: 2 * GiB, type: 'server', creation_time: '2026-03-14T00:00:00Z' }),
      vm('Desktop-Alice', { cluster: ref('cl-default'), status: 'up', host: ref('h-node3'), template: ref('t-win'), memory: 2 * GiB, type: 'desktop', os: { type: 'windows_10x64' },
        vm_pool: ref('p-desktop'), creation_time: '2026-03-01T00:00:00Z', start_time: hoursAgo(3) }),
      vm('desktop-bob', { cluster: ref('cl-default'), status: 'down', template: ref('t-win'), memory: 2 * GiB, type: 'desktop', os: { type: 'windows_10x64' }, vm_pool: ref('p-desktop'),
        creation_time: '2026-03-01T00:00:00Z' }),
      vm('labvm1', { cluster: ref('cl-lab'), status: 'not_responding', host: ref('h-labhost1'), template: ref('t-ubuntu'), memory: 1 * GiB, type: 'server', creation_time: '2026-03-14T16:00:00Z', start_time: hoursAgo(20) }),
      vm('labvm2', { cluster: ref('cl-lab'), status: 'image_locked', template: ref('t-ubuntu'), memory: 1 * GiB, type: 'server', creation_time: '2026-03-15T11:00:00Z' }),
      vm('HPC-node', { cluster: ref('cl-prod'), status: 'up', host: ref('h-node1'), template: ref('t-blank'), memory: 64 * GiB, type: 'high_performance', bios: { type: 'q35_ovmf' },
        description: 'Number cruncher', creation_time: '2025-12-24T00:00:00Z', start_time: hoursAgo(100) }),
      vm('suspended01', { cluster: ref('cl-default'), status: 'suspended', template: ref('t-blank'), memory: 512 * MiB, type: 'desktop', has_illegal_images: true, creation_time: '2025-10-10T00:00:00Z' }),
    ],
    storage_domains: [
      { id: 'sd-data1', name: 'data1', type: 'data', storage: { type: 'nfs', address: 'nas.example.com', path: '/exports/data1' }, available: 500 * GiB, used: 300 * GiB, committed: 400 * GiB, description: 'Primary NFS data' },
      { id: 'sd-data2', name: 'data2', type: 'data', storage: { type: 'iscsi' }, available: 100 * GiB, used: 900 * GiB, committed: 1200 * GiB, backup: false },
      { id: 'sd-iso1', name: 'iso1', type: 'iso', storage: { type: 'nfs' }, available: 50 * GiB, used: 10 * GiB, committed: 0 },
      { id: 'sd-export1', name: 'export1', type: 'export', storage: { type: 'nfs' }, available: 2000 * GiB, used: 0, committed: 0, comment: 'old exports' },
      { id: 'sd-labdata', name: 'labdata', type: 'data', storage: { type: 'glusterfs' }, available: 10 * GiB, used: 90 * GiB, committed: 50 * GiB, wipe_after_delete: true },
    ],
    disks: [
      { id: 'd-web01', alias: 'web01_disk', name: 'web01_disk', provisioned_size: 20 * GiB, actual_size: 5 * GiB, status: 'ok', storage_type: 'image', content_type: 'data', sparse: true, storage_domains: [ref('sd-data1')] },
      { id: 'd-web02', alias: 'web02_disk', name: 'web02_disk', provisioned_size: 20 * GiB, actual_size: 8 * GiB, status: 'ok', storage_type: 'image', content_type: 'data', sparse: true, storage_domains: [ref('sd-data1')] },
      { id: 'd-db01', alias: 'db01_data', name: 'db01_data', provisioned_size: 200 * GiB, actual_size: 150 * GiB, status: 'ok', storage_type: 'image', content_type: 'data', sparse: false, storage_domains: [ref('sd-data2')], quota: ref('q-gold') },
      { id: 'd-db02', alias: 'db02_data', name: 'db02_data', provisioned_size: 200 * GiB, actual_size: 10 * GiB, status: 'locked', storage_type: 'image', content_type: 'data', sparse: true, storage_domains: [ref('sd-data2')] },
      { id: 'd-shared', alias: 'shared_disk', name: 'shared_disk', description: 'cluster quorum', provisioned_size: 10 * GiB, actual_size: 10 * GiB, status: 'ok', storage_type: 'image', content_type: 'data', shareable: true, sparse: false, storage_domains: [ref('sd-data1')] },
      { id: 'd-orphan', alias: 'orphan', name: 'orphan', provisioned_size: 1 * GiB, actual_size: 1 * GiB, status: 'illegal', storage_type: 'image', content_type: 'iso', sparse: true, storage_domains: [ref('sd-data1')] },
      { id: 'd-lab', alias: 'lab_disk', name: 'lab_disk', provisioned_size: 50 * GiB, actual_size: 2 * GiB, status: 'ok', storage_type: 'image', content_type: 'data', sparse: true, wipe_after_delete: true, storage_domains: [ref('sd-labdata')] },
      { id: 'd-lun', alias: 'fc_lun', name: 'fc_lun', provisioned_size: 100 * GiB, status: 'ok', storage_type: 'lun', content_type: 'data' },
    ],
    networks: [
      { id: 'n-mgmt', name: 'ovirtmgmt', description: 'Management Network', data_center: ref('dc-default'), mtu: 1500, stp: false, usages: ['vm', 'management'] },
      { id: 'n-storage', name: 'storage-net', data_center: ref('dc-default'), vlan: { id: 100 }, mtu: 9000, stp: false, usages: [] },
      { id: 'n-display', name: 'display', data_center: ref('dc-default'), vlan: { id: 200 }, mtu: 1500, stp: true, usages: ['vm', 'display'] },
      { id: 'n-lab', name: 'labnet', data_center: ref('dc-lab'), vlan: { id: 10 }, mtu: 1500, usages: ['vm'] },
    ],
    vnic_profiles: [
      { id: 'vp-mgmt', name: 'ovirtmgmt', network: ref('n-mgmt') },
      { id: 'vp-display', name: 'display', network: ref('n-display'), port_mirroring: true },
      { id: 'vp-lab', name: 'labnet', network: ref('n-lab') },
    ],
    users: [
      { id: 'u-admin', name: 'admin', user_name: 'admin@internal-authz', principal: 'admin', department: 'IT', domain: { name: 'internal-authz' } },
      { id: 'u-alice', name: 'Alice', last_name: 'Smith', user_name: 'alice@example.com-authz', principal: 'alice@example.com', department: 'Engineering', domain: { name: 'example.com-authz' }, email: 'alice@example.com' },
      { id: 'u-bob', name: 'Bob', last_name: 'Jones', user_name: 'bob@example.com-authz', principal: 'bob@example.com', department: 'Sales', domain: { name: 'example.com-authz' } },
      { id: 'u-carol', name: 'Carol', last_name: 'White', user_name: 'carol@example.com-authz', principal: 'carol@example.com', department: 'Engineering', domain: { name: 'example.com-authz' } },
    ],
    groups: [
      { id: 'g-dev', name: 'developers', domain: { name: 'example.com-authz' } },
      { id: 'g-infra', name: 'infra-admins' },
      { id: 'g-everyone', name: 'Everyone' },
    ],
    vm_pools: [
      { id: 'p-desktop', name: 'desktop-pool', description: 'Office desktops', cluster: ref('cl-default'), type: 'automatic', size: 2 },
      { id: 'p-lab', name: 'lab-pool', cluster: ref('cl-lab'), type: 'manual', size: 0 },
    ],
    tags: [
      { id: 't-root', name: 'root' },
      { id: 'tag-web', name: 'web', parent: ref('t-root') },
      { id: 'tag-web-fe', name: 'web-frontend', parent: ref('tag-web') },
      { id: 'tag-web-fe-eu', name: 'web-frontend-eu', parent: ref('tag-web-fe') },
      { id: 'tag-db', name: 'db', parent: ref('t-root') },
      { id: 'tag-prod', name: 'Production', parent: ref('t-root') },
    ],
    permissions: [
      { id: 'perm-1', user: ref('u-alice'), vm: ref('vm-web01'), role: ref('r-1') },
      { id: 'perm-2', user: ref('u-bob'), vm: ref('vm-desktop-bob'), role: ref('r-1') },
      { id: 'perm-3', user: ref('u-carol'), host: ref('h-node1'), role: ref('r-2') },
      { id: 'perm-4', user: ref('u-alice'), template: ref('t-win'), role: ref('r-3') },
    ],
    jobs: [
      { id: 'job-1', description: 'Migrating VM app_01', status: 'started', start_time: '2026-03-15T09:00:00Z', correlation_id: 'mig-1' },
      { id: 'job-2', description: 'Adding Disk', status: 'finished', start_time: '2026-03-14T09:00:00Z', end_time: '2026-03-14T09:05:00Z', correlation_id: 'disk-7' },
      { id: 'job-3', description: 'Exporting template', status: 'failed', start_time: '2026-03-13T09:00:00Z', external: true },
    ],
  };

  const subs: Record<string, Sub[]> = {
    attached_storage_domains: [
      { parent: 'dc-default', doc: { id: 'sd-data1', status: 'active', master: true } },
      { parent: 'dc-default', doc: { id: 'sd-data2', status: 'maintenance' } },
      { parent: 'dc-default', doc: { id: 'sd-iso1', status: 'active' } },
      { parent: 'dc-lab', doc: { id: 'sd-labdata', status: 'inactive' } },
    ],
    vm_disk_attachments: [
      { parent: 'vm-web01', doc: { id: 'd-web01', disk: ref('d-web01'), bootable: true } },
      { parent: 'vm-web02', doc: { id: 'd-web02', disk: ref('d-web02'), bootable: true } },
      { parent: 'vm-db01', doc: { id: 'd-db01', disk: ref('d-db01') } },
      { parent: 'vm-db02', doc: { id: 'd-db02', disk: ref('d-db02') } },
      { parent: 'vm-db01', doc: { id: 'd-shared', disk: ref('d-shared') } },
      { parent: 'vm-db02', doc: { id: 'd-shared', disk: ref('d-shared') } },
      { parent: 'vm-labvm1', doc: { id: 'd-lab', disk: ref('d-lab') } },
    ],
    vm_nics: [
      { parent: 'vm-web01', doc: { id: 'nic-w1', name: 'nic1', interface: 'virtio', mac: { address: '56:6f:00:00:00:01' }, vnic_profile: ref('vp-mgmt'),
        reported_devices: [{ name: 'eth0', ips: [{ address: '10.1.0.11', version: 'v4' }, { address: 'fe80::1', version: 'v6' }] }] } },
      { parent: 'vm-web02', doc: { id: 'nic-w2', name: 'nic1', interface: 'virtio', mac: { address: '56:6f:00:00:00:02' }, vnic_profile: ref('vp-mgmt'),
        reported_devices: [{ name: 'eth0', ips: [{ address: '10.1.0.12', version: 'v4' }] }] } },
      { parent: 'vm-db01', doc: { id: 'nic-d1', name: 'nic1', interface: 'e1000', mac: { address: '56:6f:00:00:00:03' }, vnic_profile: ref('vp-display'),
        reported_devices: [{ name: 'eth0', ips: [{ address: '10.2.0.5', version: 'v4' }] }] } },
      { parent: 'vm-labvm1', doc: { id: 'nic-l1', name: 'lab0', interface: 'virtio', mac: { address: '56:6f:00:00:00:04' }, vnic_profile: ref('vp-lab') } },
    ],
    host_nics: [
      { parent: 'h-node1', doc: { id: 'hn-1', name: 'eth0', network: ref('n-mgmt'), speed: 10000, ip: { address: '10.0.0.11' } } },
      { parent: 'h-node2', doc: { id: 'hn-2', name: 'eth0', network: ref('n-mgmt'), speed: 10000 } },
      { parent: 'h-node2', doc: { id: 'hn-3', name: 'eth1', network: ref('n-storage'), speed: 25000, mtu: 9000 } },
      { parent: 'h-labhost1', doc: { id: 'hn-4', name: 'enP1', network: ref('n-lab'), speed: 1000 } },
    ],
    vm_reported_devices: [{ parent: 'vm-HPC-node', doc: { id: 'rd-1', name: 'eth0', ips: [{ address: '10.3.0.7', version: 'v4' }] } }],
    vm_applications: [
      { parent: 'vm-web01', doc: { id: 'app-1', name: 'nginx-1.24.0' } },
      { parent: 'vm-web01', doc: { id: 'app-2', name: 'kernel-5.14.0' } },
      { parent: 'vm-db01', doc: { id: 'app-3', name: 'postgresql-15.4' } },
      { parent: 'vm-db01', doc: { id: 'app-4', name: 'kernel-4.18.0' } },
    ],
    vm_sessions: [{ parent: 'vm-Desktop-Alice', doc: { id: 'sess-1', user: { user_name: 'alice@example.com' }, console_user: true } }],
    vm_tags: [
      { parent: 'vm-web01', doc: { id: 'tag-web' } },
      { parent: 'vm-web02', doc: { id: 'tag-web-fe' } },
      { parent: 'vm-web03', doc: { id: 'tag-web-fe-eu' } },
      { parent: 'vm-db01', doc: { id: 'tag-db' } },
      { parent: 'vm-db02', doc: { id: 'tag-db' } },
      { parent: 'vm-db01', doc: { id: 'tag-prod' } },
      { parent: 'vm-HPC-node', doc: { id: 'tag-prod' } },
    ],
    host_tags: [{ parent: 'h-node1', doc: { id: 'tag-prod' } }, { parent: 'h-node2', doc: { id: 'tag-prod' } }],
    template_tags: [{ parent: 't-rhel9', doc: { id: 'tag-web' } }],
    user_tags: [{ parent: 'u-alice', doc: { id: 'tag-web-fe' } }],
    group_tags: [{ parent: 'g-dev', doc: { id: 'tag-web' } }],
    quotas: [{ parent: 'dc-default', doc: { id: 'q-gold', name: 'gold' } }],
  };

  const ev = (index: number, o: Record<string, unknown>): Doc => ({ id: String(index), index, origin: 'oVirt', custom_id: -1, flood_rate: 30, log_on_host: false, ...o });
  const events: Doc[] = [
    ev(1, { code: 30, severity: 'normal', time: '2026-03-13T08:00:00Z', description: 'User admin@internal logged in.', user: ref('u-admin') }),
    ev(2, { code: 42, severity: 'normal', time: '2026-03-13T09:00:00Z', description: 'Host node1 was added by admin@internal.', host: ref('h-node1'), user: ref('u-admin') }),
    ev(3, { code: 32, severity: 'normal', time: '2026-03-14T10:00:00Z', description: 'VM web01 started on Host node1', vm: ref('vm-web01'), host: ref('h-node1'), cluster: ref('cl-prod') }),
    ev(4, { code: 126, severity: 'warning', time: '2026-03-14T11:00:00Z', description: 'VM labvm1 is not responding.', vm: ref('vm-labvm1'), host: ref('h-labhost1') }),
    ev(5, { code: 12, severity: 'error', time: '2026-03-14T23:30:00Z', description: 'Host node4 is non responsive.', host: ref('h-node4') }),
    ev(6, { code: 26, severity: 'warning', time: '2026-03-15T01:00:00Z', description: 'Critical, Low disk space. data2 domain has 100 GB of free space.', storage_domain: ref('sd-data2'), data_center: ref('dc-default') }),
    ev(7, { code: 9000, severity: 'alert', time: '2026-03-15T02:00:00Z', description: 'Failed to verify Host node3 power management.', host: ref('h-node3') }),
    ev(8, { code: 62, severity: 'normal', time: '2026-03-15T09:00:00Z', description: 'Migration started (VM: app_01, Source: node3).', vm: ref('vm-app_01'), host: ref('h-node3'), correlation_id: 'mig-1' }),
    ev(9, { code: 34, severity: 'normal', time: '2026-03-15T10:00:00Z', description: 'VM db02 was created by alice@example.com.', vm: ref('vm-db02'), user: ref('u-alice'), template: ref('t-rhel9') }),
    ev(10, { code: 145, severity: 'error', time: '2026-03-15T11:00:00Z', description: 'VM web03 has been paused due to storage I/O problem.', vm: ref('vm-web03'), host: ref('h-node1') }),
    ev(11, { code: 0, severity: 'warning', time: '2026-03-15T11:30:00Z', description: 'Backup job overdue', origin: 'monitoring', custom_id: 77, cluster: ref('cl-prod') }),
    ev(12, { code: 153, severity: 'normal', time: '2026-03-15T11:45:00Z', description: 'VM desktop-bob was started by bob@example.com.', vm: ref('vm-desktop-bob'), user: ref('u-bob') }),
  ];

  const usage: Record<string, Usage> = {
    'vm-web01': { cpu: 35, memory: 60, network: 5 },
    'vm-web02': { cpu: 80, memory: 75, network: 20 },
    'vm-web03': { cpu: 0, memory: 50, network: 0 },
    'vm-db01': { cpu: 92, memory: 88, network: 40 },
    'vm-HPC-node': { cpu: 100, memory: 95, network: 1 },
    'vm-Desktop-Alice': { cpu: 10, memory: 40, network: 2 },
    'h-node1': { cpu: 70, memory: 50, network: 10, load: 4.5 },
    'h-node2': { cpu: 20, memory: 30, network: 3, load: 0.75 },
    'h-node3': { cpu: 0, memory: 5, network: 0, load: 0 },
  };
  return { docs, subs, events, usage };
}

export function inventoryContext(inv: Inventory = buildInventory()): SearchContext {
  return {
    list: (c) => inv.docs[c] ?? (inv.subs[c] ?? []).map((s) => s.doc),
    listWithParent: (c) => inv.subs[c] ?? [],
    listEvents: () => inv.events,
    usage: (_c, doc) => inv.usage[doc.id],
  };
}
