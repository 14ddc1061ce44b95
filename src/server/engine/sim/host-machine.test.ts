import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
beforeEach(() => {
  w = buildWorld();
});
afterEach(() => w.close());

describe('host maintenance', () => {
  it('deactivate: up → preparing_for_maintenance while its VMs migrate away → maintenance; events 620, 62, 63, 15', () => {
    const r = w.sim.act('host', ids.host1, 'deactivate', {}, w.ctx);
    expect(w.vm(ids.vmUp).status).toBe('migrating');
    expect(w.trace(() => w.host(ids.host1).status, 20_000)).toEqual(['preparing_for_maintenance', 'maintenance']);
    expect(w.vm(ids.vmUp)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
    expect(w.vm(ids.vmHa)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
    const codes = w.codes();
    expect(codes[0]).toBe(620);
    expect(codes.filter((c) => c === 62)).toHaveLength(2);
    expect(codes.filter((c) => c === 63)).toHaveLength(2);
    expect(codes.slice(-2)).toEqual([15, 204]); // maintenance, then the SPM moves to host2
    expect(w.store.get('jobs', r.job!.id, '')?.status).toBe('finished');
    expect(w.host(ids.host1).summary).toEqual({ active: 0, migrating: 0, total: 0 });
  });

  it('a non responsive host reaches maintenance although its VMs are unknown', () => {
    w.store.update('hosts', ids.host1, { status: 'non_responsive' });
    w.store.update('vms', ids.vmUp, { status: 'unknown' });
    w.store.update('vms', ids.vmHa, { status: 'unknown' });
    w.sim.act('host', ids.host1, 'deactivate', {}, w.ctx);
    w.advance(5_000);
    expect(w.host(ids.host1).status).toBe('maintenance');
    expect(w.vm(ids.vmUp).status).toBe('down');
    w.advance(20_000);
    expect(w.vm(ids.vmHa)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
  });

  it('VMs that come up during preparation are migrated too', () => {
    w.store.update('vms', ids.vmUp, { status: 'powering_down' });
    w.sim.act('host', ids.host1, 'deactivate', {}, w.ctx);
    w.store.update('vms', ids.vmUp, { status: 'up' });
    w.advance(30_000);
    expect(w.host(ids.host1).status).toBe('maintenance');
    expect(w.vm(ids.vmUp).host).toEqual({ id: ids.host2 });
  });

  it('with a reason logs event 600 carrying it', () => {
    w.sim.act('host', ids.host1, 'deactivate', { reason: 'BIOS update' }, w.ctx);
    expect(w.store.listEvents({ max: 10 }).find((e) => e.code === 600)?.description).toBe(
      'Host host1 was switched to Maintenance mode by admin@internal (Reason: BIOS update).',
    );
  });

  it('moves the SPM role to another up host', () => {
    w.sim.act('host', ids.host1, 'deactivate', {}, w.ctx);
    w.advance(20_000);
    expect(w.host(ids.host1).spm).toMatchObject({ status: 'none' });
    expect(w.host(ids.host2).spm).toMatchObject({ status: 'spm' });
    expect(w.codes()).toContain(204);
  });

  it('refuses maintenance when its VMs have nowhere to go', () => {
    w.store.update('hosts', ids.host2, { status: 'maintenance' });
    expect(() => w.sim.act('host', ids.host1, 'deactivate', {}, w.ctx)).toThrow(/no available hosts/);
    expect(w.host(ids.host1).status).toBe('up');
  });

  it('activate: maintenance → unassigned → up; events 16 then 13', () => {
    w.sim.act('host', ids.host3, 'activate', {}, w.ctx);
    expect(w.trace(() => w.host(ids.host3).status, 6_000)).toEqual(['unassigned', 'up']);
    expect(w.codes()).toEqual([16, 13]);
  });
});

describe('host install', () => {
  it('install: maintenance → installing → initializing → up; events 509, 504, 13', () => {
    w.sim.act('host', ids.host3, 'install', {}, w.ctx);
    expect(w.trace(() => w.host(ids.host3).status, 15_000)).toEqual(['installing', 'initializing', 'up']);
    expect(w.codes()).toEqual([509, 504, 13]);
  });

  it('install with activate=false lands in maintenance', () => {
    w.sim.act('host', ids.host3, 'install', { activate: false }, w.ctx);
    expect(w.trace(() => w.host(ids.host3).status, 15_000)).toEqual(['installing', 'maintenance']);
  });

  it('approve: pending_approval → installing → … → up, event 498 first', () => {
    w.store.update('hosts', ids.host3, { status: 'pending_approval' });
    w.sim.act('host', ids.host3, 'approve', {}, w.ctx);
    expect(w.trace(() => w.host(ids.host3).status, 15_000)).toEqual(['installing', 'initializing', 'up']);
    expect(w.codes()[0]).toBe(498);
  });

  it('a newly added host installs and comes up (events 42, 509, 504, 13)', () => {
    const host = w.store.insert('hosts', { name: 'host9', address: 'host9.example.com', status: 'installing', cluster: { id: ids.cluster } });
    w.sim.onCreate('host', host, w.ctx);
    expect(w.trace(() => w.host(host.id).status, 15_000)).toEqual(['installing', 'initializing', 'up']);
    expect(w.codes()).toEqual([42, 509, 504, 13]);
  });
});

describe('fencing and refresh', () => {
  it('status reports the power state', () => {
    const r = w.sim.act('host', ids.host2, 'fence', { fence_type: 'status' }, w.ctx);
    expect(r.extra).toEqual({ power_management: { status: 'on' } });
  });

  it('restart: its VMs go down, the host reboots and comes back up (event 41)', () => {
    w.sim.act('host', ids.host2, 'fence', { fence_type: 'restart' }, w.ctx);
    expect(w.vm(ids.vmPaused).status).toBe('down');
    expect(w.trace(() => w.host(ids.host2).status, 10_000)).toEqual(['reboot', 'up']);
    expect(w.codes()).toContain(41);
  });

  it('stop: host down with its VMs; start brings it back', () => {
    w.sim.act('host', ids.host2, 'fence', { fence_type: 'stop' }, w.ctx);
    expect(w.host(ids.host2).status).toBe('down');
    expect(w.sim.act('host', ids.host2, 'fence', { fence_type: 'status' }, w.ctx).extra).toEqual({ power_management: { status: 'off' } });
    w.sim.act('host', ids.host2, 'fence', { fence_type: 'start' }, w.ctx);
    expect(w.trace(() => w.host(ids.host2).status, 10_000)).toEqual(['reboot', 'up']);
    expect(w.codes()).toEqual(expect.arrayContaining([21, 20]));
  });

  it('manual fence (no power management needed) confirms a non responsive host is down; HA VMs restart elsewhere', () => {
    w.store.update('hosts', ids.host1, { status: 'non_responsive' });
    w.sim.act('host', ids.host1, 'fence', { fence_type: 'manual' }, w.ctx);
    expect(w.host(ids.host1).status).toBe('down');
    expect(w.vm(ids.vmUp).status).toBe('down');
    w.advance(20_000);
    expect(w.vm(ids.vmHa)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
    expect(w.codes()).toContain(9602);
  });

  it('refresh logs event 606', () => {
    expect(w.sim.act('host', ids.host1, 'refresh', {}, w.ctx).status).toBe('complete');
    expect(w.codes()).toEqual([606]);
  });
});
