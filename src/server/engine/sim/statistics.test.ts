import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nameUuid, round2, type Statistic } from './statistics.ts';
import { Simulator } from './simulator.ts';
import { buildWorld, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
beforeEach(() => {
  w = buildWorld();
});
afterEach(() => w.close());

const datum = (stats: Statistic[], name: string) => {
  const s = stats.find((x) => x.name === name);
  if (!s) throw new Error(`no statistic ${name}`);
  return s.values[0]?.datum as number;
};

describe('statistic shapes', () => {
  it('ids are Java UUID.nameUUIDFromBytes of the name', () => {
    // Known value: UUID.nameUUIDFromBytes("memory.used".getBytes()) as the engine prints it.
    expect(nameUuid('memory.used')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('')).toBe('d41d8cd9-8f00-3204-a980-0998ecf8427e');
  });

  it('doubles keep two significant digits', () => {
    expect(round2(45.67)).toBe(46);
    expect(round2(0.08123)).toBe(0.081);
    expect(round2(1234.5)).toBe(1200);
  });

  it('VM statistics carry the engine names, kinds, types and units', () => {
    const stats = w.sim.statistics('vm', w.vm(ids.vmUp));
    const by = Object.fromEntries(stats.map((s) => [s.name, s]));
    for (const n of ['memory.installed', 'memory.used', 'memory.free', 'memory.buffered', 'memory.cached', 'memory.unused', 'cpu.current.guest', 'cpu.current.hypervisor', 'cpu.current.total', 'network.current.total', 'migration.progress', 'elapsed.time', 'cpu.usage.history', 'memory.usage.history', 'network.usage.history', 'disks.usage']) {
      expect(by[n], n).toBeDefined();
    }
    expect(by['memory.installed']).toMatchObject({ kind: 'gauge', type: 'integer', unit: 'bytes', vm: { id: ids.vmUp }, values: [{ datum: 4 * 1024 ** 3 }] });
    expect(by['elapsed.time']).toMatchObject({ kind: 'counter', type: 'integer', unit: 'seconds', values: [{ datum: 3600 }] });
    expect(by['cpu.current.guest']).toMatchObject({ kind: 'gauge', type: 'decimal', unit: 'percent' });
    expect(by['disks.usage'].values[0].detail).toMatch(/^\[\{"path":"\/"/);
    // 1 h of uptime at 30 s steps, capped at 40 values, newest first.
    expect(by['cpu.usage.history'].values).toHaveLength(40);
    expect(by['cpu.usage.history'].values[0].datum).toBe(Math.round(datum(stats, 'cpu.current.guest')));
    const used = datum(stats, 'memory.used');
    expect(used + datum(stats, 'memory.free')).toBe(4 * 1024 ** 3);
  });

  it('a down VM reports no activity', () => {
    const stats = w.sim.statistics('vm', w.vm(ids.vmDown));
    expect(datum(stats, 'cpu.current.total')).toBe(0);
    expect(datum(stats, 'memory.used')).toBe(0);
    expect(datum(stats, 'elapsed.time')).toBe(0);
  });

  it('host statistics follow the recorded engine shape', () => {
    const stats = w.sim.statistics('host', w.host(ids.host1));
    expect(stats.map((s) => s.name)).toEqual([
      'memory.total', 'memory.used', 'memory.free', 'memory.shared', 'memory.buffers', 'memory.cached', 'swap.total', 'swap.free', 'swap.used',
      'swap.cached', 'ksm.cpu.current', 'cpu.current.user', 'cpu.current.system', 'cpu.current.idle', 'cpu.load.avg.5m', 'boot.time',
      'hugepages.1048576.free', 'hugepages.2048.free',
    ]);
    const total = datum(stats, 'memory.total');
    expect(datum(stats, 'memory.used') + datum(stats, 'memory.free')).toBe(total);
    const cpu = datum(stats, 'cpu.current.user') + datum(stats, 'cpu.current.system') + datum(stats, 'cpu.current.idle');
    expect(cpu).toBeGreaterThan(95);
    expect(cpu).toBeLessThan(105);
    expect(stats.find((s) => s.name === 'boot.time')).toMatchObject({ unit: 'none', type: 'integer' });
  });
});

describe('statistics over time', () => {
  it('gauges move while counters only grow', () => {
    const nic = w.store.get('vm_nics', `${ids.vmUp}-nic1`, ids.vmUp)!;
    const cpus = new Set<number>();
    let lastRx = -1;
    let lastElapsed = -1;
    let lastHostRx = -1;
    const hostNic = w.store.get('host_nics', 'hn-1', ids.host1)!;
    for (let i = 0; i < 40; i++) {
      w.advance(5_000, 5_000);
      cpus.add(datum(w.sim.statistics('vm', w.vm(ids.vmUp)), 'cpu.current.guest'));
      const rx = datum(w.sim.statistics('vm_nic', nic), 'data.total.rx');
      expect(rx).toBeGreaterThanOrEqual(lastRx);
      lastRx = rx;
      const elapsed = datum(w.sim.statistics('vm', w.vm(ids.vmUp)), 'elapsed.time');
      expect(elapsed).toBeGreaterThan(lastElapsed);
      lastElapsed = elapsed;
      const hrx = datum(w.sim.statistics('host_nic', hostNic), 'data.total.rx');
      expect(hrx).toBeGreaterThanOrEqual(lastHostRx);
      lastHostRx = hrx;
    }
    expect(cpus.size).toBeGreaterThan(5);
    expect(lastRx).toBeGreaterThan(0);
    const nicStats = w.sim.statistics('vm_nic', nic);
    expect(nicStats.find((s) => s.name === 'data.total.rx')).toMatchObject({ kind: 'counter', unit: 'bytes', nic: { id: nic.id } });
    expect(nicStats.find((s) => s.name === 'data.current.rx.bps')).toMatchObject({ kind: 'gauge', unit: 'bits_per_second' });
  });

  it('a stopped VM’s NIC counters stand still', () => {
    const nic = w.store.get('vm_nics', `${ids.vmUp}-nic1`, ids.vmUp)!;
    w.advance(10_000);
    w.sim.statistics('vm_nic', nic);
    w.sim.act('vm', ids.vmUp, 'stop', {}, w.ctx);
    const at = datum(w.sim.statistics('vm_nic', nic), 'data.total.tx');
    w.advance(60_000);
    expect(datum(w.sim.statistics('vm_nic', nic), 'data.total.tx')).toBe(at);
    expect(datum(w.sim.statistics('vm_nic', nic), 'data.current.tx')).toBe(0);
  });

  it('running VMs drive their host’s memory and CPU', () => {
    const before = w.sim.statistics('host', w.host(ids.host2));
    for (const vm of [ids.vmDown, ids.vmSuspended]) w.sim.act('vm', vm, 'start', {}, w.ctx);
    w.advance(1_000);
    const after = w.sim.statistics('host', w.host(ids.host2));
    expect(datum(after, 'memory.used')).toBeGreaterThan(datum(before, 'memory.used') + 1024 ** 3);
    // host3 (maintenance, no VMs) stays nearly idle
    expect(datum(w.sim.statistics('host', w.host(ids.host3)), 'cpu.current.user')).toBeLessThan(3);
  });

  it('disks of running VMs show I/O, others none', () => {
    const running = w.sim.statistics('disk', w.store.get('disks', `${ids.vmUp}-disk1`, '')!);
    const idle = w.sim.statistics('disk', w.store.get('disks', `${ids.vmDown}-disk1`, '')!);
    expect(running.map((s) => s.name)).toEqual(['data.current.read', 'data.current.write', 'data.current.read_ops', 'data.current.write_ops', 'disk.read.latency', 'disk.write.latency', 'disk.flush.latency']);
    expect(datum(running, 'disk.read.latency')).toBeGreaterThan(0);
    expect(datum(idle, 'data.current.read')).toBe(0);
  });

  it('counters survive a restart of the simulator without going back', () => {
    const nic = w.store.get('vm_nics', `${ids.vmUp}-nic1`, ids.vmUp)!;
    w.sim.statistics('vm_nic', nic);
    w.advance(120_000, 5_000);
    const before = datum(w.sim.statistics('vm_nic', nic), 'data.total.rx');
    w.sim.saveState();
    const again = new Simulator(w.store, { speed: 1, seed: 7, faults: false, now: () => w.clock.t });
    again.loadState();
    expect(datum(again.statistics('vm_nic', nic), 'data.total.rx')).toBe(before);
    w.clock.t += 10_000;
    expect(datum(again.statistics('vm_nic', nic), 'data.total.rx')).toBeGreaterThan(before);
  });
});
