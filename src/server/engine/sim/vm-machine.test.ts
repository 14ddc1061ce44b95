import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
beforeEach(() => {
  w = buildWorld();
});
afterEach(() => w.close());

const status = (id: string) => () => w.vm(id).status;

describe('VM start', () => {
  it('goes down → wait_for_launch → powering_up → up on the least loaded host, with events 153 then 32 and a job', () => {
    const result = w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    expect(result.status).toBe('complete');
    expect(w.vm(ids.vmDown).status).toBe('wait_for_launch');
    // host1 runs two 4 GiB VMs, host2 one: the scheduler picks host2.
    expect(w.vm(ids.vmDown).host).toEqual({ id: ids.host2 });
    expect(w.vm(ids.vmDown).start_time).toBe(new Date(w.clock.t).toISOString());
    expect(w.trace(status(ids.vmDown), 15_000)).toEqual(['wait_for_launch', 'powering_up', 'up']);
    expect(w.codes()).toEqual([153, 32]);
    const events = w.store.listEvents({ max: 2 });
    expect(events[0].description).toBe('VM vm-down started on Host host2');
    expect(events[0].correlation_id).toBe('test-corr');
    expect(events[0].vm).toEqual({ id: ids.vmDown });
    expect(events[0].host).toEqual({ id: ids.host2 });
    const job = w.store.get('jobs', result.job!.id, '')!;
    expect(job).toMatchObject({ status: 'finished', correlation_id: 'test-corr', description: 'Launching VM vm-down' });
    expect(job.end_time).toBeDefined();
    expect(w.store.list('job_steps', job.id)[0]).toMatchObject({ status: 'finished', type: 'executing' });
    expect(w.host(ids.host2).summary).toEqual({ active: 2, migrating: 0, total: 2 });
  });

  it('respects speed: at speed 50 the VM is up within 250 ms', () => {
    w.close();
    w = buildWorld({ speed: 50 });
    w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    w.advance(150, 10);
    expect(w.vm(ids.vmDown).status).toBe('powering_up');
    w.advance(60, 10);
    expect(w.vm(ids.vmDown).status).toBe('up');
  });

  it('with pause=true ends paused (event 1025), and start resumes it (event 40)', () => {
    w.sim.act('vm', ids.vmDown, 'start', { pause: true }, w.ctx);
    expect(w.trace(status(ids.vmDown), 5_000)).toEqual(['wait_for_launch', 'paused']);
    w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    expect(w.vm(ids.vmDown).status).toBe('up');
    expect(w.codes()).toEqual([179, 1025, 40]);
  });

  it('resumes a suspended VM through restoring_state', () => {
    w.sim.act('vm', ids.vmSuspended, 'start', {}, w.ctx);
    expect(w.trace(status(ids.vmSuspended), 8_000)).toEqual(['restoring_state', 'up']);
    expect(w.codes()).toEqual([153, 32]);
  });

  it('is refused without an up host in the cluster', () => {
    w.store.update('hosts', ids.host1, { status: 'maintenance' });
    w.store.update('hosts', ids.host2, { status: 'maintenance' });
    expect(() => w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx)).toThrow(/There are no available running Hosts in the Cluster/);
    expect(w.vm(ids.vmDown).status).toBe('down');
  });
});

describe('VM power down', () => {
  it('shutdown: up → powering_down → down, events 73 then 61, host released', () => {
    w.sim.act('vm', ids.vmUp, 'shutdown', {}, w.ctx);
    expect(w.trace(status(ids.vmUp), 10_000)).toEqual(['powering_down', 'down']);
    expect(w.codes()).toEqual([73, 61]);
    expect(w.vm(ids.vmUp).host).toBeUndefined();
    expect(w.vm(ids.vmUp).stop_time).toBeDefined();
  });

  it('stop: → down at once with events 33 and 61, stop reason kept', () => {
    w.sim.act('vm', ids.vmUp, 'stop', { reason: 'patching' }, w.ctx);
    expect(w.vm(ids.vmUp)).toMatchObject({ status: 'down', stop_reason: 'patching' });
    expect(w.codes()).toEqual([33, 61]);
    expect(w.store.listEvents({ max: 2 })[1].description).toBe('VM vm-up powered off by admin@internal (Host: host1) (Reason: patching).');
  });

  it('stop overtakes a start in progress', () => {
    w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    w.advance(3_000);
    w.sim.act('vm', ids.vmDown, 'stop', {}, w.ctx);
    w.advance(20_000);
    expect(w.vm(ids.vmDown).status).toBe('down');
  });

  it('stopping a suspended VM clears its saved state (event 111)', () => {
    w.sim.act('vm', ids.vmSuspended, 'stop', {}, w.ctx);
    expect(w.vm(ids.vmSuspended).status).toBe('down');
    expect(w.codes()).toEqual([111]);
  });
});

