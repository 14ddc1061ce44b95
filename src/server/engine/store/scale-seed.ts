import type { Store } from './store.ts';
import {
  CLUSTER_LEVELS, OPERATING_SYSTEMS, PERMITS, ROLES, SCHEDULING_POLICIES, SUPER_USER_ROLE_ID, cpuTypesFor,
} from './seed-catalog.ts';
import { seedEventHistory, type SeedWorld } from './seed-events.ts';
import { GiB, Prng, ref, stableId as id } from './seed-util.ts';
import {
  ADMIN_USER_NAME, BLANK_TEMPLATE_ID, DEFAULT_MAC_POOL_ID, INTERNAL_AUTHZ, ROOT_TAG_ID,
} from './seed.ts';

export interface ScaleSeedOptions {
  /** How many VMs; hosts, clusters, disks, NICs and events grow with it. */
  vms: number;
  /** PRNG seed; the same seed (and `now`) gives the same inventory. Default 1. */
  seed?: number;
  /** "Now" for creation/start times and the event history (epoch ms). Default Date.now(). */
  now?: number;
}

export interface ScaleSeedSummary {
  dataCenters: number; clusters: number; hosts: number; vms: number; disks: number; nics: number;
  storageDomains: number; templates: number; events: number;
}

/** Inventory proportions: a typical mid-size deployment. */
const VMS_PER_HOST = 25;
const HOSTS_PER_CLUSTER = 20;
const CLUSTERS_PER_DC = 4;
const VMS_PER_STORAGE_DOMAIN = 1000;
/** The event history covers about this share of the VMs (about two events each → N/2). */
const EVENTFUL_VM_SHARE = 0.2;

const VM_STATES: Array<[string, number]> = [
  ['up', 0.74], ['down', 0.18], ['suspended', 0.04], ['paused', 0.02], ['powering_up', 0.01], ['not_responding', 0.01],
];
const HOST_STATES: Array<[string, number]> = [['up', 0.94], ['maintenance', 0.04], ['non_responsive', 0.02]];
const RUNNING = new Set(['up', 'paused', 'powering_up', 'not_responding']);

const TEMPLATES = [
  { name: 'rhel9-base', os: 'rhel_9x64', memoryGiB: 4, diskGiB: 20, description: 'RHEL 9.4 with cloud-init' },
  { name: 'rhel8-base', os: 'rhel_8x64', memoryGiB: 4, diskGiB: 20, description: 'RHEL 8.10 with cloud-init' },
  { name: 'win2019-base', os: 'windows_2019x64', memoryGiB: 8, diskGiB: 60, description: 'Windows Server 2019, sysprepped' },
  { name: 'ubuntu22-base', os: 'ubuntu_14_04', memoryGiB: 2, diskGiB: 16, description: 'Ubuntu 22.04 LTS' },
];
const VM_SHAPES = [
  { memoryGiB: 2, sockets: 1 }, { memoryGiB: 4, sockets: 2 }, { memoryGiB: 8, sockets: 2 },
  { memoryGiB: 16, sockets: 4 }, { memoryGiB: 32, sockets: 8 },
];
const ROLES_BY_PREFIX = ['web', 'app', 'db', 'cache', 'batch', 'ci', 'mq', 'proxy'];

