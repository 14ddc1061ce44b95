/**
 * Computed statistics of hosts and VMs (api-reference §9): engine names, units and kinds, ids
 * derived from the name like Java's UUID.nameUUIDFromBytes so they stay stable across reads.
 * Values are a plausible function of the object's state; the simulator may later store its own.
 */
import { createHash } from 'node:crypto';
import type { Doc } from '../store/store.ts';

type Kind = 'gauge' | 'counter';
type Unit = 'bytes' | 'percent' | 'seconds' | 'none' | 'bits_per_second' | 'bytes_per_second' | 'count_per_second';
/** the statistic member that points back at the measured object */
type Owner = 'vm' | 'host' | 'nic' | 'host_nic' | 'disk';
type ValueType = 'integer' | 'decimal' | 'string';

/** Java UUID.nameUUIDFromBytes: MD5 of the bytes, version 3, IETF variant. */
export function nameUuid(name: string): string {
  const b = createHash('md5').update(name, 'utf8').digest();
  b[6] = (b[6] & 0x0f) | 0x30;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Doubles are rounded to 2 significant digits like the engine; integers stay exact. */
function round2(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Number(x.toPrecision(2));
}

function stat(owner: Owner, ownerId: string, name: string, description: string, kind: Kind, type: ValueType, unit: Unit, value: number | string): Doc {
  const datum = type === 'string' ? undefined : type === 'integer' ? Math.round(Number(value)) : round2(Number(value));
  return {
    id: nameUuid(name),
    name,
    description,
    kind,
    type,
    unit,
    values: [type === 'string' ? { detail: String(value) } : { datum }],
    [owner]: { id: ownerId },
  };
}

const num = (v: unknown, dflt: number) => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : dflt);

/** A stable pseudo-random fraction per object so different VMs show different loads. */
function spread(id: string, salt: string): number {
  return createHash('md5').update(id + salt).digest()[0] / 255;
}

export function vmStatistics(vm: Doc): Doc[] {
  const running = ['up', 'powering_up', 'powering_down', 'reboot_in_progress', 'migrating', 'paused'].includes(String(vm.status));
  const installed = num(vm.memory, 1024 ** 3);
  const used = running ? Math.round(installed * (0.2 + 0.5 * spread(vm.id, 'mem'))) : 0;
  const cpu = running ? 2 + 60 * spread(vm.id, 'cpu') : 0;
  const started = vm.start_time ? new Date(String(vm.start_time)).getTime() : NaN;
  const elapsed = running && Number.isFinite(started) ? Math.max(0, (Date.now() - started) / 1000) : 0;
  const s = (name: string, d: string, k: Kind, t: ValueType, u: Unit, v: number | string) => stat('vm', vm.id, name, d, k, t, u, v);
  return [
    s('memory.installed', 'Total memory configured', 'gauge', 'integer', 'bytes', installed),
    s('memory.used', 'Memory used (agent)', 'gauge', 'integer', 'bytes', used),
    s('memory.free', 'Memory free (agent)', 'gauge', 'integer', 'bytes', running ? installed - used : 0),
    s('memory.buffered', 'Memory buffered (agent)', 'gauge', 'integer', 'bytes', running ? Math.round(used * 0.05) : 0),
    s('memory.cached', 'Memory cached (agent)', 'gauge', 'integer', 'bytes', running ? Math.round(used * 0.2) : 0),
    s('memory.unused', 'Memory unused (agent)', 'gauge', 'integer', 'bytes', running ? installed - used : 0),
    s('cpu.current.guest', 'CPU used by guest', 'gauge', 'decimal', 'percent', cpu),
    s('cpu.current.hypervisor', 'CPU overhead', 'gauge', 'decimal', 'percent', running ? 1 : 0),
    s('cpu.current.total', 'Total CPU used', 'gauge', 'decimal', 'percent', running ? cpu + 1 : 0),
    s('network.current.total', 'Total network used', 'gauge', 'decimal', 'percent', running ? 5 * spread(vm.id, 'net') : 0),
    s('migration.progress', 'Migration Progress', 'gauge', 'decimal', 'percent', 0),
    s('elapsed.time', 'Elapsed VM runtime', 'counter', 'integer', 'seconds', elapsed),
    s('disks.usage', 'Disk usage (agent)', 'gauge', 'string', 'none', running ? '[]' : ''),
  ];
}

