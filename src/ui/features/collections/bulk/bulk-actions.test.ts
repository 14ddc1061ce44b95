import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { commonActions, runEach } from './bulk-actions.ts';

const item = (kind: string, id: string, status: string, actions: string[]): Resource => ({
  kind,
  id,
  href: `/ovirt-engine/api/${kind}s/${id}`,
  fields: { name: `${kind}-${id}`, status },
  links: {},
  actions: Object.fromEntries(actions.map((a) => [a, `/ovirt-engine/api/${kind}s/${id}/${a}`])),
});

const VM_ACTIONS = ['start', 'stop', 'shutdown', 'suspend', 'reboot', 'migrate', 'clone', 'ticket'];

describe('commonActions', () => {
  it('keeps the actions every item lists, primary ones first, without those needing input', () => {
    const a = item('vm', '1', 'up', VM_ACTIONS);
    const b = item('vm', '2', 'up', ['start', 'stop', 'shutdown', 'clone']);
    const names = commonActions([a, b]).map((x) => x.name);
    expect(names).toEqual(['start', 'shutdown', 'stop']);
    // clone needs the new VM's name: no bulk run can supply it
    expect(names).not.toContain('clone');
  });
  it('marks the items whose status refuses an action', () => {
    const up = item('vm', '1', 'up', VM_ACTIONS);
    const down = item('vm', '2', 'down', VM_ACTIONS);
    const byName = Object.fromEntries(commonActions([up, down]).map((x) => [x.name, x.refusedBy.map((r) => r.id)]));
    expect(byName.start).toEqual(['1']);
    expect(byName.stop).toEqual(['2']);
    expect(byName.suspend).toEqual(['2']);
  });
  it('gives hosts activate and maintenance by status', () => {
    const h1 = item('host', '1', 'maintenance', ['activate', 'deactivate', 'refresh']);
    const h2 = item('host', '2', 'maintenance', ['activate', 'deactivate', 'refresh']);
    const acts = commonActions([h1, h2]);
    expect(acts.map((x) => x.name)).toEqual(['deactivate', 'activate', 'refresh']);
    expect(acts.find((x) => x.name === 'activate')?.refusedBy).toEqual([]);
    expect(acts.find((x) => x.name === 'deactivate')?.refusedBy.length).toBe(2);
  });
  it('has nothing for an empty or mixed selection', () => {
    expect(commonActions([])).toEqual([]);
    expect(commonActions([item('vm', '1', 'up', ['stop']), item('host', '2', 'up', ['stop'])])).toEqual([]);
  });
});

describe('runEach', () => {
  it('runs every item, at most `limit` at once', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await runEach([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      done.push(n);
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(3);
  });
});
