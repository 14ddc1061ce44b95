// Turns lists the engine returned into the dashboard's numbers: status groups per inventory
// card (each with the search that opens exactly those objects) and global utilization.
import type { Resource, Structure } from '../../../api/resource.ts';
import { statusTone } from '../../lib/status.ts';
import { followedStats, statMap } from '../statistics/stat-values.ts';
import { percentOf } from './thresholds.ts';

export type StatusGroup = 'up' | 'down' | 'maintenance' | 'problem' | 'other';

export interface GroupCount {
  group: StatusGroup;
  count: number;
  /** Search expression that lists these objects (`status=up or status=migrating`). */
  search: string;
}

export function statusGroup(status: string): StatusGroup {
  const tone = statusTone(status);
  if (tone === 'success') return 'up';
  if (tone === 'off') return 'down';
  if (tone === 'danger') return 'problem';
  if (status.toLowerCase() === 'maintenance' || status.toLowerCase() === 'preparing_for_maintenance') return 'maintenance';
  return 'other';
}

const ORDER: StatusGroup[] = ['up', 'maintenance', 'problem', 'down', 'other'];

/** Counts by status group; objects without a status are not counted in any group. */
export function countByStatus(items: ReadonlyArray<{ status?: string }>): GroupCount[] {
  const byGroup = new Map<StatusGroup, { count: number; statuses: Set<string> }>();
  for (const it of items) {
    if (!it.status) continue;
    const g = statusGroup(it.status);
    const e = byGroup.get(g) ?? { count: 0, statuses: new Set<string>() };
    e.count++;
    e.statuses.add(it.status.toLowerCase());
    byGroup.set(g, e);
  }
  return ORDER.filter((g) => byGroup.has(g)).map((g) => {
    const e = byGroup.get(g)!;
    return { group: g, count: e.count, search: [...e.statuses].sort().map((s) => `status=${s}`).join(' or ') };
  });
}

export function statusOf(r: Pick<Structure, 'fields'>): string | undefined {
  const s = r.fields.status;
  return typeof s === 'string' ? s : undefined;
}

export interface Utilization {
  used: number;
  total: number;
  percent?: number;
}

/** CPU and memory of the hosts that are up, from their followed statistics. CPU is the mean
 * of the hosts' usage (each host weighs the same, as in the portal's global card). */
export function hostUtilization(hosts: ReadonlyArray<Pick<Resource, 'fields'>>): { cpu: Utilization; memory: Utilization } {
  let cpuSum = 0;
  let cpuCount = 0;
  let memUsed = 0;
  let memTotal = 0;
  for (const h of hosts) {
    if (statusOf(h) !== 'up') continue;
    const s = statMap(followedStats(h));
    const cpu = s['cpu.current.user'] !== undefined ? s['cpu.current.user'] + (s['cpu.current.system'] ?? 0) : s['cpu.current.idle'] !== undefined ? 100 - s['cpu.current.idle'] : undefined;
    if (cpu !== undefined) {
      cpuSum += cpu;
      cpuCount++;
    }
    if (s['memory.total'] !== undefined && s['memory.used'] !== undefined) {
      memUsed += s['memory.used'];
      memTotal += s['memory.total'];
    }
  }
  return {
    cpu: { used: cpuSum, total: cpuCount * 100, percent: cpuCount ? cpuSum / cpuCount : undefined },
    memory: { used: memUsed, total: memTotal, percent: percentOf(memUsed, memTotal) },
  };
}

/** Storage of data domains: used + available per domain, each domain counted once even when
 * several data centers list it. */
export function storageUtilization(domains: ReadonlyArray<Pick<Resource, 'id' | 'fields'>>): Utilization {
  const seen = new Set<string>();
  let used = 0;
  let total = 0;
  for (const d of domains) {
    if (d.id && seen.has(d.id)) continue;
    if (d.id) seen.add(d.id);
    const type = d.fields.type;
    if (type !== undefined && type !== 'data') continue;
    const u = Number(d.fields.used);
    const a = Number(d.fields.available);
    if (!Number.isFinite(u) || !Number.isFinite(a)) continue;
    used += u;
    total += u + a;
  }
  return { used, total, percent: percentOf(used, total) };
}

/** The storage domains the data centers inline (`follow=storage_domains`), once each: only
 * there do attached domains carry their status and sizes. */
export function attachedDomains(dcs: ReadonlyArray<Pick<Resource, 'fields'>> | undefined): Structure[] {
  const byId = new Map<string, Structure>();
  for (const dc of dcs ?? []) {
    const sds = dc.fields.storage_domains;
    if (!Array.isArray(sds)) continue;
    for (const sd of sds) if (sd && typeof sd === 'object' && !Array.isArray(sd) && (sd as Structure).id) byId.set((sd as Structure).id!, sd as Structure);
  }
  return [...byId.values()];
}
