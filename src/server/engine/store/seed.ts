import type { Store } from './store.ts';
import {
  CLUSTER_LEVELS, OPERATING_SYSTEMS, PERMITS, ROLES, SCHEDULING_POLICIES, SUPER_USER_ROLE_ID, cpuTypesFor,
} from './seed-catalog.ts';
import { seedEventHistory, type SeedWorld } from './seed-events.ts';
import { GiB, Prng, ZERO_UUID, ref, stableId } from './seed-util.ts';

export { stableId, ZERO_UUID } from './seed-util.ts';

export interface SeedOptions {
  /** PRNG seed for sizes, addresses, times; the same seed gives the same inventory. Default 1. */
  seed?: number;
  /** "Now" for creation/start times and the event history (epoch ms). Default Date.now(). */
  now?: number;
}

export const DEFAULT_MAC_POOL_ID = '58ca604b-017d-0374-0220-00000000014e';
export const BLANK_TEMPLATE_ID = ZERO_UUID;
export const ROOT_TAG_ID = ZERO_UUID;
export const ADMIN_USER_NAME = 'admin@internal';
export const INTERNAL_AUTHZ = 'internal-authz';
/** admin@internal's id in every real engine's initial data (the auth layer uses the same one). */
export const ADMIN_USER_ID = 'fdfc627c-d875-11e0-90f0-83df133b58cc';
/** Real engines identify an authz domain by its name, hex-encoded. */
export const domainId = (authz: string) => Buffer.from(authz, 'utf8').toString('hex');

const CPU_TYPE = 'Intel Nehalem Family';
const DC_VERSION = { major: 4, minor: 7 };
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface HostDef { name: string; cluster: string; status: string; ip: string; memoryGiB: number; bond?: boolean }
interface VmDef {
  name: string; cluster: string; template: string; os: string; type: 'server' | 'desktop' | 'high_performance';
  status: string; memoryGiB: number; sockets: number; disks: number[]; ha?: boolean; stateless?: boolean;
  pool?: string; display?: 'vnc' | 'spice'; description?: string;
}

const HOSTS: HostDef[] = [
  { name: 'host01', cluster: 'Default', status: 'up', ip: '192.168.10.11', memoryGiB: 256 },
  { name: 'host02', cluster: 'Default', status: 'up', ip: '192.168.10.12', memoryGiB: 256, bond: true },
  { name: 'host03', cluster: 'Default', status: 'maintenance', ip: '192.168.10.13', memoryGiB: 128 },
  { name: 'host04', cluster: 'Production', status: 'up', ip: '192.168.10.14', memoryGiB: 512 },
  { name: 'lab-host01', cluster: 'Lab', status: 'up', ip: '192.168.20.11', memoryGiB: 64 },
  { name: 'lab-host02', cluster: 'Lab', status: 'pending_approval', ip: '192.168.20.12', memoryGiB: 64 },
];

function vmDefs(): VmDef[] {
  const vms: VmDef[] = [];
  const add = (v: VmDef) => vms.push(v);
  const webStates = ['up', 'up', 'up', 'up', 'down', 'up', 'suspended', 'up'];
  webStates.forEach((status, i) =>
    add({ name: `web${String(i + 1).padStart(2, '0')}`, cluster: 'Default', template: 'rhel9-base', os: 'rhel_9x64', type: 'server', status, memoryGiB: 4, sockets: 2, disks: [20], ha: i < 2, description: 'Frontend web server' }));
  ['up', 'up', 'down', 'paused'].forEach((status, i) =>
    add({ name: `db${String(i + 1).padStart(2, '0')}`, cluster: 'Production', template: 'rhel8-base', os: 'rhel_8x64', type: 'server', status, memoryGiB: 16, sockets: 4, disks: [40, 200], ha: true, description: 'PostgreSQL database' }));
  ['up', 'up', 'powering_up', 'down', 'up', 'down'].forEach((status, i) =>
    add({ name: `app${String(i + 1).padStart(2, '0')}`, cluster: i < 3 ? 'Default' : 'Production', template: 'rhel9-base', os: 'rhel_9x64', type: 'server', status, memoryGiB: 8, sockets: 2, disks: [30, 50] }));
  add({ name: 'win-ad01', cluster: 'Production', template: 'win2019-base', os: 'windows_2019x64', type: 'server', status: 'up', memoryGiB: 8, sockets: 2, disks: [60], ha: true, display: 'spice', description: 'Active Directory domain controller' });
  add({ name: 'win-fs01', cluster: 'Production', template: 'win2019-base', os: 'windows_2019x64', type: 'server', status: 'up', memoryGiB: 8, sockets: 2, disks: [60, 500], display: 'spice', description: 'File server' });
  add({ name: 'win-build01', cluster: 'Production', template: 'win2019-base', os: 'windows_2019x64', type: 'server', status: 'down', memoryGiB: 16, sockets: 4, disks: [100], display: 'spice' });
  ['up', 'down', 'down', 'suspended'].forEach((status, i) =>
    add({ name: `dev-desktop${String(i + 1).padStart(2, '0')}`, cluster: 'Default', template: 'rhel9-base', os: 'rhel_9x64', type: 'desktop', status, memoryGiB: 4, sockets: 1, disks: [25], display: 'spice' }));
  add({ name: 'monitoring', cluster: 'Default', template: 'rhel8-base', os: 'rhel_8x64', type: 'server', status: 'up', memoryGiB: 4, sockets: 2, disks: [20, 100], ha: true, description: 'Prometheus and Grafana' });
  add({ name: 'backup-proxy', cluster: 'Production', template: 'Blank', os: 'rhel_8x64', type: 'server', status: 'down', memoryGiB: 2, sockets: 1, disks: [20] });
  add({ name: 'legacy-erp', cluster: 'Production', template: 'Blank', os: 'rhel_7x64', type: 'server', status: 'up', memoryGiB: 12, sockets: 2, disks: [80], description: 'Do not reboot during business hours' });
  ['up', 'up', 'down', 'paused', 'up'].forEach((status, i) =>
    add({ name: `lab-vm${String(i + 1).padStart(2, '0')}`, cluster: 'Lab', template: 'Blank', os: 'other_linux', type: 'server', status, memoryGiB: 2, sockets: 1, disks: [10] }));
  ['up', 'up', 'down', 'down', 'down'].forEach((status, i) =>
    add({ name: `desktop-pool-${i + 1}`, cluster: 'Default', template: 'rhel9-base', os: 'rhel_9x64', type: 'desktop', status, memoryGiB: 2, sockets: 1, disks: [25], stateless: true, pool: 'desktop-pool', display: 'spice' }));
  ['down', 'up', 'down'].forEach((status, i) =>
    add({ name: `training-${i + 1}`, cluster: 'Production', template: 'win2019-base', os: 'windows_2019x64', type: 'desktop', status, memoryGiB: 4, sockets: 2, disks: [60], pool: 'training', display: 'spice' }));
  return vms;
}

