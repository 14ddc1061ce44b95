// Which objects each dialog offers, from what the engine lists: templates usable in the
// chosen cluster's data center, vNIC profiles of that data center's networks, its active data
// domains, the ISO domains attached to it. Pure so the rules are tested without an engine.
import type { Resource } from '../../../../api/resource.ts';
import { isStructure, statusOf, unwrapList } from '../../../lib/fields.ts';
import { BLANK_TEMPLATE_ID } from './vm-body.ts';

function refIdOf(r: Resource, field: string): string | undefined {
  const v = r.fields[field];
  return isStructure(v) ? v.id : undefined;
}

/** Blank, plus templates whose cluster is in `dcId` (templates without a cluster other than
 * Blank belong nowhere the VM could use). Blank first, then by name. */
export function templatesForDataCenter(templates: readonly Resource[], clusters: readonly Resource[], dcId: string | undefined): Resource[] {
  const clusterDc = new Map(clusters.map((c) => [c.id, refIdOf(c, 'data_center')]));
  const usable = templates.filter((t) => {
    if (t.id === BLANK_TEMPLATE_ID) return true;
    const cluster = refIdOf(t, 'cluster');
    return !!cluster && !!dcId && clusterDc.get(cluster) === dcId && statusOf(t) !== 'illegal';
  });
  return usable.sort((a, b) => (a.id === BLANK_TEMPLATE_ID ? -1 : b.id === BLANK_TEMPLATE_ID ? 1 : String(a.fields.name).localeCompare(String(b.fields.name))));
}

export interface ProfileChoice {
  id: string;
  /** `profile / network`, as the portal shows them. */
  label: string;
}

/** Profiles whose network is one of `networks` (a data center's), labelled with the network. */
export function profilesForNetworks(profiles: readonly Resource[], networks: readonly Resource[]): ProfileChoice[] {
  const names = new Map(networks.map((n) => [n.id, String(n.fields.name ?? n.id)]));
  return profiles
    .filter((p) => names.has(refIdOf(p, 'network') ?? ''))
    .map((p) => ({ id: p.id!, label: `${String(p.fields.name ?? p.id)} / ${names.get(refIdOf(p, 'network')!)}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The preferred default profile: the management network's, else the first. */
export function defaultProfile(choices: readonly ProfileChoice[]): string {
  return (choices.find((c) => c.label.startsWith('ovirtmgmt /')) ?? choices[0])?.id ?? '';
}

/** Data domains active in a data center (its `storagedomains` carry the per-DC status). */
export function activeDataDomains(attached: readonly Resource[]): Resource[] {
  return attached.filter((d) => d.fields.type === 'data' && statusOf(d) === 'active');
}

/** Where a data center's ISO images are (top-level domains, so with their `files` link): its
 * ISO domains, and — since engines from 4.4 keep uploaded ISOs as disks on data domains and list
 * them among those domains' files — its data domains. When the data center's own list is given,
 * only domains active there. ISO domains first. */
export function isoSourcesOf(domains: readonly Resource[], dcId: string | undefined, attached?: readonly Resource[]): Resource[] {
  if (!dcId) return [];
  const active = attached ? new Set(attached.filter((d) => statusOf(d) === 'active').map((d) => d.id)) : undefined;
  const inDc = domains.filter((d) => {
    if (d.fields.type !== 'iso' && d.fields.type !== 'data') return false;
    const dcs = unwrapList(d.fields.data_centers);
    return Array.isArray(dcs) && dcs.some((x) => isStructure(x) && x.id === dcId) && (!active || active.has(d.id));
  });
  return [...inDc.filter((d) => d.fields.type === 'iso'), ...inDc.filter((d) => d.fields.type !== 'iso')];
}

/** Free space as a label suffix (`(1.2 TiB free)`), when the engine reports it. */
export function freeSpace(domain: Resource, format: (bytes: number) => string): string {
  const available = domain.fields.available;
  return typeof available === 'number' ? ` (${format(available)} free)` : '';
}

/** Operating systems for a cluster's CPU architecture (all when either is unknown), by description. */
export function osForArchitecture(oses: readonly Resource[], architecture: string | undefined): Resource[] {
  return oses
    .filter((o) => !architecture || typeof o.fields.architecture !== 'string' || o.fields.architecture === architecture)
    .sort((a, b) => String(a.fields.description ?? a.fields.name).localeCompare(String(b.fields.description ?? b.fields.name)));
}
