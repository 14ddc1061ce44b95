// Groups the entry point's collection links the way the Administration Portal's menu does
// (Compute / Network / Storage / Administration / Events), so admins find things where they
// expect them; anything this version does not know yet still appears, under "More".
import { collectionTitle } from '../../lib/titles.ts';

export interface NavLink {
  rel: string;
  title: string;
  href: string;
}
export interface NavGroup {
  id: string;
  title: string;
  links: NavLink[];
}

const GROUPS: Array<{ id: string; title: string; rels: string[] }> = [
  { id: 'compute', title: 'Compute', rels: ['vms', 'templates', 'vmpools', 'hosts', 'clusters', 'datacenters', 'instancetypes', 'affinitylabels', 'cpuprofiles'] },
  { id: 'network', title: 'Network', rels: ['networks', 'vnicprofiles', 'macpools', 'networkfilters', 'openstacknetworkproviders'] },
  { id: 'storage', title: 'Storage', rels: ['storagedomains', 'disks', 'storageconnections', 'diskprofiles', 'imagetransfers', 'openstackimageproviders', 'openstackvolumeproviders'] },
  {
    id: 'administration',
    title: 'Administration',
    rels: ['users', 'groups', 'roles', 'permissions', 'domains', 'tags', 'bookmarks', 'clusterlevels', 'operatingsystems', 'schedulingpolicies', 'schedulingpolicyunits', 'jobs', 'externalhostproviders', 'katelloerrata'],
  },
  { id: 'events', title: 'Events', rels: ['events'] },
];

/** Nav groups for an entry point's links (rel → href); `<rel>/search` templates are skipped. */
export function buildNavGroups(links: Record<string, string>): NavGroup[] {
  const rels = Object.keys(links).filter((rel) => !rel.includes('/'));
  const placed = new Set<string>();
  const groups: NavGroup[] = [];
  for (const g of GROUPS) {
    const present = g.rels.filter((rel) => rels.includes(rel));
    present.forEach((rel) => placed.add(rel));
    if (present.length) groups.push({ id: g.id, title: g.title, links: present.map((rel) => toLink(rel, links[rel])) });
  }
  const rest = rels.filter((rel) => !placed.has(rel)).sort();
  if (rest.length) groups.push({ id: 'more', title: 'More', links: rest.map((rel) => toLink(rel, links[rel])) });
  return groups;
}

function toLink(rel: string, href: string): NavLink {
  return { rel, title: collectionTitle(rel), href };
}
