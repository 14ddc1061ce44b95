/**
 * Statistics as the engine reports them (api-reference §9): names, descriptions, kinds, types
 * and units of the engine; ids name-based like Java's UUID.nameUUIDFromBytes; doubles rounded
 * to two significant digits. Gauges wander smoothly with (seeded) time noise; running VMs
 * drive their host's CPU and memory; counters are kept per object and only ever grow.
 */
import { createHash } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import { refId, type SimCore } from './core.ts';
import { hashFraction, valueNoise } from './random.ts';
import { migrationsOf } from './vm-machine.ts';
import { vmsOnHost } from './world.ts';

export type StatKind = 'gauge' | 'counter';
export type StatType = 'integer' | 'decimal' | 'string';
export type StatUnit = 'bytes' | 'bits_per_second' | 'bytes_per_second' | 'count_per_second' | 'percent' | 'seconds' | 'none';
export type StatOwner = 'vm' | 'host' | 'host_nic' | 'nic' | 'disk';

export interface Statistic {
  id: string;
  name: string;
  description: string;
  kind: StatKind;
  type: StatType;
  unit: StatUnit;
  values: Array<{ datum?: number; detail?: string }>;
  vm?: { id: string };
  host?: { id: string };
  host_nic?: { id: string };
  nic?: { id: string };
  disk?: { id: string };
}