const CPU_TYPE = 'Intel Nehalem Family';
const DC_VERSION = { major: 4, minor: 7 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

function weighted(rnd: Prng, table: Array<[string, number]>): string {
  let x = rnd.next();
  for (const [value, weight] of table) {
    if (x < weight) return value;
    x -= weight;
  }
  return table[0][0];
}

const mac = (prefix: string, n: number) =>
  `${prefix}:${((n >> 16) & 0xff).toString(16).padStart(2, '0')}:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`;

/**
 * Fills an empty store with a large synthetic inventory for benchmarks: `vms` VMs named
 * vm-1…vm-N, ≈1 host per 25 VMs (host-1…), ≈1 cluster per 20 hosts, ≈1 data center per 4
 * clusters, 1–2 disks and 1–2 NICs per VM, a data storage domain per 1,000 VMs, four
 * templates and ≈N/2 events — plus the reference data (roles, OS types, cluster levels,
 * admin user) an engine needs. Ids derive from names; the seed drives states, sizes and
 * times. Runs in one transaction through the store's cached prepared statements.
 */
export function seedScaleInventory(store: Store, opts: ScaleSeedOptions): ScaleSeedSummary {
  const vmCount = Math.floor(opts.vms);
  if (!Number.isFinite(vmCount) || vmCount < 1) throw new Error(`seedScaleInventory: vms must be a positive integer, got ${String(opts.vms)}`);
  const seed = opts.seed ?? 1;
  const now = opts.now ?? Date.now();
  const rnd = new Prng(seed);

  const hostCount = Math.max(1, Math.ceil(vmCount / VMS_PER_HOST));
  const clusterCount = Math.max(1, Math.ceil(hostCount / HOSTS_PER_CLUSTER));
  const dcCount = Math.max(1, Math.ceil(clusterCount / CLUSTERS_PER_DC));

  return store.transaction(() => {
    const put = (collection: string, doc: Record<string, unknown>, parent?: string) => store.insert(collection, doc, parent);
    const adminId = writeReferenceData(store);

    // ---- data centers, networks, storage ---------------------------------------------
    const dcs = Array.from({ length: dcCount }, (_, i) => ({ name: `dc-${i + 1}`, id: id('data_center', `scale/dc-${i + 1}`) }));
    const mgmtNet: string[] = [];
    const vmProfiles: string[][] = [];
    const dataDomains: Array<{ id: string; name: string; dc: number }> = [];
    const sdWorld: SeedWorld['storageDomains'] = [];
    const sdCountPerDc = Math.max(1, Math.ceil(vmCount / VMS_PER_STORAGE_DOMAIN / dcCount));
    dcs.forEach((dc, d) => {
      put('data_centers', {
        id: dc.id, name: dc.name, description: `Site ${d + 1}`, comment: '', local: false, status: 'up',
        storage_format: 'v5', version: DC_VERSION, supported_versions: [{ major: 4, minor: 6 }, DC_VERSION],
        quota_mode: 'disabled', mac_pool: ref(DEFAULT_MAC_POOL_ID),
      });
      const profiles: string[] = [];
      for (const [name, vlan] of [['ovirtmgmt', undefined], ['vlan100', 100], ['vlan200', 200]] as const) {
        const key = `scale/${dc.name}/${name}`;
        const nid = id('network', key);
        put('networks', {
          id: nid, name, description: name === 'ovirtmgmt' ? 'Management Network' : `Tenant VLAN ${vlan}`, comment: '',
          data_center: ref(dc.id), stp: false, mtu: 1500, required: true, profile_required: false, port_isolation: false,
          vdsm_name: name, usages: name === 'ovirtmgmt' ? ['vm', 'management', 'display', 'migration'] : ['vm'],
          ...(vlan ? { vlan: { id: vlan } } : {}),
        });
        const pid = id('vnic_profile', key);
        put('vnic_profiles', {
          id: pid, name, description: '', network: ref(nid), port_mirroring: false, pass_through: { mode: 'disabled' }, custom_properties: [],
        });
        if (name === 'ovirtmgmt') mgmtNet.push(nid);
        profiles.push(pid);
      }
      vmProfiles.push(profiles);
      for (let s = 0; s < sdCountPerDc; s++) {
        const name = `${dc.name}-data-${s + 1}`;
        const sdId = id('storage_domain', `scale/${name}`);
        const totalGiB = 16_384;
        const usedGiB = rnd.int(4_000, 12_000);
        put('storage_domains', {
          id: sdId, name, description: '', comment: '', type: 'data', master: s === 0,
          storage: { type: 'nfs', address: `nfs${d + 1}.example.com`, path: `/exports/data${s + 1}`, nfs_version: 'auto' },
          available: (totalGiB - usedGiB) * GiB, used: usedGiB * GiB, committed: Math.round(usedGiB * 1.4) * GiB,
          storage_format: 'v5', wipe_after_delete: false, discard_after_delete: false, supports_discard: false,
          supports_discard_zeroes_data: false, backup: false, warning_low_space_indicator: 10, critical_space_action_blocker: 5,
          block_size: 512, external_status: 'ok', data_centers: [ref(dc.id)],
        });
        put('attached_storage_domains', { id: sdId, status: 'active', master: s === 0 }, dc.id);
        dataDomains.push({ id: sdId, name, dc: d });
        sdWorld.push({ id: sdId, name, dc: dc.id, dcName: dc.name, free: totalGiB - usedGiB });
      }
    });
    const isoId = id('storage_domain', 'scale/iso');
    put('storage_domains', {
      id: isoId, name: 'iso', description: '', comment: '', type: 'iso', master: false,
      storage: { type: 'nfs', address: 'nfs1.example.com', path: '/exports/iso', nfs_version: 'auto' },
      available: 400 * GiB, used: 112 * GiB, committed: 0, storage_format: 'v1', external_status: 'ok',
      data_centers: [ref(dcs[0].id)],
    });
    put('attached_storage_domains', { id: isoId, status: 'active', master: false }, dcs[0].id);

    const disk = (name: string, sizeGiB: number, sdId: string, format: 'cow' | 'raw') => {
      const diskId = id('disk', `scale/${name}`);
      const actual = format === 'raw' ? sizeGiB * GiB : Math.round(sizeGiB * (0.2 + rnd.next() * 0.6)) * GiB;
      put('disks', {
        id: diskId, name, alias: name, description: '', image_id: id('image', `scale/${name}`), provisioned_size: sizeGiB * GiB,
        actual_size: actual, total_size: actual, format, sparse: format === 'cow', status: 'ok', storage_type: 'image',
        content_type: 'data', shareable: false, wipe_after_delete: false, propagate_errors: false, backup: 'none',
        ...(format === 'cow' ? { qcow_version: 'qcow2_v3' } : {}), storage_domains: [ref(sdId)],
      });
      return diskId;
    };

    // ---- clusters ----------------------------------------------------------------------
    const clusters = Array.from({ length: clusterCount }, (_, c) => {
      const dc = Math.floor((c * dcCount) / clusterCount);
      return { name: `cluster-${c + 1}`, id: id('cluster', `scale/cluster-${c + 1}`), dc };
    });
    for (const c of clusters) {
      put('clusters', {
        id: c.id, name: c.name, description: '', comment: '', cpu: { type: CPU_TYPE, architecture: 'x86_64' }, version: DC_VERSION,
        data_center: ref(dcs[c.dc].id),
        memory_policy: { over_commit: { percent: 100 }, transparent_huge_pages: { enabled: true } },
        scheduling_policy: ref(SCHEDULING_POLICIES[1].id), error_handling: { on_error: 'migrate' },
        virt_service: true, gluster_service: false, threads_as_cores: false, tunnel_migration: false, trusted_service: false,
        ha_reservation: false, ballooning_enabled: true, bios_type: 'q35_ovmf', switch_type: 'legacy', firewall_type: 'firewalld',
        fips_mode: 'disabled', ksm: { enabled: true, merge_across_nodes: true }, maintenance_reason_required: false,
        optional_reason: false, log_max_memory_used_threshold: 95, log_max_memory_used_threshold_type: 'percentage',
        upgrade_in_progress: false, mac_pool: ref(DEFAULT_MAC_POOL_ID), management_network: ref(mgmtNet[c.dc]),
      });
    }

    // ---- templates ---------------------------------------------------------------------
    const templateIds: string[] = [];
    for (const t of TEMPLATES) {
      const tid = id('template', `scale/${t.name}`);
      templateIds.push(tid);
      put('templates', {
        id: tid, name: t.name, description: t.description, comment: '', status: 'ok', type: 'server',
        memory: t.memoryGiB * GiB, memory_policy: { guaranteed: t.memoryGiB * GiB, max: 4 * t.memoryGiB * GiB, ballooning: true },
        cpu: { topology: { sockets: 2, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
        os: { type: t.os, boot: { devices: ['hd'] } }, bios: { type: 'cluster_default' },
        display: { type: t.os.startsWith('windows') ? 'spice' : 'vnc', monitors: 1 },
        high_availability: { enabled: false, priority: 0 }, stateless: false, delete_protected: false, origin: 'ovirt',
        creation_time: iso(now - rnd.int(60, 400) * DAY), usb: { enabled: false }, placement_policy: { affinity: 'migratable' },
        cluster: ref(clusters[0].id), version: { version_number: 1, version_name: 'base', base_template: ref(tid) },
      });
      const diskId = disk(`${t.name}_Disk1`, t.diskGiB, dataDomains[0].id, 'cow');
      put('template_disk_attachments', { id: diskId, disk: ref(diskId), interface: 'virtio_scsi', bootable: true, active: true, read_only: false, pass_discard: false }, tid);
      put('template_nics', { id: id('template_nic', `scale/${t.name}`), name: 'nic1', interface: 'virtio', linked: true, plugged: true, vnic_profile: ref(vmProfiles[0][0]) }, tid);
    }

    // ---- hosts (documents written after the VMs, once their counts are known) ----------
    const hosts = Array.from({ length: hostCount }, (_, h) => {
      const cluster = Math.floor((h * clusterCount) / hostCount);
      // The first host of each cluster stays up so every cluster can run VMs.
      const status = h === Math.ceil((cluster * hostCount) / clusterCount) ? 'up' : weighted(rnd, HOST_STATES);
      return { name: `host-${h + 1}`, id: id('host', `scale/host-${h + 1}`), cluster, status, running: 0, ip: `10.${16 + ((h + 1) >> 16)}.${((h + 1) >> 8) & 0xff}.${(h + 1) & 0xff}` };
    });
    const upHostsByCluster = clusters.map((_, c) => hosts.filter((h) => h.cluster === c && h.status === 'up'));

    // ---- VMs ---------------------------------------------------------------------------
    const vmWorld: SeedWorld['vms'] = [];
    let macCounter = 0;
    let nicCount = 0;
    let diskCount = TEMPLATES.length;
    for (let i = 0; i < vmCount; i++) {
      const name = `vm-${i + 1}`;
      const vid = id('vm', `scale/${name}`);
      const c = Math.floor((i * clusterCount) / vmCount);
      const cluster = clusters[c];
      // vm-1 is always up and always in the history: the history needs a running VM to talk about.
      const status = i === 0 ? 'up' : weighted(rnd, VM_STATES);
      const running = RUNNING.has(status);
      const host = running ? rnd.pick(upHostsByCluster[c]) : undefined;
      if (host) host.running++;
      const t = rnd.int(0, TEMPLATES.length - 1);
      const template = TEMPLATES[t];
      const shape = rnd.pick(VM_SHAPES);
      const created = now - rnd.int(4, 700) * DAY - rnd.int(0, 86_399) * 1000;
      const startTime = running ? now - rnd.int(1, 70) * HOUR - rnd.int(0, 3599) * 1000 : undefined;
      const display = template.os.startsWith('windows') ? 'spice' : 'vnc';
      const doc: Record<string, unknown> = {
        id: vid, name, description: `${rnd.pick(ROLES_BY_PREFIX)} tier`, comment: '', type: 'server', status,
        memory: shape.memoryGiB * GiB, memory_policy: { guaranteed: (shape.memoryGiB * GiB) / 2, max: 4 * shape.memoryGiB * GiB, ballooning: true },
        cpu: { topology: { sockets: shape.sockets, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
        os: { type: template.os, boot: { devices: ['hd'] } }, bios: { type: 'q35_ovmf' },
        high_availability: { enabled: shape.memoryGiB >= 16, priority: shape.memoryGiB >= 16 ? 1 : 0 },
        display: host ? { type: display, address: host.ip, port: 5900 + host.running, monitors: 1 } : { type: display, monitors: 1 },
        stateless: false, delete_protected: false, origin: 'ovirt', creation_time: iso(created),
        usb: { enabled: false }, placement_policy: { affinity: 'migratable' }, start_paused: false, run_once: false,
        next_run_configuration_exists: false, soundcard_enabled: false,
        time_zone: { name: display === 'spice' ? 'GMT Standard Time' : 'Etc/GMT' },
        cluster: ref(cluster.id), template: ref(templateIds[t]), original_template: ref(templateIds[t]),
      };
      if (host) {
        doc.host = ref(host.id);
        doc.start_time = iso(startTime!);
        if (status !== 'powering_up') doc.fqdn = `${name}.example.com`;
        if (status === 'paused') doc.status_detail = 'noerr';
      } else {
        doc.stop_time = iso(now - rnd.int(1, 70) * HOUR);
        doc.stop_reason = '';
      }
      put('vms', doc);

      const dcDomains = dataDomains.filter((s) => s.dc === cluster.dc);
      const diskSizes = rnd.chance(0.4) ? [template.diskGiB, rnd.pick([50, 100, 200, 500])] : [template.diskGiB];
      diskSizes.forEach((sizeGiB, n) => {
        const diskId = disk(`${name}_Disk${n + 1}`, sizeGiB, dcDomains[i % dcDomains.length].id, n === 0 || rnd.chance(0.7) ? 'cow' : 'raw');
        diskCount++;
        put('vm_disk_attachments', {
          id: diskId, disk: ref(diskId), interface: 'virtio_scsi', bootable: n === 0, active: true, read_only: false, pass_discard: false,
          ...(running ? { logical_name: `/dev/sd${String.fromCharCode(97 + n)}` } : {}),
        }, vid);
      });
      const nics = rnd.chance(0.3) ? 2 : 1;
      for (let n = 0; n < nics; n++) {
        nicCount++;
        put('vm_nics', {
          id: id('vm_nic', `scale/${name}/nic${n + 1}`), name: `nic${n + 1}`, interface: 'virtio', mac: { address: mac('56:6f:1a', macCounter++) },
          linked: true, plugged: true, synced: true, vnic_profile: ref(vmProfiles[cluster.dc][n === 0 ? 0 : 1 + (i % 2)]), vm: ref(vid),
        }, vid);
      }
      // Only a share of the VMs gets a history, so the log grows as ≈N/2 rather than 2N.
      if (rnd.chance(EVENTFUL_VM_SHARE) || i === 0) {
        vmWorld.push({
          id: vid, name, status: status === 'not_responding' ? 'up' : status, host: host?.id, hostName: host?.name,
          cluster: cluster.id, createdMs: created, startMs: startTime, disk: `${name}_Disk1`, diskId: id('disk', `scale/${name}_Disk1`),
        });
      }
    }

    const spmSeen = new Set<number>();
    for (const h of hosts) {
      const up = h.status === 'up';
      const dc = clusters[h.cluster].dc;
      const spm = up && !spmSeen.has(dc);
      if (spm) spmSeen.add(dc);
      const hostMemGiB = 768;
      put('hosts', {
        id: h.id, name: h.name, description: '', comment: '', address: `${h.name}.example.com`, port: 54321,
        status: h.status, external_status: 'ok', type: 'rhel', protocol: 'stomp',
        memory: hostMemGiB * GiB, max_scheduling_memory: up ? Math.round(hostMemGiB * 0.85) * GiB : 0,
        summary: { active: h.running, migrating: 0, total: h.running }, spm: { priority: 5, status: spm ? 'spm' : 'none' },
        power_management: { enabled: false, automatic_pm_enabled: true, kdump_detection: true },
        ksm: { enabled: false }, transparent_huge_pages: { enabled: true }, kdump_status: 'disabled',
        update_available: false, reinstallation_required: false, network_operation_in_progress: false, ovn_configured: false,
        cluster: ref(clusters[h.cluster].id),
        cpu: { name: 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', speed: 2000, topology: { sockets: 2, cores: 32, threads: 2 }, type: CPU_TYPE },
        version: { major: 4, minor: 50, build: 5, revision: 1, full_version: 'vdsm-4.50.5.1-1.el9' },
        os: { type: 'RHEL', version: { major: 9, minor: 4, full_version: '9.4 - 1.el9' } },
        hardware_information: {
          manufacturer: 'Dell Inc.', product_name: 'PowerEdge R650', family: 'PowerEdge', version: '1.13.2',
          serial_number: rnd.hex(4).toUpperCase(), uuid: id('hw-uuid', `scale/${h.name}`).toUpperCase(),
        },
        iscsi: { initiator: `iqn.1994-05.com.redhat:${h.name}` }, se_linux: { mode: 'enforcing' },
        certificate: { organization: 'example.com', subject: `O=example.com,CN=${h.name}.example.com` },
      });
      const hostNic = (name: string, extra: Record<string, unknown>) => put('host_nics', {
        id: id('host_nic', `scale/${h.name}/${name}`), name, mac: { address: mac('00:1a:4a', macCounter++) }, mtu: 1500,
        speed: 25_000_000_000, status: h.status === 'non_responsive' ? 'down' : 'up', boot_protocol: 'none', bridged: false,
        host: ref(h.id), ...extra,
      }, h.id);
      hostNic('eth0', {
        ip: { address: h.ip, netmask: '255.255.0.0', gateway: h.ip.replace(/\.\d+\.\d+$/, '.0.1'), version: 'v4' },
        boot_protocol: 'static', bridged: true, network: ref(mgmtNet[dc]),
      });
      hostNic('eth1', { bridged: true });
    }

    // ---- event history -----------------------------------------------------------------
    const events = seedEventHistory(store, rnd, now, {
      adminId,
      dcs: dcs.map((d) => ({ id: d.id, name: d.name })),
      clusters: clusters.map((c) => ({ id: c.id, name: c.name, dc: dcs[c.dc].id })),
      hosts: hosts.map((h) => ({ id: h.id, name: h.name, status: h.status, cluster: clusters[h.cluster].id })),
      storageDomains: sdWorld,
      templates: templateIds.map((tid, t) => ({ id: tid, name: TEMPLATES[t].name })),
      vms: vmWorld,
      users: [{ id: adminId, name: `${ADMIN_USER_NAME}-authz` }],
    });

    store.setMeta('scale_seed', JSON.stringify({ vms: vmCount, seed }));
    return {
      dataCenters: dcCount, clusters: clusterCount, hosts: hostCount, vms: vmCount, disks: diskCount, nics: nicCount,
      storageDomains: dataDomains.length + 1, templates: TEMPLATES.length + 1, events,
    };
  });
}

/**
 * What every engine has before any inventory: roles, permits, cluster levels, OS types,
 * scheduling policies, the default MAC pool, the internal domain with admin@internal, the
 * Blank template and the root tag. Returns the admin user's id.
 */
function writeReferenceData(store: Store): string {
  const put = (collection: string, doc: Record<string, unknown>, parent?: string) => store.insert(collection, doc, parent);
  for (const role of ROLES) {
    put('roles', { id: role.id, name: role.name, description: role.description, administrative: role.administrative, mutable: false });
    for (const name of new Set(role.permits)) {
      const permit = PERMITS.find((p) => p.name === name);
      if (permit) put('role_permits', { id: String(permit.id), name: permit.name, administrative: permit.administrative, role: ref(role.id) }, role.id);
    }
  }
  const permits = PERMITS.map((p) => ({ id: String(p.id), name: p.name, administrative: p.administrative }));
  for (const level of CLUSTER_LEVELS) put('cluster_levels', { id: level, cpu_types: cpuTypesFor(level), permits });
  for (const os of OPERATING_SYSTEMS) put('operating_systems', { ...os });
  for (const policy of SCHEDULING_POLICIES) {
    put('scheduling_policies', {
      id: policy.id || id('scheduling_policy', policy.name), name: policy.name, description: '',
      locked: true, default_policy: policy.default_policy, properties: policy.properties,
    });
  }
  put('mac_pools', {
    id: DEFAULT_MAC_POOL_ID, name: 'Default', description: 'Default MAC pool', allow_duplicates: false, default_pool: true,
    ranges: [{ from: '56:6f:1a:00:00:00', to: '56:6f:1a:ff:ff:ff' }],
  });
  const internalDomain = id('domain', INTERNAL_AUTHZ);
  put('domains', { id: internalDomain, name: INTERNAL_AUTHZ });
  const adminId = id('user', ADMIN_USER_NAME);
  const admin = { id: adminId, name: 'admin', user_name: ADMIN_USER_NAME, principal: 'admin', namespace: '*', domain: ref(internalDomain) };
  put('users', { ...admin, domain_entry_id: Buffer.from('admin').toString('hex'), last_name: '', email: '', department: '' });
  put('domain_users', admin, internalDomain);
  put('permissions', { id: id('permission', 'admin/SuperUser/system'), role: ref(SUPER_USER_ROLE_ID), user: ref(adminId) });
  put('templates', {
    id: BLANK_TEMPLATE_ID, name: 'Blank', description: 'Blank template', comment: '', status: 'ok', type: 'server',
    memory: GiB, memory_policy: { guaranteed: GiB, max: 4 * GiB, ballooning: true },
    cpu: { topology: { sockets: 1, cores: 1, threads: 1 }, architecture: 'x86_64' }, cpu_shares: 0,
    os: { type: 'other', boot: { devices: ['hd'] } }, bios: { type: 'cluster_default' }, display: { type: 'vnc', monitors: 1 },
    high_availability: { enabled: false, priority: 0 }, stateless: false, delete_protected: false, origin: 'ovirt',
    creation_time: '2008-04-01T00:00:00.000Z', usb: { enabled: false }, placement_policy: { affinity: 'migratable' },
    version: { version_number: 1, version_name: 'base version', base_template: ref(BLANK_TEMPLATE_ID) },
  });
  put('tags', { id: ROOT_TAG_ID, name: 'root', description: 'root' });
  return adminId;
}
