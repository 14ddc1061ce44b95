// Top consumers among objects the dashboard already fetched: hosts (their followed statistics)
// and storage domains (used / used + available, as the data centers inline them). Ranking is
// done here rather than by the engine because hosts and attached domains have no usage sort.
import type { Resource, Structure } from '../../../api/resource.ts';
import { sampleOf, statMap, followedStats } from '../statistics/stat-values.ts';
import { percentOf } from './thresholds.ts';

export type UsageBy = 'cpu' | 'memory';

export interface Ranked<T> {
  item: T;
  percent: number;
}

/** CPU or memory of a host in percent (user + system CPU; used / total memory). */
export function hostUsage(host: Pick<Resource, 'fields'>, by: UsageBy): number | undefined {
  return sampleOf(statMap(followedStats(host)), 0)[by];
}

/** The `n` hosts that are up using the most CPU or memory, highest first. */
export function topHosts<T extends Pick<Resource, 'fields'>>(hosts: readonly T[], by: UsageBy, n: number): Array<Ranked<T>> {
  const ranked: Array<Ranked<T>> = [];
  for (const h of hosts) {
    if (h.fields.status !== 'up') continue;
    const percent = hostUsage(h, by);
    if (percent !== undefined) ranked.push({ item: h, percent });
  }
  return ranked.sort((a, b) => b.percent - a.percent).slice(0, n);
}

/** Used share of a storage domain in percent, when it reports both used and available. */
export function domainUsage(domain: Pick<Structure, 'fields'>): number | undefined {
  const used = Number(domain.fields.used);
  const available = Number(domain.fields.available);
  if (domain.fields.used === undefined || domain.fields.available === undefined || !Number.isFinite(used) || !Number.isFinite(available)) return undefined;
  return percentOf(used, used + available);
}

/** The `n` fullest storage domains, each counted once even when several data centers list it. */
export function topDomains<T extends Pick<Structure, 'id' | 'fields'>>(domains: readonly T[], n: number): Array<Ranked<T>> {
  const seen = new Set<string>();
  const ranked: Array<Ranked<T>> = [];
  for (const d of domains) {
    if (d.id) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
    }
    const percent = domainUsage(d);
    if (percent !== undefined) ranked.push({ item: d, percent });
  }
  return ranked.sort((a, b) => b.percent - a.percent).slice(0, n);
}
