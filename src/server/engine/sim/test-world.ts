/**
 * A small data center for the simulator's tests, in a real Store in a temp dir, with a fake
 * clock: one DC, one cluster, three hosts (two up, one in maintenance), a master data domain,
 * a template with a disk, VMs in several states. `advance(ms)` moves the clock and ticks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store, type Doc } from '../store/store.ts';
import { Simulator } from './simulator.ts';
import type { ActionCtx, SimOptions } from './core.ts';

export const GiB = 1024 ** 3;
export const ids = {
  dc: 'dc-1',
  cluster: 'cl-1',
  host1: 'h-1',
  host2: 'h-2',
  host3: 'h-3',
  sdData: 'sd-data',
  sdData2: 'sd-data2',
  sdIso: 'sd-iso',
  template: 'tpl-1',
  tplDisk: 'tpl-disk-1',
  vmDown: 'vm-down',
  vmUp: 'vm-up',
  vmHa: 'vm-ha',
  vmSuspended: 'vm-suspended',
  vmPaused: 'vm-paused',
  vmLocked: 'vm-locked',
};

export interface TestWorld {
  store: Store;
  sim: Simulator;
  clock: { t: number };
  ctx: ActionCtx;
  advance(ms: number, stepMs?: number): void;
  /** Advances `ms` in steps, returning each distinct value `read` gave (the first one included). */
  trace(read: () => unknown, ms: number, stepMs?: number): unknown[];
  vm(id: string): Doc;
  host(id: string): Doc;
  close(): void;
  /** every event code since the world was built, oldest first */
  codes(): number[];
}

export function buildWorld(opts: Partial<SimOptions> = {}): TestWorld {
  const dir = mkdtempSync(join(tmpdir(), 'vantage-sim-'));
  const store = Store.open(join(dir, 'engine.db'));
  const clock = { t: Date.UTC(2026, 0, 1, 12) };
  seedSmallWorld(store, clock.t);
  const baseIndex = store.lastEventIndex();
  const sim = new Simulator(store, { speed: 1, seed: 7, faults: false, now: () => clock.t, ...opts });
  const ctx: ActionCtx = { correlationId: 'test-corr', user: { id: 'u-1', name: 'admin@internal' } };
  return {
    store,
    sim,
    clock,
    ctx,
    advance(ms, stepMs = 250) {
      const end = clock.t + ms;
      while (clock.t < end) {
        clock.t = Math.min(end, clock.t + stepMs);
        sim.tick();
      }
    },
    trace(read, ms, stepMs = 250) {
      const seen = [read()];
      const end = clock.t + ms;
      while (clock.t < end) {
        clock.t += stepMs;
        sim.tick();
        const v = read();
        if (v !== seen[seen.length - 1]) seen.push(v);
      }
      return seen;
    },
    vm: (id) => store.get('vms', id, '')!,
    host: (id) => store.get('hosts', id, '')!,
    close() {
      sim.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
    codes: () => store.listEvents({ from: baseIndex }).map((e) => e.code).reverse(),
  };
}

export function seedSmallWorld(store: Store, now: number): void {
  const iso = (ms: number) => new Date(ms).toISOString();
  store.transaction(() => {
    store.insert('data_centers', { id: ids.dc, name: 'Default', status: 'up', local: false, version: { major: 4, minor: 7 } });
    store.insert('clusters', { id: ids.cluster, name: 'Default', data_center: { id: ids.dc } });
    const host = (id: string, name: string, status: string, spm: string) =>
      store.insert('hosts', {
        id, name, address: `${name}.example.com`, status, memory: 64 * GiB, cluster: { id: ids.cluster }, spm: { priority: 5, status: spm },
        cpu: { topology: { sockets: 2, cores: 8, threads: 2 } }, power_management: { enabled: id === ids.host2 }, summary: { active: 0, migrating: 0, total: 0 },
      });
    host(ids.host1, 'host1', 'up', 'spm');
    host(ids.host2, 'host2', 'up', 'none');
    host(ids.host3, 'host3', 'maintenance', 'none');
    store.insert('host_nics', { id: 'hn-1', name: 'eno1', status: 'up', speed: 1e9, host: { id: ids.host1 } }, ids.host1);
    const sd = (id: string, name: string, type: string, master: boolean, status: string) => {
      store.insert('storage_domains', { id, name, type, master, available: 900 * GiB, used: 100 * GiB, warning_low_space_indicator: 10, data_centers: [{ id: ids.dc }] });
      store.insert('attached_storage_domains', { id, status, master }, ids.dc);
    };
    sd(ids.sdData, 'data', 'data', true, 'active');
    sd(ids.sdData2, 'data2', 'data', false, 'maintenance');
    sd(ids.sdIso, 'iso', 'iso', false, 'active');
    store.insert('storage_domains', { id: 'sd-free', name: 'spare', type: 'data', status: 'unattached', available: 100 * GiB, used: 0 });
    store.insert('templates', { id: '00000000-0000-0000-0000-000000000000', name: 'Blank', status: 'ok' });
    store.insert('templates', { id: ids.template, name: 'rhel9', status: 'ok', memory: 2 * GiB, cluster: { id: ids.cluster } });
    store.insert('disks', { id: ids.tplDisk, name: 'rhel9_Disk1', alias: 'rhel9_Disk1', status: 'ok', provisioned_size: 20 * GiB, storage_domains: [{ id: ids.sdData }] });
    store.insert('template_disk_attachments', { id: ids.tplDisk, disk: { id: ids.tplDisk }, bootable: true, interface: 'virtio_scsi' }, ids.template);
    const vm = (id: string, status: string, hostId?: string, extra: Record<string, unknown> = {}) => {
      store.insert('vms', {
        id, name: id, status, memory: 4 * GiB, cpu: { topology: { sockets: 2, cores: 1, threads: 1 } }, cluster: { id: ids.cluster },
        template: { id: ids.template }, high_availability: { enabled: false, priority: 0 }, display: { type: 'vnc', monitors: 1 },
        ...(hostId ? { host: { id: hostId }, start_time: iso(now - 3_600_000) } : {}), ...extra,
      });
      store.insert('vm_nics', { id: `${id}-nic1`, name: 'nic1', linked: true, plugged: true, vm: { id } }, id);
      store.insert('disks', { id: `${id}-disk1`, name: `${id}_Disk1`, status: 'ok', storage_domains: [{ id: ids.sdData }] });
      store.insert('vm_disk_attachments', { id: `${id}-disk1`, disk: { id: `${id}-disk1` }, bootable: true }, id);
    };
    vm(ids.vmDown, 'down');
    vm(ids.vmUp, 'up', ids.host1);
    vm(ids.vmHa, 'up', ids.host1, { high_availability: { enabled: true, priority: 1 } });
    vm(ids.vmSuspended, 'suspended');
    vm(ids.vmPaused, 'paused', ids.host2);
    vm(ids.vmLocked, 'image_locked');
  });
}
