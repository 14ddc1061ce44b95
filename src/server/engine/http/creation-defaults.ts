/**
 * What the engine fills in on objects created without them: a new VM is down with 1 GiB and
 * one vCPU, a new data center uninitialized, a storage domain unattached… Given values win.
 */
import { randomBytes } from 'node:crypto';
import type { Store } from '../store/store.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const GiB = 1024 ** 3;
const nowIso = () => new Date().toISOString();

function macAddress(): string {
  const b = randomBytes(3);
  return ['56', '6f', 'a1', b[0], b[1], b[2]].map((x) => (typeof x === 'number' ? x.toString(16).padStart(2, '0') : x)).join(':');
}

const DEFAULTS: Record<string, (given: Obj) => Obj> = {
  vm: (g) => {
    const memory = typeof g.memory === 'number' ? g.memory : GiB;
    return {
      status: 'down',
      type: 'server',
      memory,
      cpu: { architecture: 'x86_64', topology: { cores: 1, sockets: 1, threads: 1 } },
      cpu_shares: 0,
      os: { type: 'other', boot: { devices: ['hd'] } },
      bios: { type: 'q35_ovmf' },
      memory_policy: { guaranteed: memory, max: memory * 4, ballooning: true },
      high_availability: { enabled: false, priority: 0 },
      display: { type: 'vnc', monitors: 1 },
      stateless: false,
      delete_protected: false,
      origin: 'ovirt',
      creation_time: nowIso(),
      stop_time: nowIso(),
      run_once: false,
      next_run_configuration_exists: false,
    };
  },
  template: () => ({ status: 'ok', type: 'server', memory: GiB, creation_time: nowIso(), stateless: false, delete_protected: false }),
  data_center: () => ({
    status: 'uninitialized',
    storage_format: 'v5',
    quota_mode: 'disabled',
    version: { major: 4, minor: 7 },
    supported_versions: [{ major: 4, minor: 7 }],
  }),
  cluster: () => ({
    version: { major: 4, minor: 7 },
    ballooning_enabled: true,
    virt_service: true,
    gluster_service: false,
    ha_reservation: false,
    bios_type: 'q35_ovmf',
    switch_type: 'legacy',
    error_handling: { on_error: 'migrate' },
    memory_policy: { over_commit: { percent: 100 } },
  }),
  network: () => ({ mtu: 0, stp: false, required: true, usages: ['vm'], status: 'operational' }),
  vnic_profile: () => ({ pass_through: { mode: 'disabled' }, port_mirroring: false }),
  host: () => ({ status: 'up', port: 54321, type: 'rhel', spm: { priority: 5, status: 'none' }, summary: { active: 0, migrating: 0, total: 0 } }),
  storage_domain: () => ({ status: 'unattached', master: false, available: 0, used: 0, committed: 0, external_status: 'ok', storage_format: 'v5', backup: false, wipe_after_delete: false }),
  disk: () => ({ status: 'ok', format: 'cow', sparse: true, actual_size: 0, total_size: 0, content_type: 'data', shareable: false, wipe_after_delete: false, propagate_errors: false, storage_type: 'image' }),
  nic: () => ({ interface: 'virtio', linked: true, plugged: true, synced: true, mac: { address: macAddress() } }),
  tag: () => ({ parent: { id: '00000000-0000-0000-0000-000000000000' } }),
  job: () => ({ status: 'started', external: true, auto_cleared: true, start_time: nowIso(), last_updated: nowIso() }),
  step: () => ({ status: 'started', external: true, start_time: nowIso() }),
};

/** VM settings a new VM takes from its template when the request leaves them out. */
const FROM_TEMPLATE = ['memory', 'cpu', 'cpu_shares', 'os', 'bios', 'display', 'type', 'high_availability', 'memory_policy', 'stateless', 'time_zone', 'usb', 'io', 'migration', 'custom_properties', 'delete_protected', 'large_icon', 'small_icon'];

/** Defaults merged under the given object (deeply: given nested values win). */
export function withCreationDefaults(type: string, given: Obj, store?: Store): Obj {
  let base = given;
  if ((type === 'vm' || type === 'vm_pool') && store) {
    const tid = isObj(given.template) && typeof given.template.id === 'string' ? given.template.id : undefined;
    const template = tid ? store.get('templates', tid, '') : undefined;
    if (template && type === 'vm') {
      const inherited: Obj = {};
      for (const k of FROM_TEMPLATE) if (template[k] !== undefined) inherited[k] = template[k];
      base = mergeUnder(inherited, given);
      if (base.original_template === undefined) base.original_template = { id: template.id };
    }
  }
  const d = DEFAULTS[type]?.(base);
  return d ? mergeUnder(d, base) : base;
}

function mergeUnder(base: Obj, top: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(top)) out[k] = isObj(v) && isObj(base[k]) ? mergeUnder(base[k] as Obj, v) : v;
  return out;
}
