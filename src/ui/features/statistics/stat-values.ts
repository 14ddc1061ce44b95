// Reading oVirt statistics (api-reference §9): each is `{ name, unit, values: [{ datum }] }`,
// text ones carry `detail`. Turned here into plain numbers and one chart sample per poll.
import type { Structure, Value } from '../../../api/resource.ts';

export type StatMap = Record<string, number>;

function structures(v: Value | undefined): Structure[] {
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) as Structure[]) : [];
}

/** Numeric statistics by name (first value of each). */
export function statMap(stats: ReadonlyArray<Pick<Structure, 'fields'>>): StatMap {
  const out: StatMap = {};
  for (const s of stats) {
    const name = s.fields.name;
    const first = structures(s.fields.values)[0];
    const datum = first ? Number(first.fields.datum) : NaN;
    if (typeof name === 'string' && Number.isFinite(datum)) out[name] = datum;
  }
  return out;
}

/** All values of one statistic (the `*.usage.history` ones are newest first, 30 s apart). */
export function statSeries(stats: ReadonlyArray<Pick<Structure, 'fields'>>, name: string): number[] {
  const s = stats.find((x) => x.fields.name === name);
  return s ? structures(s.fields.values).map((v) => Number(v.fields.datum)).filter(Number.isFinite) : [];
}

/** The statistics a resource came with through `follow=statistics`. */
export function followedStats(r: Pick<Structure, 'fields'>): Structure[] {
  return structures(r.fields.statistics);
}

export interface Sample {
  t: number;
  cpu?: number;
  memory?: number;
  network?: number;
}

const pct = (used: number | undefined, total: number | undefined) => (used !== undefined && total ? Math.min(100, Math.max(0, (used / total) * 100)) : undefined);

/** One chart point from a host's or a VM's statistics, all in percent. */
export function sampleOf(stats: StatMap, t: number): Sample {
  // VM: cpu.current.total; host: user + system (or 100 − idle).
  const cpu =
    stats['cpu.current.total'] ??
    (stats['cpu.current.user'] !== undefined ? stats['cpu.current.user'] + (stats['cpu.current.system'] ?? 0) : stats['cpu.current.idle'] !== undefined ? 100 - stats['cpu.current.idle'] : undefined);
  const memory = pct(stats['memory.used'], stats['memory.installed'] ?? stats['memory.total']);
  const network = stats['network.current.total'];
  return { t, ...(cpu !== undefined ? { cpu } : {}), ...(memory !== undefined ? { memory } : {}), ...(network !== undefined ? { network } : {}) };
}
