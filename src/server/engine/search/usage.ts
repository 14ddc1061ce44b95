/**
 * VM and host usage for the *_usage / load search fields, read from the same statistics the
 * API serves (the simulator's when it provides them, else the HTTP layer's computed ones).
 *
 * Building a statistics list is costly (name-based ids, hashes) and a usage query touches
 * every VM, so values are kept for 15 seconds per object — the real engine's usage
 * columns are likewise only refreshed by its periodic host monitoring.
 */
import { hostStatistics, vmStatistics } from '../http/statistics.ts';
import type { Doc, Usage } from './context.ts';

export type StatisticsSource = (type: 'vm' | 'host', doc: Doc) => Doc[] | undefined;

// about the interval at which the engine saves VM statistics from its monitoring
const TTL_MS = 15_000;
const MAX_ENTRIES = 100_000;

function datum(stats: Doc[], name: string): number | undefined {
  const s = stats.find((x) => x.name === name);
  const v = (s?.values as Array<{ datum?: unknown }> | undefined)?.[0]?.datum;
  return typeof v === 'number' ? v : undefined;
}

const percent = (part: number | undefined, whole: number | undefined) =>
  whole && part !== undefined ? Math.round((100 * part) / whole) : undefined;

export function usageOf(collection: 'vms' | 'hosts', doc: Doc, source?: StatisticsSource): Usage {
  if (collection === 'vms') {
    const s = source?.('vm', doc) ?? vmStatistics(doc);
    return {
      cpu: datum(s, 'cpu.current.total'),
      memory: percent(datum(s, 'memory.used'), datum(s, 'memory.installed')),
      network: datum(s, 'network.current.total'),
    };
  }
  const s = source?.('host', doc) ?? hostStatistics(doc);
  const idle = datum(s, 'cpu.current.idle');
  return {
    cpu: idle === undefined ? undefined : Math.max(0, 100 - idle),
    memory: percent(datum(s, 'memory.used'), datum(s, 'memory.total')),
    load: datum(s, 'cpu.load.avg.5m'),
  };
}

const recent = new Map<string, { at: number; key: string; usage: Usage }>();

/** `usageOf` with the short-lived cache; a status or memory change is seen at once. */
export function cachedUsage(source?: StatisticsSource, now: () => number = Date.now) {
  return (collection: 'vms' | 'hosts', doc: Doc): Usage => {
    const key = `${String(doc.status)}|${String(doc.memory)}`;
    const id = `${collection}/${doc.id}`;
    const t = now();
    const hit = recent.get(id);
    if (hit && hit.key === key && t - hit.at < TTL_MS) return hit.usage;
    if (recent.size >= MAX_ENTRIES) recent.clear();
    const usage = usageOf(collection, doc, source);
    recent.set(id, { at: t, key, usage });
    return usage;
  };
}
