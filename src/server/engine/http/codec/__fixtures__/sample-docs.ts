/**
 * Engine documents as the server would hand them to the writers: model member names, references as
 * `{id, href}`, plus `href`, `actions` and `link` on identified objects. Used by the codec tests.
 */
const API = '/ovirt-engine/api';
const ref = (coll: string, id: string) => ({ id, href: `${API}/${coll}/${id}` });

export const vmDoc = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001`,
  actions: [
    { rel: 'start', href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001/start` },
    { rel: 'stop', href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001/stop` },
  ],
  name: 'web1',
  description: 'front <end> & "friends"',
  comment: '',
  link: [
    { rel: 'nics', href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001/nics` },
    { rel: 'diskattachments', href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001/diskattachments` },
  ],
  cpu: { architecture: 'x86_64', topology: { cores: 1, sockets: 2, threads: 1 } },
  memory: 2147483648,
  os: { type: 'rhel_8x64', boot: { devices: ['hd', 'network'] } },
  stateless: false,
  high_availability: { enabled: true, priority: 1 },
  cluster: ref('clusters', 'c1'),
  template: ref('templates', '00000000-0000-0000-0000-000000000000'),
  host: ref('hosts', 'h1'),
  start_time: '2024-03-02T07:00:00.000Z',
  creation_time: new Date(Date.UTC(2024, 0, 1, 12, 0, 0, 5)),
  status: 'up',
  type: 'server',
  numa_nodes: [],
  nics: [{ id: 'n1', href: `${API}/vms/a1b2c3d4-0000-4000-8000-000000000001/nics/n1`, name: 'nic1', interface: 'virtio', mac: { address: '56:6f:00:00:00:01' } }],
  not_a_member: 'must not appear',
};

export const hostDoc = {
  id: 'h1', href: `${API}/hosts/h1`, name: 'host1', address: 'host1.example.com', port: 54321,
  status: 'up', type: 'rhel', memory: 16_000_000_000, max_scheduling_memory: 15_000_000_000,
  cpu: { name: 'Intel Xeon', speed: 2400.5, topology: { cores: 4, sockets: 1, threads: 2 } },
  summary: { active: 1, migrating: 0, total: 1 }, spm: { priority: 5, status: 'spm' },
  os: { type: 'RHEL', version: { full_version: '8.9', major: 8, minor: 9 } },
  power_management: { enabled: false }, update_available: false,
  cluster: ref('clusters', 'c1'),
  link: [{ rel: 'nics', href: `${API}/hosts/h1/nics` }, { rel: 'statistics', href: `${API}/hosts/h1/statistics` }],
};

export const dataCenterDoc = {
  id: 'dc1', href: `${API}/datacenters/dc1`, name: 'Default', description: 'The default Data Center',
  local: false, quota_mode: 'disabled', status: 'up', storage_format: 'v5',
  supported_versions: [{ major: 4, minor: 7 }], version: { major: 4, minor: 7 }, mac_pool: ref('macpools', 'mp1'),
};

export const clusterDoc = {
  id: 'c1', href: `${API}/clusters/c1`, name: 'Default',
  cpu: { type: 'Intel Nehalem Family', architecture: 'x86_64' }, ballooning_enabled: true,
  memory_policy: { over_commit: { percent: 100 } }, error_handling: { on_error: 'migrate' },
  version: { major: 4, minor: 7 }, data_center: ref('datacenters', 'dc1'), switch_type: 'legacy',
  required_rng_sources: ['urandom'],
};

export const storageDomainDoc = {
  id: 'sd1', href: `${API}/storagedomains/sd1`, name: 'data1', type: 'data', status: 'active', master: true,
  available: 500_000_000_000, used: 100_000_000_000, committed: 50_000_000_000,
  storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/data', nfs_version: 'auto' },
  storage_format: 'v5', wipe_after_delete: false, backup: false, warning_low_space_indicator: 10,
  critical_space_action_blocker: 5, data_centers: [ref('datacenters', 'dc1')],
};

export const diskDoc = {
  id: 'd1', href: `${API}/disks/d1`, name: 'web1_Disk1', alias: 'web1_Disk1',
  provisioned_size: 10737418240, actual_size: 1073741824, total_size: 1073741824,
  format: 'cow', sparse: true, status: 'ok', storage_type: 'image', content_type: 'data', shareable: false,
  storage_domains: [ref('storagedomains', 'sd1')], qcow_version: 'qcow2_v3',
};

export const nicDoc = {
  id: 'n1', href: `${API}/vms/v1/nics/n1`, name: 'nic1', interface: 'virtio', linked: true, plugged: true,
  mac: { address: '56:6f:00:00:00:01' }, vm: ref('vms', 'v1'), vnic_profile: ref('vnicprofiles', 'p1'),
};

export const eventDoc = {
  id: '1042', href: `${API}/events/1042`, index: 1042, code: 32, severity: 'normal',
  time: '2024-03-02T07:00:00.000Z', description: 'VM web1 started on Host host1', origin: 'oVirt',
  custom_id: -1, flood_rate: 30, log_on_host: false, vm: ref('vms', 'v1'), host: ref('hosts', 'h1'),
};

export const statisticDoc = {
  id: 's1', href: `${API}/hosts/h1/statistics/s1`, name: 'cpu.load.avg.5m', description: 'CPU 5 minute load average',
  kind: 'gauge', type: 'decimal', unit: 'percent', values: [{ datum: 0.000000125 }, { datum: 46 }], host: ref('hosts', 'h1'),
};

export const apiDoc = {
  link: [{ rel: 'vms', href: `${API}/vms` }, { rel: 'vms/search', href: `${API}/vms?search={query}` }],
  product_info: { name: 'oVirt Engine', vendor: 'ovirt.org', instance_id: 'i1', version: { build: 0, full_version: '4.5.6', major: 4, minor: 5, revision: 0 } },
  special_objects: { blank_template: ref('templates', '00000000-0000-0000-0000-000000000000'), root_tag: ref('tags', '00000000-0000-0000-0000-000000000000') },
  summary: { vms: { total: 3, active: 1 }, hosts: { total: 1, active: 1 }, users: { total: 1, active: 1 }, storage_domains: { total: 1, active: 1 } },
  time: '2024-03-02T07:00:00.000Z',
  authenticated_user: ref('users', 'u1'),
  effective_user: ref('users', 'u1'),
};

/** Type name → sample document, for tests that run over all of them. */
export const SAMPLES: Record<string, Record<string, unknown>> = {
  vm: vmDoc, host: hostDoc, data_center: dataCenterDoc, cluster: clusterDoc, storage_domain: storageDomainDoc,
  disk: diskDoc, nic: nicDoc, event: eventDoc, statistic: statisticDoc, api: apiDoc,
};