/** Java UUID.nameUUIDFromBytes: MD5 of the bytes, version 3, IETF variant. */
export function nameUuid(name: string): string {
  const b = createHash('md5').update(name, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x30;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Two significant digits, like the engine's doubles (45.67 → 46). */
export function round2(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(2));
}

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const HISTORY_STEP_MS = 30_000;
const HISTORY_MAX = 40;

export const RUNNING_VM = new Set(['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'paused', 'saving_state', 'restoring_state', 'wait_for_launch', 'not_responding']);
/** States where the guest executes (and burns CPU). */
const EXECUTING_VM = new Set(['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating']);

const num = (v: unknown, dflt: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : dflt);

type Counter = { value: number; at: number };

export class StatisticsModel {
  private counters = new Map<string, Counter>();
  private readonly epoch: number;

  constructor(private readonly core: SimCore) {
    this.epoch = core.now();
  }

  /** Counter values to keep across restarts (counters must never go back). */
  saveCounters(): string {
    return JSON.stringify(Object.fromEntries([...this.counters].map(([k, c]) => [k, c.value])));
  }

  /** Resumes counters saved by saveCounters; unreadable input is ignored (counters start afresh). */
  loadCounters(json: string | undefined): void {
    if (!json) return;
    let saved: unknown;
    try {
      saved = JSON.parse(json);
    } catch {
      return;
    }
    if (!saved || typeof saved !== 'object') return;
    const now = this.core.now();
    for (const [k, v] of Object.entries(saved as Record<string, unknown>)) {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) this.counters.set(k, { value: Math.floor(v), at: now });
    }
  }

  private noise(id: string, what: string, t = this.core.now()): number {
    // Values drift over ~20 s of simulated time.
    return valueNoise(this.core.seed, `${id}/${what}`, t, 20_000 / this.core.speed);
  }

  /** Who this object is: a stable per-object fraction so VMs differ from each other. */
  private trait(id: string, what: string): number {
    return hashFraction(this.core.seed, `${id}/trait/${what}`);
  }

  /** A counter that grows at `rate` per second while `active`, starting from `initial`. */
  private counter(key: string, rate: number, active: boolean, initial: () => number): number {
    const now = this.core.now();
    let c = this.counters.get(key);
    if (!c) {
      c = { value: Math.max(0, Math.floor(initial())), at: now };
      this.counters.set(key, c);
      return c.value;
    }
    if (now > c.at) {
      if (active && rate > 0) c.value += Math.floor((rate * (now - c.at) * this.core.speed) / 1000);
      c.at = now;
    }
    return c.value;
  }

  // ---- VMs ---------------------------------------------------------------------------------

  vmCpu(vm: Doc, t = this.core.now()): number {
    if (!EXECUTING_VM.has(String(vm.status))) return 0;
    const base = 3 + 45 * this.trait(vm.id, 'cpu');
    const boost = vm.status === 'powering_up' || vm.status === 'reboot_in_progress' ? 25 : 0;
    return Math.min(100, base * (0.5 + this.noise(vm.id, 'cpu', t)) + boost);
  }

  vmMemoryUsedFraction(vm: Doc, t = this.core.now()): number {
    if (!RUNNING_VM.has(String(vm.status))) return 0;
    return Math.min(0.97, 0.25 + 0.45 * this.trait(vm.id, 'mem') + 0.1 * this.noise(vm.id, 'mem', t));
  }

  vmNetworkPercent(vm: Doc, t = this.core.now()): number {
    if (!EXECUTING_VM.has(String(vm.status))) return 0;
    return 8 * this.trait(vm.id, 'net') * this.noise(vm.id, 'net', t);
  }

  private history(vm: Doc, f: (t: number) => number): number[] {
    const started = Date.parse(String(vm.start_time ?? ''));
    if (!RUNNING_VM.has(String(vm.status)) || !Number.isFinite(started)) return [];
    const now = this.core.now();
    const step = HISTORY_STEP_MS / this.core.speed;
    const count = Math.min(HISTORY_MAX, Math.floor(Math.max(0, now - started) / step) + 1);
    return Array.from({ length: count }, (_, i) => Math.round(f(now - i * step)));
  }

  vm(vm: Doc): Statistic[] {
    const running = RUNNING_VM.has(String(vm.status));
    const installed = num(vm.memory, GiB);
    const usedFraction = this.vmMemoryUsedFraction(vm);
    const used = Math.round(installed * usedFraction);
    const cpu = this.vmCpu(vm);
    const overhead = cpu ? 0.5 + 1.5 * this.noise(vm.id, 'ovh') : 0;
    const started = Date.parse(String(vm.start_time ?? ''));
    const elapsed = running && Number.isFinite(started) ? Math.max(0, Math.floor(((this.core.now() - started) * this.core.speed) / 1000)) : 0;
    const migration = migrationsOf(this.core).get(vm.id);
    const progress = migration && vm.status === 'migrating' ? Math.min(99, Math.max(0, ((this.core.now() - migration.startedAt) / migration.durationMs) * 100)) : 0;
    const free = running ? installed - used : 0;
    const s = stat('vm', vm.id);
    const out: Statistic[] = [
      s('memory.installed', 'Total memory configured', 'gauge', 'integer', 'bytes', installed),
      s('memory.used', 'Memory used (agent)', 'gauge', 'integer', 'bytes', used),
      s('memory.free', 'Memory free (agent)', 'gauge', 'integer', 'bytes', free),
      s('memory.buffered', 'Memory buffered (agent)', 'gauge', 'integer', 'bytes', running ? Math.round(used * 0.04) : 0),
      s('memory.cached', 'Memory cached (agent)', 'gauge', 'integer', 'bytes', running ? Math.round(used * 0.18) : 0),
      s('memory.unused', 'Memory unused (agent)', 'gauge', 'integer', 'bytes', running ? Math.round(free * 0.6) : 0),
      s('cpu.current.guest', 'CPU used by guest', 'gauge', 'decimal', 'percent', cpu),
      s('cpu.current.hypervisor', 'CPU overhead', 'gauge', 'decimal', 'percent', overhead),
      s('cpu.current.total', 'Total CPU used', 'gauge', 'decimal', 'percent', Math.min(100, cpu + overhead)),
      s('migration.progress', 'Migration Progress', 'gauge', 'decimal', 'percent', progress),
      s('network.current.total', 'Total network used', 'gauge', 'decimal', 'percent', this.vmNetworkPercent(vm)),
      s('elapsed.time', 'Elapsed VM runtime', 'counter', 'integer', 'seconds', elapsed),
      s('cpu.usage.history', 'List of CPU usage history, sorted by date from newest to oldest, at intervals of 30 seconds', 'gauge', 'integer', 'percent', this.history(vm, (t) => this.vmCpu(vm, t))),
      s('memory.usage.history', 'List of memory usage history, sorted by date from newest to oldest, at intervals of 30 seconds', 'gauge', 'integer', 'percent', this.history(vm, (t) => 100 * this.vmMemoryUsedFraction(vm, t))),
      s('network.usage.history', 'List of network usage history, sorted by date from newest to oldest, at intervals of 30 seconds', 'gauge', 'integer', 'percent', this.history(vm, (t) => this.vmNetworkPercent(vm, t))),
    ];
    if (running && vm.status !== 'powering_up' && vm.status !== 'wait_for_launch') {
      const size = Math.max(20, Math.round(installed / GiB) * 10) * GiB;
      const usedDisk = Math.round(size * (0.2 + 0.5 * this.trait(vm.id, 'fs')));
      out.push(s('disks.usage', 'Disk usage, in bytes, per filesystem as JSON (agent)', 'gauge', 'string', 'none',
        JSON.stringify([{ path: '/', total: String(size), used: String(usedDisk), fs: 'xfs' }])));
    }
    return out;
  }

  // ---- hosts -------------------------------------------------------------------------------

  private hostCpus(host: Doc): number {
    const t = (host.cpu as { topology?: { sockets?: number; cores?: number; threads?: number } } | undefined)?.topology;
    return Math.max(1, num(t?.sockets, 1) * num(t?.cores, 4) * num(t?.threads, 1));
  }

  host(host: Doc): Statistic[] {
    const alive = ['up', 'preparing_for_maintenance', 'maintenance', 'non_operational', 'initializing', 'unassigned', 'installing', 'connecting'].includes(String(host.status));
    const total = num(host.memory, 64 * GiB);
    const vms = alive ? vmsOnHost(this.core, host.id) : [];
    const cpus = this.hostCpus(host);
    let vmCpu = 0;
    let vmMem = 0;
    for (const vm of vms) {
      const vcpus = (() => {
        const t = (vm.cpu as { topology?: { sockets?: number; cores?: number; threads?: number } } | undefined)?.topology;
        return Math.max(1, num(t?.sockets, 1) * num(t?.cores, 1) * num(t?.threads, 1));
      })();
      vmCpu += (this.vmCpu(vm) * vcpus) / cpus;
      vmMem += num(vm.memory, GiB) * this.vmMemoryUsedFraction(vm) + 200 * MiB;
    }
    const osMem = alive ? 3 * GiB + 2 * GiB * this.noise(host.id, 'mem') : 0;
    const used = Math.min(total, Math.round(osMem + vmMem));
    const system = alive ? 0.5 + 2 * this.noise(host.id, 'sys') + vmCpu * 0.1 : 0;
    const user = alive ? Math.min(100 - system, 0.5 + 2 * this.noise(host.id, 'usr') + vmCpu) : 0;
    const idle = alive ? Math.max(0, 100 - user - system) : 0;
    const swapTotal = 8 * GiB;
    const swapUsed = alive && used / total > 0.85 ? Math.round(swapTotal * 0.1) : 0;
    const boot = Math.floor(this.bootTime(host) / 1000);
    const shared = alive ? Math.round(vmMem * 0.02) : 0;
    const s = stat('host', host.id);
    return [
      s('memory.total', 'Total memory', 'gauge', 'integer', 'bytes', total),
      s('memory.used', 'Used memory', 'gauge', 'integer', 'bytes', used),
      s('memory.free', 'Free memory', 'gauge', 'integer', 'bytes', alive ? total - used : 0),
      s('memory.shared', 'Shared memory', 'gauge', 'integer', 'bytes', shared),
      s('memory.buffers', 'IO buffers', 'gauge', 'integer', 'bytes', 0),
      s('memory.cached', 'OS caches', 'gauge', 'integer', 'bytes', 0),
      s('swap.total', 'Total swap', 'gauge', 'integer', 'bytes', swapTotal),
      s('swap.free', 'Free swap', 'gauge', 'integer', 'bytes', swapTotal - swapUsed),
      s('swap.used', 'Used swap', 'gauge', 'integer', 'bytes', swapUsed),
      s('swap.cached', 'Swap also in memory', 'gauge', 'integer', 'bytes', 0),
      s('ksm.cpu.current', 'KSM CPU usage', 'gauge', 'decimal', 'percent', (host.ksm as { enabled?: boolean } | undefined)?.enabled && alive ? 0.5 * this.noise(host.id, 'ksm') : 0),
      s('cpu.current.user', 'User CPU usage', 'gauge', 'decimal', 'percent', user),
      s('cpu.current.system', 'System CPU usage', 'gauge', 'decimal', 'percent', system),
      s('cpu.current.idle', 'Idle CPU usage', 'gauge', 'decimal', 'percent', idle),
      s('cpu.load.avg.5m', 'CPU 5 minute load average', 'gauge', 'decimal', 'percent', alive ? ((user + system) / 100) * cpus * 0.8 : 0),
      s('boot.time', 'Boot time of the machine', 'gauge', 'integer', 'none', boot),
      s('hugepages.1048576.free', 'Amount of free huge pages of the given size', 'gauge', 'integer', 'none', 0),
      s('hugepages.2048.free', 'Amount of free huge pages of the given size', 'gauge', 'integer', 'none', 0),
    ];
  }

  private bootTime(host: Doc): number {
    // A plausible boot some days before the simulation started, stable per host.
    return this.epoch - Math.round((2 + 20 * this.trait(host.id, 'boot')) * 86_400_000);
  }

  // ---- NICs --------------------------------------------------------------------------------

  private nicStats(owner: 'nic' | 'host_nic', id: string, active: boolean, rxRate: number, txRate: number, speedBps: number, ageSeconds: number): Statistic[] {
    const rx = active ? rxRate : 0;
    const tx = active ? txRate : 0;
    const s = stat(owner, id);
    const totalRx = this.counter(`${id}/rx`, rx, active, () => rxRate * ageSeconds * 0.5);
    const totalTx = this.counter(`${id}/tx`, tx, active, () => txRate * ageSeconds * 0.5);
    const errRate = this.trait(id, 'err') < 0.2 ? 0.01 : 0;
    const errRx = this.counter(`${id}/erx`, errRate, active, () => (errRate ? ageSeconds * errRate * 0.5 : 0));
    const errTx = this.counter(`${id}/etx`, errRate / 4, active, () => 0);
    return [
      s('data.current.rx', 'Receive data rate', 'gauge', 'decimal', 'bytes_per_second', rx),
      s('data.current.tx', 'Transmit data rate', 'gauge', 'decimal', 'bytes_per_second', tx),
      s('data.current.rx.bps', 'Receive data rate', 'gauge', 'decimal', 'bits_per_second', Math.min(speedBps, rx * 8)),
      s('data.current.tx.bps', 'Transmit data rate', 'gauge', 'decimal', 'bits_per_second', Math.min(speedBps, tx * 8)),
      s('data.total.rx', 'Total received data', 'counter', 'integer', 'bytes', totalRx),
      s('data.total.tx', 'Total transmitted data', 'counter', 'integer', 'bytes', totalTx),
      s('errors.total.rx', 'Total received errors', 'counter', 'integer', 'none', errRx),
      s('errors.total.tx', 'Total transmitted errors', 'counter', 'integer', 'none', errTx),
    ];
  }

  vmNicRates(nic: Doc, vm: Doc | undefined): { rx: number; tx: number } {
    if (!vm || !EXECUTING_VM.has(String(vm.status)) || nic.linked === false || nic.plugged === false) return { rx: 0, tx: 0 };
    const scale = 50_000 + 2_000_000 * this.trait(nic.id, 'rate');
    return { rx: scale * (0.2 + this.noise(nic.id, 'rx')), tx: scale * 0.6 * (0.2 + this.noise(nic.id, 'tx')) };
  }

  vmNic(nic: Doc): Statistic[] {
    const vmId = refId(nic.vm) ?? this.core.store.parentOf('vm_nics', nic.id);
    const vm = vmId ? this.core.vm(vmId) : undefined;
    const { rx, tx } = this.vmNicRates(nic, vm);
    const started = Date.parse(String(vm?.start_time ?? ''));
    const age = Number.isFinite(started) ? Math.max(0, (this.core.now() - started) / 1000) : 0;
    return this.nicStats('nic', nic.id, rx > 0 || tx > 0, rx, tx, 10e9, age);
  }

  hostNic(nic: Doc): Statistic[] {
    const hostId = refId(nic.host) ?? this.core.store.parentOf('host_nics', nic.id);
    const host = hostId ? this.core.host(hostId) : undefined;
    const up = host?.status === 'up' || host?.status === 'preparing_for_maintenance';
    const nics = hostId ? this.core.store.list('host_nics', hostId) : [];
    // The host's VMs' traffic flows through its first NIC (ovirtmgmt) in this simple world.
    const carriesVms = nics[0]?.id === nic.id;
    let rx = 0;
    let tx = 0;
    if (up) {
      rx = 2_000 + 20_000 * this.noise(nic.id, 'rx');
      tx = 1_000 + 10_000 * this.noise(nic.id, 'tx');
      if (carriesVms && hostId) {
        for (const vm of vmsOnHost(this.core, hostId)) {
          for (const vnic of this.core.store.list('vm_nics', vm.id)) {
            const r = this.vmNicRates(vnic, vm);
            rx += r.tx;
            tx += r.rx;
          }
        }
      }
    }
    const speedBps = num(nic.speed, 1e9) || 1e9;
    const age = host ? (this.core.now() - this.bootTime(host)) / 1000 : 0;
    return this.nicStats('host_nic', nic.id, up && nic.status !== 'down', rx, tx, speedBps, age);
  }

  // ---- disks -------------------------------------------------------------------------------

  disk(disk: Doc): Statistic[] {
    const attached = this.core.store.list('vm_disk_attachments').filter((a) => (refId(a.disk) ?? a.id) === disk.id);
    const vm = attached.map((a) => this.core.vm(this.core.store.parentOf('vm_disk_attachments', a.id) ?? '')).find((v) => v && EXECUTING_VM.has(String(v.status)));
    const active = !!vm;
    const scale = 100_000 + 20_000_000 * this.trait(disk.id, 'io');
    const read = active ? scale * this.noise(disk.id, 'r') : 0;
    const write = active ? scale * 0.5 * this.noise(disk.id, 'w') : 0;
    const s = stat('disk', disk.id);
    return [
      s('data.current.read', 'Read data rate', 'gauge', 'decimal', 'bytes_per_second', read),
      s('data.current.write', 'Write data rate', 'gauge', 'decimal', 'bytes_per_second', write),
      s('data.current.read_ops', 'Read operations rate', 'gauge', 'decimal', 'count_per_second', read / 16_384),
      s('data.current.write_ops', 'Write operations rate', 'gauge', 'decimal', 'count_per_second', write / 16_384),
      s('disk.read.latency', 'Read latency', 'gauge', 'decimal', 'seconds', active ? 0.0004 + 0.004 * this.noise(disk.id, 'rl') : 0),
      s('disk.write.latency', 'Write latency', 'gauge', 'decimal', 'seconds', active ? 0.0006 + 0.006 * this.noise(disk.id, 'wl') : 0),
      s('disk.flush.latency', 'Flush latency', 'gauge', 'decimal', 'seconds', active ? 0.0002 + 0.002 * this.noise(disk.id, 'fl') : 0),
    ];
  }
}

function stat(owner: StatOwner, ownerId: string) {
  return (name: string, description: string, kind: StatKind, type: StatType, unit: StatUnit, value: number | string | number[]): Statistic => {
    const values = Array.isArray(value)
      ? value.map((v) => ({ datum: type === 'integer' ? Math.round(v) : round2(v) }))
      : type === 'string'
        ? [{ detail: String(value) }]
        : [{ datum: type === 'integer' ? Math.round(Number(value)) : round2(Number(value)) }];
    return { id: nameUuid(name), name, description, kind, type, unit, values, [owner]: { id: ownerId } } as Statistic;
  };
}