/**
 * Fills an empty store with a demo data center: 2 data centers, 3 clusters, 6 hosts,
 * networks, 4 storage domains, templates, 41 VMs with NICs and disks, 2 pools, roles,
 * users, tags, jobs and a three-day event history. Deterministic for a given seed and
 * `now`; every id is derived from a name, so reseeding gives the same ids.
 */
export function seedDemoInventory(store: Store, opts: SeedOptions = {}): void {
  const seed = opts.seed ?? 1;
  const now = opts.now ?? Date.now();
  const rnd = new Prng(seed);
  const id = stableId;

  store.transaction(() => {
    const put = (collection: string, doc: Record<string, unknown>, parent?: string) => store.insert(collection, doc, parent);

    // ---- reference data ---------------------------------------------------------------
    for (const role of ROLES) {
      put('roles', { id: role.id, name: role.name, description: role.description, administrative: role.administrative, mutable: false });
      for (const name of new Set(role.permits)) {
        const permit = PERMITS.find((p) => p.name === name);
        if (permit) put('role_permits', { id: String(permit.id), name: permit.name, administrative: permit.administrative, role: ref(role.id) }, role.id);
      }
    }
    for (const level of CLUSTER_LEVELS) {
      const permits = PERMITS.map((p) => ({ id: String(p.id), name: p.name, administrative: p.administrative }));
      put('cluster_levels', { id: level, cpu_types: cpuTypesFor(level), permits });
    }
    for (const os of OPERATING_SYSTEMS) put('operating_systems', { ...os });
    for (const policy of SCHEDULING_POLICIES) {
      put('scheduling_policies', {
        id: policy.id || id('scheduling_policy', policy.name), name: policy.name, description: '',
        locked: true, default_policy: policy.default_policy, properties: policy.properties,
      });
    }
    const nonePolicy = SCHEDULING_POLICIES[0].id;
    put('mac_pools', {
      id: DEFAULT_MAC_POOL_ID, name: 'Default', description: 'Default MAC pool', allow_duplicates: false, default_pool: true,
      ranges: [{ from: '56:6f:1a:d5:00:00', to: '56:6f:1a:d5:ff:ff' }],
    });

    // ---- users, groups, domains ------------------------------------------------------
    const internalDomain = domainId(INTERNAL_AUTHZ);
    const exampleDomain = domainId('example.com-authz');
    put('domains', { id: internalDomain, name: INTERNAL_AUTHZ });
    put('domains', { id: exampleDomain, name: 'example.com-authz' });
    const adminId = ADMIN_USER_ID;
    put('users', {
      // user_name is `<principal>@<authz>` in real engines: admin@internal-authz
      id: adminId, name: 'admin', user_name: `${ADMIN_USER_NAME}-authz`, principal: 'admin', namespace: '*',
      domain_entry_id: Buffer.from('admin').toString('hex'), last_name: '', email: '', department: '', domain: ref(internalDomain),
    });
    put('domain_users', { id: adminId, name: 'admin', user_name: `${ADMIN_USER_NAME}-authz`, principal: 'admin', namespace: '*', domain: ref(internalDomain) }, internalDomain);
    const directory = [
      { login: 'alice', first: 'Alice', last: 'Martin', department: 'Infrastructure', inEngine: true },
      { login: 'bob', first: 'Bob', last: 'Nguyen', department: 'Development', inEngine: true },
      { login: 'carol', first: 'Carol', last: 'Schmidt', department: 'QA', inEngine: true },
      { login: 'dave', first: 'Dave', last: 'Okafor', department: 'Development', inEngine: false },
      { login: 'erin', first: 'Erin', last: 'Rossi', department: 'Finance', inEngine: false },
    ];
    const userIds: Record<string, string> = { admin: adminId };
    for (const u of directory) {
      const userName = `${u.login}@example.com@example.com-authz`;
      const uid = id('user', userName);
      userIds[u.login] = uid;
      const doc = {
        id: uid, name: u.first, last_name: u.last, user_name: userName, principal: `${u.login}@example.com`,
        namespace: 'dc=example,dc=com', domain_entry_id: id('directory-entry', u.login).replace(/-/g, ''),
        email: `${u.login}@example.com`, department: u.department, domain: ref(exampleDomain),
      };
      put('domain_users', doc, exampleDomain);
      if (u.inEngine) put('users', doc);
    }
    const groups = ['developers', 'qa', 'infra-admins'];
    const groupIds: Record<string, string> = {};
    for (const g of groups) {
      const gid = id('group', g);
      groupIds[g] = gid;
      const doc = { id: gid, name: `example.com/Groups/${g}`, namespace: 'dc=example,dc=com', domain_entry_id: gid.replace(/-/g, ''), domain: ref(exampleDomain) };
      put('domain_groups', doc, exampleDomain);
      if (g !== 'qa') put('groups', doc);
    }

    // ---- data centers, networks, clusters ------------------------------------------
    const dcs = [
      { name: 'Default', description: 'The default Data Center' },
      { name: 'Lab', description: 'Test and staging lab' },
    ];
    const dcIds: Record<string, string> = {};
    for (const dc of dcs) {
      dcIds[dc.name] = id('data_center', dc.name);
      put('data_centers', {
        id: dcIds[dc.name], name: dc.name, description: dc.description, comment: '', local: false, status: 'up',
        storage_format: 'v5', version: DC_VERSION,
        supported_versions: [{ major: 4, minor: 6 }, DC_VERSION], quota_mode: 'disabled', mac_pool: ref(DEFAULT_MAC_POOL_ID),
      });
    }
    const networkIds: Record<string, string> = {};
    const profileIds: Record<string, string> = {};
    const addNetwork = (dc: string, name: string, extra: Record<string, unknown>) => {
      const key = `${dc}/${name}`;
      networkIds[key] = id('network', key);
      put('networks', {
        id: networkIds[key], name, description: name === 'ovirtmgmt' ? 'Management Network' : '', comment: '',
        data_center: ref(dcIds[dc]), stp: false, mtu: 1500, required: true, profile_required: false, port_isolation: false,
        vdsm_name: name, ...extra,
      });
      profileIds[key] = id('vnic_profile', key);
      put('vnic_profiles', {
        id: profileIds[key], name, description: '', network: ref(networkIds[key]), port_mirroring: false,
        pass_through: { mode: 'disabled' }, custom_properties: [],
      });
    };
    for (const dc of Object.keys(dcIds)) addNetwork(dc, 'ovirtmgmt', { usages: ['vm', 'management', 'display', 'migration'] });
    addNetwork('Default', 'vlan100', { usages: ['vm'], vlan: { id: 100 }, description: 'Tenant VLAN 100' });

    const clusters = [
      { name: 'Default', dc: 'Default', description: 'The default server cluster' },
      { name: 'Production', dc: 'Default', description: 'Production workloads' },
      { name: 'Lab', dc: 'Lab', description: 'Lab cluster' },
    ];
    const clusterIds: Record<string, string> = {};
    const clusterDc: Record<string, string> = {};
    for (const c of clusters) {
      clusterIds[c.name] = id('cluster', c.name);
      clusterDc[c.name] = c.dc;
      put('clusters', {
        id: clusterIds[c.name], name: c.name, description: c.description, comment: '',
        cpu: { type: CPU_TYPE, architecture: 'x86_64' }, version: DC_VERSION,
        data_center: ref(dcIds[c.dc]),
        memory_policy: { over_commit: { percent: c.name === 'Production' ? 100 : 150 }, transparent_huge_pages: { enabled: true } },
        scheduling_policy: ref(c.name === 'Production' ? SCHEDULING_POLICIES[1].id : nonePolicy),
        error_handling: { on_error: 'migrate' }, virt_service: true, gluster_service: false, threads_as_cores: false,
        tunnel_migration: false, trusted_service: false, ha_reservation: false, ballooning_enabled: true,
        bios_type: 'q35_ovmf', switch_type: 'legacy', firewall_type: 'firewalld', fips_mode: 'disabled',
        ksm: { enabled: true, merge_across_nodes: true }, maintenance_reason_required: false, optional_reason: false,
        log_max_memory_used_threshold: 95, log_max_memory_used_threshold_type: 'percentage', upgrade_in_progress: false,
        mac_pool: ref(DEFAULT_MAC_POOL_ID), management_network: ref(networkIds[`${c.dc}/ovirtmgmt`]),
      });
    }

    // ---- hosts -------------------------------------------------------------------------
    const hostIds: Record<string, string> = {};
    const hostByName: Record<string, HostDef> = {};
    for (const h of HOSTS) {
      hostIds[h.name] = id('host', h.name);
      hostByName[h.name] = h;
    }

    // ---- storage -----------------------------------------------------------------------
    const sd = (name: string) => id('storage_domain', name);
    const storageDomains = [
      { name: 'data-nfs', type: 'data', dc: 'Default', master: true, status: 'active', storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/data', nfs_version: 'auto' }, totalGiB: 2048 },
      { name: 'iso', type: 'iso', dc: 'Default', master: false, status: 'active', storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/iso', nfs_version: 'auto' }, totalGiB: 512 },
      { name: 'export', type: 'export', dc: 'Default', master: false, status: 'maintenance', storage: { type: 'nfs', address: 'nfs.example.com', path: '/exports/export', nfs_version: 'v4_1' }, totalGiB: 1024 },
      {
        name: 'data-iscsi', type: 'data', dc: 'Lab', master: true, status: 'active', totalGiB: 1000,
        storage: {
          type: 'iscsi',
          volume_group: {
            id: `${rnd.hex(3)}-${rnd.hex(2)}-${rnd.hex(2)}-${rnd.hex(2)}`.toUpperCase(),
            logical_units: [1, 2].map((n) => ({
              id: `36001405${rnd.hex(12)}`, address: '192.168.20.5', port: 3260, portal: '192.168.20.5:3260,1',
              target: 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab', vendor_id: 'LIO-ORG', product_id: `lun${n}`,
              serial: `SLIO-ORG_lun${n}_${rnd.hex(6)}`, lun_mapping: n, size: 500 * GiB, paths: 1, active_paths: 1,
              storage_domain_id: sd('data-iscsi'), discard_max_size: 0, discard_zeroes_data: false,
            })),
          },
        },
      },
    ];
    const sdUsed: Record<string, number> = {};
    for (const s of storageDomains) {
      const usedGiB = s.type === 'data' ? rnd.int(300, 700) : rnd.int(20, 120);
      sdUsed[s.name] = usedGiB;
      const vg = (s.storage as { volume_group?: { id: string } }).volume_group;
      if (vg) (vg as Record<string, unknown>).name = vg.id;
      put('storage_domains', {
        id: sd(s.name), name: s.name, description: '', comment: '', type: s.type, master: s.master,
        storage: s.storage, available: (s.totalGiB - usedGiB) * GiB, used: usedGiB * GiB,
        committed: s.type === 'data' ? Math.round(usedGiB * 1.4) * GiB : 0, storage_format: s.type === 'data' ? 'v5' : 'v1',
        wipe_after_delete: false, discard_after_delete: false, supports_discard: false, supports_discard_zeroes_data: false,
        backup: false, warning_low_space_indicator: 10, critical_space_action_blocker: 5, block_size: 512,
        external_status: 'ok', data_centers: [ref(dcIds[s.dc])],
      });
      put('attached_storage_domains', { id: sd(s.name), status: s.status, master: s.master }, dcIds[s.dc]);
    }
    const isoFiles = ['CentOS-Stream-9-latest-x86_64-dvd1.iso', 'rhel-9.4-x86_64-dvd.iso', 'rhel-8.10-x86_64-dvd.iso', 'virtio-win-0.1.240.iso', 'Windows_Server_2019_Datacenter.iso', 'ubuntu-22.04.4-live-server-amd64.iso'];
    for (const f of isoFiles) put('storage_domain_files', { id: f, name: f, type: 'iso', storage_domain: ref(sd('iso')) }, sd('iso'));

    // ---- templates ---------------------------------------------------------------------
    const templateIds: Record<string, string> = { Blank: BLANK_TEMPLATE_ID };
    put('templates', {
      id: BLANK_TEMPLATE_ID, name: 'Blank', description: 'Blank template', comment: '', status: 'ok', type: 'server',
      memory: GiB, memory_policy: { guaranteed: GiB, max: 4 * GiB, ballooning: true },
      cpu: { topology: { sockets: 1, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
      os: { type: 'other', boot: { devices: ['hd'] } }, bios: { type: 'cluster_default' }, display: { type: 'vnc', monitors: 1 },
      high_availability: { enabled: false, priority: 0 }, stateless: false, delete_protected: false, origin: 'ovirt',
      creation_time: '2008-04-01T00:00:00.000Z', usb: { enabled: false }, placement_policy: { affinity: 'migratable' },
      version: { version_number: 1, version_name: 'base version', base_template: ref(BLANK_TEMPLATE_ID) },
    });
    const templates = [
      { name: 'rhel9-base', os: 'rhel_9x64', memoryGiB: 4, cluster: 'Default', diskGiB: 20, description: 'RHEL 9.4 with cloud-init' },
      { name: 'rhel8-base', os: 'rhel_8x64', memoryGiB: 4, cluster: 'Default', diskGiB: 20, description: 'RHEL 8.10 with cloud-init' },
      { name: 'win2019-base', os: 'windows_2019x64', memoryGiB: 8, cluster: 'Production', diskGiB: 60, description: 'Windows Server 2019, sysprepped' },
    ];
    const disk = (name: string, sizeGiB: number, storageDomain: string, format: 'cow' | 'raw') => {
      const diskId = id('disk', name);
      const actual = format === 'raw' ? sizeGiB * GiB : Math.round(sizeGiB * (0.2 + rnd.next() * 0.6)) * GiB;
      put('disks', {
        id: diskId, name, alias: name, description: '', image_id: id('image', name), provisioned_size: sizeGiB * GiB,
        actual_size: actual, total_size: actual, format, sparse: format === 'cow', status: 'ok', storage_type: 'image',
        content_type: 'data', shareable: false, wipe_after_delete: false, propagate_errors: false, backup: 'none',
        qcow_version: format === 'cow' ? 'qcow2_v3' : undefined, storage_domains: [ref(sd(storageDomain))],
      });
      return diskId;
    };
    for (const t of templates) {
      const tid = id('template', t.name);
      templateIds[t.name] = tid;
      const created = now - rnd.int(60, 400) * DAY;
      put('templates', {
        id: tid, name: t.name, description: t.description, comment: '', status: 'ok', type: 'server',
        memory: t.memoryGiB * GiB, memory_policy: { guaranteed: t.memoryGiB * GiB, max: 4 * t.memoryGiB * GiB, ballooning: true },
        cpu: { topology: { sockets: 2, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
        os: { type: t.os, boot: { devices: ['hd'] } }, bios: { type: 'cluster_default' },
        display: { type: t.os.startsWith('windows') ? 'spice' : 'vnc', monitors: 1 },
        high_availability: { enabled: false, priority: 0 }, stateless: false, delete_protected: false, origin: 'ovirt',
        creation_time: iso(created), usb: { enabled: false }, placement_policy: { affinity: 'migratable' },
        cluster: ref(clusterIds[t.cluster]),
        version: { version_number: 1, version_name: 'base', base_template: ref(tid) },
      });
      const diskId = disk(`${t.name}_Disk1`, t.diskGiB, 'data-nfs', 'cow');
      put('template_disk_attachments', { id: diskId, disk: ref(diskId), interface: 'virtio_scsi', bootable: true, active: true, read_only: false, pass_discard: false }, tid);
      put('template_nics', { id: id('template_nic', t.name), name: 'nic1', interface: 'virtio', linked: true, plugged: true, vnic_profile: ref(profileIds['Default/ovirtmgmt']) }, tid);
    }

    // ---- pools -------------------------------------------------------------------------
    const pools = [
      { name: 'desktop-pool', type: 'automatic', size: 5, prestarted: 2, cluster: 'Default', template: 'rhel9-base', description: 'Developer desktops' },
      { name: 'training', type: 'manual', size: 3, prestarted: 0, cluster: 'Production', template: 'win2019-base', description: 'Training room' },
    ];
    const poolIds: Record<string, string> = {};
    for (const p of pools) {
      poolIds[p.name] = id('vm_pool', p.name);
      put('vm_pools', {
        id: poolIds[p.name], name: p.name, description: p.description, comment: '', size: p.size, prestarted_vms: p.prestarted,
        max_user_vms: 1, type: p.type, stateful: false, use_latest_template_version: false, auto_storage_select: false,
        soundcard_enabled: false, tpm_enabled: false, cluster: ref(clusterIds[p.cluster]), template: ref(templateIds[p.template]),
      });
    }

    // ---- VMs ---------------------------------------------------------------------------
    const runningOn: Record<string, number> = {};
    const upHostsBy = (cluster: string) => HOSTS.filter((h) => h.cluster === cluster && h.status === 'up').map((h) => h.name);
    const vmWorld: SeedWorld['vms'] = [];
    let macCounter = 0x10;
    let displayPort = 5900;
    for (const v of vmDefs()) {
      const vid = id('vm', v.name);
      const created = now - rnd.int(3, 300) * DAY - rnd.int(0, 86_399) * 1000;
      const running = ['up', 'powering_up', 'paused'].includes(v.status);
      const hostName = running ? rnd.pick(upHostsBy(v.cluster)) : undefined;
      if (hostName) runningOn[hostName] = (runningOn[hostName] ?? 0) + 1;
      const host = hostName ? hostByName[hostName] : undefined;
      const startTime = running ? now - rnd.int(1, 70) * HOUR - rnd.int(0, 3599) * 1000 : undefined;
      const display = v.display ?? 'vnc';
      const doc: Record<string, unknown> = {
        id: vid, name: v.name, description: v.description ?? '', comment: '', type: v.type, status: v.status,
        memory: v.memoryGiB * GiB, memory_policy: { guaranteed: (v.memoryGiB * GiB) / 2, max: 4 * v.memoryGiB * GiB, ballooning: true },
        cpu: { topology: { sockets: v.sockets, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
        os: { type: v.os, boot: { devices: ['hd'] } }, bios: { type: 'q35_ovmf' },
        high_availability: { enabled: !!v.ha, priority: v.ha ? 1 : 0 },
        display: running ? { type: display, address: host!.ip, port: displayPort++, monitors: 1 } : { type: display, monitors: 1 },
        stateless: !!v.stateless, delete_protected: v.name === 'legacy-erp', origin: 'ovirt', creation_time: iso(created),
        usb: { enabled: false }, placement_policy: { affinity: 'migratable' }, start_paused: false, run_once: false,
        next_run_configuration_exists: false, soundcard_enabled: v.type === 'desktop', time_zone: { name: v.os.startsWith('windows') ? 'GMT Standard Time' : 'Etc/GMT' },
        cluster: ref(clusterIds[v.cluster]), template: ref(templateIds[v.template]), original_template: ref(templateIds[v.template]),
      };
      if (running) {
        doc.host = ref(hostIds[hostName!]);
        doc.start_time = iso(startTime!);
        if (v.status !== 'powering_up') doc.fqdn = `${v.name}.example.com`;
        if (v.status === 'paused') doc.status_detail = 'noerr';
      } else {
        doc.stop_time = iso(now - rnd.int(1, 70) * HOUR);
        doc.stop_reason = '';
      }
      if (v.pool) doc.vm_pool = ref(poolIds[v.pool]);
      put('vms', doc);

      const storageDomain = v.cluster === 'Lab' ? 'data-iscsi' : 'data-nfs';
      v.disks.forEach((sizeGiB, i) => {
        const diskId = disk(`${v.name}_Disk${i + 1}`, sizeGiB, storageDomain, i === 0 || rnd.chance(0.7) ? 'cow' : 'raw');
        const attachment: Record<string, unknown> = {
          id: diskId, disk: ref(diskId), interface: 'virtio_scsi', bootable: i === 0, active: true, read_only: false, pass_discard: false,
        };
        if (running) attachment.logical_name = `/dev/sd${String.fromCharCode(97 + i)}`;
        put('vm_disk_attachments', attachment, vid);
      });
      const nicCount = v.name.startsWith('app') || v.name.startsWith('db') ? 2 : 1;
      for (let n = 1; n <= nicCount; n++) {
        const mac = macCounter++;
        const network = n === 2 && v.cluster !== 'Lab' ? 'Default/vlan100' : `${clusterDc[v.cluster]}/ovirtmgmt`;
        put('vm_nics', {
          id: id('vm_nic', `${v.name}/nic${n}`), name: `nic${n}`, interface: 'virtio',
          mac: { address: `56:6f:1a:d5:${((mac >> 8) & 0xff).toString(16).padStart(2, '0')}:${(mac & 0xff).toString(16).padStart(2, '0')}` },
          linked: true, plugged: true, synced: true, vnic_profile: ref(profileIds[network]), vm: ref(vid),
        }, vid);
      }
      vmWorld.push({ id: vid, name: v.name, status: v.status, host: hostName ? hostIds[hostName] : undefined, hostName, cluster: clusterIds[v.cluster], createdMs: created, startMs: startTime, disk: `${v.name}_Disk1`, diskId: id('disk', `${v.name}_Disk1`) });
    }

    // Hosts now that their VM counts are known.
    let spmSeen = new Set<string>();
    for (const h of HOSTS) {
      const hid = hostIds[h.name];
      const up = h.status === 'up';
      const dc = clusterDc[h.cluster];
      const spm = up && !spmSeen.has(dc);
      if (spm) spmSeen = new Set([...spmSeen, dc]);
      const pending = h.status === 'pending_approval';
      const running = runningOn[h.name] ?? 0;
      const doc: Record<string, unknown> = {
        id: hid, name: h.name, description: '', comment: '', address: `${h.name}.example.com`, port: 54321,
        status: h.status, external_status: 'ok', type: 'rhel', protocol: 'stomp',
        memory: h.memoryGiB * GiB, max_scheduling_memory: up ? Math.round(h.memoryGiB * 0.85) * GiB : 0,
        summary: { active: running, migrating: 0, total: running },
        spm: { priority: 5, status: spm ? 'spm' : 'none' },
        power_management: { enabled: false, automatic_pm_enabled: true, kdump_detection: true },
        ksm: { enabled: false }, transparent_huge_pages: { enabled: true }, kdump_status: 'disabled',
        update_available: false, reinstallation_required: false, network_operation_in_progress: false, ovn_configured: false,
        cluster: ref(clusterIds[h.cluster]),
      };
      if (!pending) {
        Object.assign(doc, {
          cpu: { name: 'Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz', speed: 2200, topology: { sockets: 2, cores: 12, threads: 2 }, type: CPU_TYPE },
          version: { major: 4, minor: 50, build: 5, revision: 1, full_version: 'vdsm-4.50.5.1-1.el9' },
          libvirt_version: { major: 9, minor: 5, build: 0, revision: 0, full_version: 'libvirt-9.5.0-7.el9' },
          os: { type: 'RHEL', version: { major: 9, minor: 4, full_version: '9.4 - 1.el9' } },
          hardware_information: {
            manufacturer: 'Dell Inc.', product_name: 'PowerEdge R640', family: 'PowerEdge', version: '2.19.1',
            serial_number: rnd.hex(4).toUpperCase(), uuid: id('hw-uuid', h.name).toUpperCase(),
          },
          iscsi: { initiator: `iqn.1994-05.com.redhat:${h.name}` },
          se_linux: { mode: 'enforcing' }, auto_numa_status: 'disable', numa_supported: true,
          certificate: { organization: 'example.com', subject: `O=example.com,CN=${h.name}.example.com` },
          ssh: { port: 22, fingerprint: `SHA256:${Buffer.from(rnd.hex(24), 'hex').toString('base64').replace(/=+$/, '')}` },
        });
      }
      put('hosts', doc);

      // What an iSCSI login shows the host (`/hosts/{id}/storage`): the lab target's LUNs, the
      // two of data-iscsi (used) and two spare ones a new block domain can take. No PRNG here,
      // so the rest of the inventory stays as it was.
      if (!pending) {
        const lab = storageDomains.find((s) => s.name === 'data-iscsi')?.storage as { volume_group?: { id: string; logical_units: Record<string, unknown>[] } } | undefined;
        const used = (lab?.volume_group?.logical_units ?? []).map((l) => ({ ...l, status: 'used', volume_group_id: lab?.volume_group?.id }));
        const spare = [3, 4].map((n) => ({
          id: `36001405${id('lun', `lab-lun${n}`).replace(/-/g, '').slice(0, 24)}`, address: '192.168.20.5', port: 3260, portal: '192.168.20.5:3260,1',
          target: 'iqn.2003-01.org.linux-iscsi.storage.x8664:sn.lab', vendor_id: 'LIO-ORG', product_id: `lun${n}`, serial: `SLIO-ORG_lun${n}`,
          lun_mapping: n, size: 200 * GiB, paths: 1, active_paths: 1, status: 'free', discard_max_size: 0, discard_zeroes_data: false,
        }));
        // Stable ids by name: the used LUNs' ids come from the PRNG and differ between seeds.
        for (const lun of [...used, ...spare] as Record<string, unknown>[]) put('host_storage', { id: id('host_storage', `${h.name}/${String(lun.product_id)}`), type: 'iscsi', logical_units: [lun], host: ref(hid) }, hid);
      }

      // Host NICs: eth0 carries ovirtmgmt; host02 bonds eth2+eth3.
      const nic = (name: string, extra: Record<string, unknown>) => {
        const nid = id('host_nic', `${h.name}/${name}`);
        put('host_nics', {
          id: nid, name, mac: { address: `00:1a:4a:${rnd.hex(1)}:${rnd.hex(1)}:${rnd.hex(1)}` }, mtu: 1500, speed: 10_000_000_000,
          status: pending ? 'down' : 'up', boot_protocol: 'none', bridged: false, host: ref(hid), ...extra,
        }, hid);
        // What the NIC carries, as the host's network attachments (what setupnetworks changes).
        if (extra.network) {
          const ip = extra.ip as { address: string; netmask: string; gateway: string } | undefined;
          put('network_attachments', {
            id: id('network_attachment', `${h.name}/${name}`), network: extra.network, host_nic: ref(nid), host: ref(hid), in_sync: true,
            ip_address_assignments: [ip ? { assignment_method: 'static', ip: { address: ip.address, netmask: ip.netmask, gateway: ip.gateway, version: 'v4' } } : { assignment_method: 'none' }],
          }, hid);
        }
        return nid;
      };
      nic('eth0', {
        ip: { address: h.ip, netmask: '255.255.255.0', gateway: h.ip.replace(/\.\d+$/, '.1'), version: 'v4' },
        boot_protocol: 'static', bridged: true, network: ref(networkIds[`${clusterDc[h.cluster]}/ovirtmgmt`]),
      });
      nic('eth1', { speed: 1_000_000_000, status: h.name === 'host01' ? 'down' : pending ? 'down' : 'up' });
      if (h.bond) {
        const slaves = [nic('eth2', {}), nic('eth3', {})];
        nic('bond0', {
          bonding: { options: [{ name: 'mode', value: '4', type: 'Dynamic link aggregation (802.3ad)' }, { name: 'miimon', value: '100' }], slaves: slaves.map(ref) },
          bridged: true, speed: 20_000_000_000, network: ref(networkIds['Default/vlan100']),
        });
      }
    }

    // ---- tags --------------------------------------------------------------------------
    put('tags', { id: ROOT_TAG_ID, name: 'root', description: 'root' });
    const tagTree: Array<[string, string | null, string]> = [
      ['production', null, 'Production workloads'], ['staging', null, 'Staging'], ['team', null, 'Owning team'],
      ['team-web', 'team', 'Web team'], ['team-data', 'team', 'Data team'], ['backup-daily', null, 'Backed up every night'],
    ];
    const tagIds: Record<string, string> = {};
    for (const [name, parent, description] of tagTree) {
      tagIds[name] = id('tag', name);
      put('tags', { id: tagIds[name], name, description, parent: ref(parent ? tagIds[parent] : ROOT_TAG_ID) });
    }
    const tagVm = (vm: string, tag: string) => put('vm_tags', { id: tagIds[tag] }, id('vm', vm));
    for (const vm of ['web01', 'web02', 'web03', 'db01', 'db02', 'win-ad01', 'legacy-erp']) tagVm(vm, 'production');
    for (const vm of ['web01', 'web02', 'web03', 'web04']) tagVm(vm, 'team-web');
    for (const vm of ['db01', 'db02', 'db03']) tagVm(vm, 'team-data');
    for (const vm of ['db01', 'db02', 'win-fs01', 'legacy-erp']) tagVm(vm, 'backup-daily');
    tagVm('app04', 'staging');
    put('host_tags', { id: tagIds.production }, hostIds.host04);

    // ---- permissions -------------------------------------------------------------------
    put('permissions', { id: id('permission', 'admin/SuperUser/system'), role: ref(SUPER_USER_ROLE_ID), user: ref(adminId) });
    put('permissions', { id: id('permission', 'alice/ClusterAdmin/Production'), role: ref(ROLES[3].id), user: ref(userIds.alice), cluster: ref(clusterIds.Production) });
    put('permissions', { id: id('permission', 'bob/UserRole/desktop-pool'), role: ref(ROLES[1].id), user: ref(userIds.bob), vm_pool: ref(poolIds['desktop-pool']) });
    put('permissions', { id: id('permission', 'bob/UserVmManager/dev-desktop01'), role: ref(ROLES[8].id), user: ref(userIds.bob), vm: ref(id('vm', 'dev-desktop01')) });
    put('permissions', { id: id('permission', 'carol/PowerUserRole/Lab'), role: ref(ROLES[2].id), user: ref(userIds.carol), data_center: ref(dcIds.Lab) });
    put('permissions', { id: id('permission', 'developers/UserRole/Default'), role: ref(ROLES[1].id), group: ref(groupIds.developers), cluster: ref(clusterIds.Default) });
    put('permissions', { id: id('permission', 'infra-admins/DataCenterAdmin/Default'), role: ref(ROLES[4].id), group: ref(groupIds['infra-admins']), data_center: ref(dcIds.Default) });

    // ---- bookmarks ---------------------------------------------------------------------
    const bookmarks: Array<[string, string]> = [
      ['Running VMs', 'Vms: status=up'], ['Hosts not up', 'Hosts: status!=up'], ['Production tagged', 'Vms: tag=production'],
      ['Big VMs', 'Vms: memory>8192'], ['Errors today', 'Events: severity>=error'],
    ];
    for (const [name, value] of bookmarks) put('bookmarks', { id: id('bookmark', name), name, value });

    // ---- jobs --------------------------------------------------------------------------
    const jobs = [
      { name: 'Migrating VM web05 from Host host01 to Host host02', status: 'finished', ago: 30 * HOUR, minutes: 2 },
      { name: 'Creating VM Snapshot nightly for VM db01', status: 'finished', ago: 6 * HOUR, minutes: 5 },
      { name: 'Adding Disk app05_Disk3', status: 'failed', ago: 3 * HOUR, minutes: 1 },
      { name: 'Moving Disk legacy-erp_Disk1 to data-nfs', status: 'started', ago: 10 * 60_000, minutes: 0 },
    ];
    for (const j of jobs) {
      const jid = id('job', j.name);
      const start = now - j.ago;
      const end = j.status === 'started' ? undefined : start + j.minutes * 60_000;
      put('jobs', {
        id: jid, description: j.name, status: j.status, start_time: iso(start), ...(end ? { end_time: iso(end) } : {}),
        last_updated: iso(end ?? now - 60_000), external: false, auto_cleared: true, owner: ref(adminId),
      });
      const steps: Array<[string, string]> = [['validating', 'Validating'], ['executing', 'Executing']];
      steps.forEach(([type, description], n) => {
        const last = n === steps.length - 1;
        const status = last ? j.status : 'finished';
        put('job_steps', {
          id: id('step', `${j.name}/${type}`), description, type, number: n, status, start_time: iso(start + n * 1000),
          ...(status !== 'started' ? { end_time: iso(last && end ? end : start + (n + 1) * 1000) } : {}),
          external: false, progress: status === 'started' ? 40 : 100, job: ref(jid),
          ...(type === 'executing' ? { execution_host: ref(hostIds.host02) } : {}),
        }, jid);
      });
    }

    // ---- event history -----------------------------------------------------------------
    seedEventHistory(store, rnd, now, {
      adminId,
      dcs: Object.entries(dcIds).map(([name, dcId]) => ({ id: dcId, name })),
      clusters: Object.entries(clusterIds).map(([name, cid]) => ({ id: cid, name, dc: dcIds[clusterDc[name]] })),
      hosts: HOSTS.map((h) => ({ id: hostIds[h.name], name: h.name, status: h.status, cluster: clusterIds[h.cluster] })),
      storageDomains: storageDomains.map((s) => ({ id: sd(s.name), name: s.name, dc: dcIds[s.dc], dcName: s.dc, free: Math.round(s.totalGiB - sdUsed[s.name]) })),
      templates: templates.map((t) => ({ id: templateIds[t.name], name: t.name })),
      vms: vmWorld,
      users: directory.filter((u) => u.inEngine).map((u) => ({ id: userIds[u.login], name: `${u.login}@example.com@example.com-authz` })),
    });

    store.setMeta('demo_seed', String(seed));
  });
}

