// The permit catalogue grouped by the object type each permit acts on, as the Administration
// Portal's role dialog shows it (System, Data Center, Cluster, Host, VM …). The engine names
// permits only (`configure_vm_network`), so the group follows from the name; the order of the
// rules matters where a name mentions two types (a VM's network is a VM permit).

export interface PermitInfo {
  id: string;
  name: string;
  administrative: boolean;
}

export interface PermitGroup {
  id: string;
  title: string;
  permits: PermitInfo[];
}

const RULES: Array<{ id: string; title: string; test: RegExp }> = [
  { id: 'vm_pool', title: 'VM Pool', test: /vm_pool/ },
  { id: 'template', title: 'Template', test: /template/ },
  { id: 'gluster', title: 'Gluster', test: /gluster/ },
  { id: 'data_center', title: 'Data Center', test: /storage_pool|quota/ },
  { id: 'storage_domain', title: 'Storage Domain', test: /storage_domain|disk_profile/ },
  { id: 'host', title: 'Host', test: /host/ },
  { id: 'cluster', title: 'Cluster', test: /cluster|affinity|cpu_profile/ },
  { id: 'vm', title: 'VM', test: /(^|_)vm($|_)|instance|serial_console/ },
  { id: 'disk', title: 'Disk', test: /disk|scsi|image_storage/ },
  { id: 'network', title: 'Network', test: /network|vnic|mac_pool/ },
];
const SYSTEM = { id: 'system', title: 'System' };
const ORDER = [SYSTEM.id, 'data_center', 'storage_domain', 'cluster', 'gluster', 'host', 'template', 'vm', 'vm_pool', 'disk', 'network'];

export function permitGroupOf(name: string): { id: string; title: string } {
  const n = name.toLowerCase();
  return RULES.find((r) => r.test.test(n)) ?? SYSTEM;
}

/** Groups in the portal's order, permits by id within a group; empty groups left out. */
export function groupPermits(permits: readonly PermitInfo[]): PermitGroup[] {
  const groups = new Map<string, PermitGroup>();
  for (const p of permits) {
    const g = permitGroupOf(p.name);
    let group = groups.get(g.id);
    if (!group) {
      group = { ...g, permits: [] };
      groups.set(g.id, group);
    }
    group.permits.push(p);
  }
  const byId = (a: PermitInfo, b: PermitInfo) => Number(a.id) - Number(b.id) || a.name.localeCompare(b.name);
  return [...groups.values()].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id)).map((g) => ({ ...g, permits: [...g.permits].sort(byId) }));
}

/** Permits a role of this account type may hold: user roles take no administrative permit. */
export function permitsForRoleType(permits: readonly PermitInfo[], administrative: boolean): PermitInfo[] {
  return administrative ? [...permits] : permits.filter((p) => !p.administrative);
}

/** "configure_vm_network" → "Configure vm network". */
export function permitLabel(name: string): string {
  const words = name.replace(/_/g, ' ').replace(/\brhevm\b/, 'engine');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