export function hostStatistics(host: Doc): Doc[] {
  const up = String(host.status) === 'up';
  const total = num(host.memory, 64 * 1024 ** 3);
  const used = up ? Math.round(total * (0.15 + 0.5 * spread(host.id, 'mem'))) : 0;
  const swap = 8 * 1024 ** 3;
  const user = up ? 3 + 40 * spread(host.id, 'cpu') : 0;
  const system = up ? 1 + 5 * spread(host.id, 'sys') : 0;
  const boot = num(host.boot_time, 0) || Math.floor(Date.now() / 1000) - 86400 * 7;
  const s = (name: string, d: string, k: Kind, t: ValueType, u: Unit, v: number | string) => stat('host', host.id, name, d, k, t, u, v);
  return [
    s('memory.total', 'Total memory', 'gauge', 'integer', 'bytes', total),
    s('memory.used', 'Used memory', 'gauge', 'integer', 'bytes', used),
    s('memory.free', 'Free memory', 'gauge', 'integer', 'bytes', up ? total - used : 0),
    s('memory.shared', 'Shared memory', 'gauge', 'integer', 'bytes', 0),
    s('swap.total', 'Total swap', 'gauge', 'integer', 'bytes', swap),
    s('swap.free', 'Free swap', 'gauge', 'integer', 'bytes', swap),
    s('swap.used', 'Used swap', 'gauge', 'integer', 'bytes', 0),
    s('ksm.cpu.current', 'KSM CPU usage', 'gauge', 'decimal', 'percent', 0),
    s('cpu.current.user', 'User CPU usage', 'gauge', 'decimal', 'percent', user),
    s('cpu.current.system', 'System CPU usage', 'gauge', 'decimal', 'percent', system),
    s('cpu.current.idle', 'Idle CPU usage', 'gauge', 'decimal', 'percent', up ? 100 - user - system : 0),
    s('cpu.load.avg.5m', 'CPU 5 minute load average', 'gauge', 'decimal', 'percent', up ? user / 25 : 0),
    s('boot.time', 'Boot time', 'gauge', 'integer', 'none', boot),
  ];
}

/** NIC traffic (§9), for VM NICs (`nic`) and host NICs (`host_nic`). */
export function nicStatistics(nic: Doc, owner: 'nic' | 'host_nic', active: boolean): Doc[] {
  const on = active && nic.linked !== false && nic.status !== 'down';
  const rx = on ? 20_000 + 2_000_000 * spread(nic.id, 'rx') : 0;
  const tx = on ? 10_000 + 1_000_000 * spread(nic.id, 'tx') : 0;
  const s = (name: string, d: string, k: Kind, t: ValueType, u: Unit, v: number) => stat(owner, nic.id, name, d, k, t, u, v);
  return [
    s('data.current.rx', 'Receive data rate', 'gauge', 'decimal', 'bytes_per_second', rx),
    s('data.current.tx', 'Transmit data rate', 'gauge', 'decimal', 'bytes_per_second', tx),
    s('data.current.rx.bps', 'Receive data rate', 'gauge', 'decimal', 'bits_per_second', rx * 8),
    s('data.current.tx.bps', 'Transmit data rate', 'gauge', 'decimal', 'bits_per_second', tx * 8),
    s('data.total.rx', 'Total received data', 'counter', 'integer', 'bytes', on ? Math.round(rx * 86_400) : 0),
    s('data.total.tx', 'Total transmitted data', 'counter', 'integer', 'bytes', on ? Math.round(tx * 86_400) : 0),
    s('errors.total.rx', 'Total receive errors', 'counter', 'integer', 'none', 0),
    s('errors.total.tx', 'Total transmit errors', 'counter', 'integer', 'none', 0),
  ];
}

/** Disk I/O (§9). */
export function diskStatistics(disk: Doc, active: boolean): Doc[] {
  const read = active ? 50_000 + 5_000_000 * spread(disk.id, 'r') : 0;
  const write = active ? 20_000 + 2_000_000 * spread(disk.id, 'w') : 0;
  const s = (name: string, d: string, k: Kind, t: ValueType, u: Unit, v: number) => stat('disk', disk.id, name, d, k, t, u, v);
  return [
    s('data.current.read', 'Read data rate', 'gauge', 'decimal', 'bytes_per_second', read),
    s('data.current.write', 'Write data rate', 'gauge', 'decimal', 'bytes_per_second', write),
    s('data.current.read_ops', 'Read operations rate', 'gauge', 'decimal', 'count_per_second', read / 4096),
    s('data.current.write_ops', 'Write operations rate', 'gauge', 'decimal', 'count_per_second', write / 4096),
    s('disk.read.latency', 'Read latency', 'gauge', 'decimal', 'seconds', active ? 0.001 : 0),
    s('disk.write.latency', 'Write latency', 'gauge', 'decimal', 'seconds', active ? 0.002 : 0),
    s('disk.flush.latency', 'Flush latency', 'gauge', 'decimal', 'seconds', active ? 0.0005 : 0),
  ];
}