describe('VM reboot, reset and suspend', () => {
  it('reboot: up → reboot_in_progress → up, event 157', () => {
    w.sim.act('vm', ids.vmUp, 'reboot', {}, w.ctx);
    expect(w.trace(status(ids.vmUp), 8_000)).toEqual(['reboot_in_progress', 'up']);
    expect(w.codes()).toEqual([157]);
  });

  it('reset: event 221', () => {
    w.sim.act('vm', ids.vmUp, 'reset', {}, w.ctx);
    expect(w.trace(status(ids.vmUp), 8_000)).toEqual(['reboot_in_progress', 'up']);
    expect(w.codes()).toEqual([221]);
  });

  it('suspend: up → saving_state → suspended, events 501 then 503, host released', () => {
    w.sim.act('vm', ids.vmUp, 'suspend', {}, w.ctx);
    expect(w.trace(status(ids.vmUp), 8_000)).toEqual(['saving_state', 'suspended']);
    expect(w.codes()).toEqual([501, 503]);
    expect(w.vm(ids.vmUp).host).toBeUndefined();
  });
});

describe('VM migration', () => {
  it('migrates to the scheduler’s choice: up → migrating → up on the other host, progress moves, events 62 and 63', () => {
    w.sim.act('vm', ids.vmUp, 'migrate', {}, w.ctx);
    expect(w.vm(ids.vmUp).status).toBe('migrating');
    const progress = () => w.sim.statistics('vm', w.vm(ids.vmUp)).find((s) => s.name === 'migration.progress')!.values[0].datum!;
    expect(progress()).toBe(0);
    w.advance(5_000);
    expect(progress()).toBeGreaterThan(30);
    expect(progress()).toBeLessThan(70);
    w.advance(6_000);
    expect(w.vm(ids.vmUp)).toMatchObject({ status: 'up', host: { id: ids.host2 } });
    expect(w.codes()).toEqual([62, 63]);
    expect(w.host(ids.host1).summary).toMatchObject({ active: 1 });
  });

  it('honours an explicit destination given by name, and refuses the source host', () => {
    expect(() => w.sim.act('vm', ids.vmUp, 'migrate', { host: { id: ids.host1 } }, w.ctx)).toThrow(/same as the source host/);
    expect(() => w.sim.act('vm', ids.vmUp, 'migrate', { host: { name: 'host3' } }, w.ctx)).toThrow(/Destination host is not Up/);
    w.sim.act('vm', ids.vmUp, 'migrate', { host: { name: 'host2' } }, w.ctx);
    w.advance(11_000);
    expect(w.vm(ids.vmUp).host).toEqual({ id: ids.host2 });
  });

  it('cancelmigration keeps the VM on its source (event 161)', () => {
    w.sim.act('vm', ids.vmUp, 'migrate', {}, w.ctx);
    w.advance(2_000);
    w.sim.act('vm', ids.vmUp, 'cancelmigration', {}, w.ctx);
    w.advance(20_000);
    expect(w.vm(ids.vmUp)).toMatchObject({ status: 'up', host: { id: ids.host1 } });
    expect(w.codes()).toEqual([62, 161]);
  });
});

describe('VM ticket and pools', () => {
  it('ticket returns a value and an expiry (event 164)', () => {
    const r = w.sim.act('vm', ids.vmUp, 'ticket', { ticket: { expiry: 300 } }, w.ctx);
    const ticket = r.extra?.ticket as { value: string; expiry: number };
    expect(ticket.expiry).toBe(300);
    expect(ticket.value).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(w.codes()).toEqual([164]);
  });

  it('an unknown VM is a 404', () => {
    expect(() => w.sim.act('vm', 'nope', 'start', {}, w.ctx)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
