import { describe, expect, it } from 'vitest';
import type { Doc } from './context.ts';
import { cachedUsage, usageOf } from './usage.ts';

const stat = (name: string, datum: number): Doc => ({ id: name, name, values: [{ datum }] });

describe('usage from statistics', () => {
  it('reads cpu, memory and network of a VM from the statistics source', () => {
    const source = () => [stat('cpu.current.total', 42), stat('memory.installed', 1000), stat('memory.used', 250), stat('network.current.total', 3)];
    expect(usageOf('vms', { id: 'v1', status: 'up' }, source)).toEqual({ cpu: 42, memory: 25, network: 3 });
  });

  it('derives host cpu from idle time and falls back to the computed statistics', () => {
    const source = () => [stat('cpu.current.idle', 70), stat('memory.total', 200), stat('memory.used', 50), stat('cpu.load.avg.5m', 1.5)];
    expect(usageOf('hosts', { id: 'h1', status: 'up' }, source)).toEqual({ cpu: 30, memory: 25, load: 1.5 });
    const built = usageOf('vms', { id: 'v-fallback', status: 'down', memory: 1024 ** 3 });
    expect(built.cpu).toBe(0);
  });

  it('keeps a value for a while, but not across a status change or past its lifetime', () => {
    let calls = 0;
    let now = 1_000_000;
    const source = () => [stat('cpu.current.total', ++calls)];
    const usage = cachedUsage(source, () => now);
    const vm: Doc = { id: 'v-cache', status: 'up', memory: 1 };
    expect(usage('vms', vm).cpu).toBe(1);
    now += 1_000;
    expect(usage('vms', vm).cpu).toBe(1);
    expect(usage('vms', { ...vm, status: 'paused' }).cpu).toBe(2);
    now += 60_000;
    expect(usage('vms', { ...vm, status: 'paused' }).cpu).toBe(3);
  });
});
