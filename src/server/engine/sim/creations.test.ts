/**
 * The tasks of an asynchronous creation over a fake clock: pending before any time passed, in
 * progress while its steps wait, complete once they ran, failed when the object ended illegal;
 * ids from an earlier run answer from the object's own lock. Also the coalescing of derived
 * work while a batch of steps runs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Creations } from './creations.ts';
import { buildWorld, GiB, ids, type TestWorld } from './test-world.ts';

let w: TestWorld;
let creations: Creations;
beforeEach(() => {
  w = buildWorld();
  creations = new Creations(w.sim.core);
});
afterEach(() => w.close());

function addDisk(name: string): { id: string; taskIds: string[] } {
  const mark = w.sim.core.mark();
  const disk = w.store.insert('disks', { name, alias: name, provisioned_size: GiB, format: 'cow', storage_domains: [{ id: ids.sdData }] });
  w.sim.onCreate('disk', disk, w.ctx);
  return { id: disk.id, taskIds: creations.begin(mark) };
}

describe('creation tasks', () => {
  it('a disk: one task, pending → in_progress → complete as the image is written', () => {
    const { id, taskIds } = addDisk('d1');
    expect(taskIds).toHaveLength(1);
    const doc = () => w.store.get('disks', id, '');
    expect(creations.status(taskIds, doc())).toBe('pending');
    expect(creations.done(taskIds)).toBe(false);
    w.clock.t += 1_000;
    expect(creations.status(taskIds, doc())).toBe('in_progress');
    w.advance(3_000);
    expect(doc()?.status).toBe('ok');
    expect(creations.status(taskIds, doc())).toBe('complete');
    expect(creations.done(taskIds)).toBe(true);
  });

  it('a creation that scheduled nothing has no tasks', () => {
    const mark = w.sim.core.mark();
    const cluster = w.store.insert('clusters', { name: 'c2', data_center: { id: ids.dc } });
    w.sim.onCreate('cluster', cluster, w.ctx);
    expect(creations.begin(mark)).toEqual([]);
  });

  it('an object that ended illegal failed', () => {
    const { id, taskIds } = addDisk('d2');
    w.store.update('disks', id, { status: 'illegal' }, '');
    expect(creations.status(taskIds, w.store.get('disks', id, ''))).toBe('failed');
  });

  it('ids this run never issued answer from the object: locked → in_progress, else complete', () => {
    expect(creations.status(['from-an-earlier-run'], { id: 'x', status: 'locked' })).toBe('in_progress');
    expect(creations.status(['from-an-earlier-run'], { id: 'x', status: 'image_locked' })).toBe('in_progress');
    expect(creations.status(['from-an-earlier-run'], { id: 'x', status: 'ok' })).toBe('complete');
    expect(creations.done(['from-an-earlier-run'])).toBe(true);
  });
});

describe('coalesced work', () => {
  it('runs at once outside a batch, once at the end of a batch of steps', () => {
    const core = w.sim.core;
    const runs: string[] = [];
    core.coalesce('k', () => runs.push('now'));
    expect(runs).toEqual(['now']);
    for (let i = 0; i < 5; i++) core.after(10, `step-${i}`, () => core.coalesce('k', () => runs.push(`batch-${i}`)));
    w.clock.t += 20;
    expect(w.sim.tick()).toBe(5);
    expect(runs).toEqual(['now', 'batch-4']);
  });

  it('host summaries stay true after a batch of VM steps', () => {
    w.sim.act('vm', ids.vmDown, 'start', {}, w.ctx);
    w.advance(15_000);
    const vm = w.vm(ids.vmDown);
    expect(vm.status).toBe('up');
    const host = w.host(String((vm.host as { id: string }).id));
    const running = w.store.list('vms', '').filter((v) => (v.host as { id?: string } | undefined)?.id === host.id && v.status !== 'down').length;
    expect((host.summary as { active: number }).active).toBe(running);
  });
});
