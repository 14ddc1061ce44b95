// Groups the entry point's collection links the way the Administration Portal's menu does
// (Compute / Network / Storage / Administration / Events), so admins find things where they
// expect them; anything this version does not know yet still appears, under "More".
import { bookmarkTarget } from '../../features/administration/bookmarks/bookmark-route.ts';
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

/** Nav groups for an entry point's links (rel → href); `<rel>/search` templates are skipped.
 * `targets` sends a rel somewhere else than its list (Tags → the root tag's page, where the
 * tag tree is). */
export function buildNavGroups(links: Record<string, string>, targets: Record<string, string | undefined> = {}): NavGroup[] {
  const rels = Object.keys(links).filter((rel) => !rel.includes('/'));
  const placed = new Set<string>();
  const groups: NavGroup[] = [];
  for (const g of GROUPS) {
    const present = g.rels.filter((rel) => rels.includes(rel));
    present.forEach((rel) => placed.add(rel));
    if (present.length) groups.push({ id: g.id, title: g.title, links: present.map((rel) => toLink(rel, targets[rel] ?? links[rel])) });
  }
  const rest = rels.filter((rel) => !placed.has(rel)).sort();
  if (rest.length) groups.push({ id: 'more', title: 'More', links: rest.map((rel) => toLink(rel, links[rel])) });
  return groups;
}

function toLink(rel: string, href: string): NavLink {
  return { rel, title: collectionTitle(rel), href };
}

export interface BookmarkLink {
  id: string;
  title: string;
  /** The collection the bookmark's search runs on. */
  href: string;
  search: string;
}

/** The engine's bookmarks (`Vms: status=up`) that lead to a collection this engine lists,
 * sorted by name; the others cannot be opened and are left out. */
export function buildBookmarkLinks(bookmarks: ReadonlyArray<{ id?: string; name: string; value: string }>, links: Record<string, string>): BookmarkLink[] {
  const out: BookmarkLink[] = [];
  for (const b of bookmarks) {
    const target = bookmarkTarget(b.value);
    const href = target ? links[target.rel] : undefined;
    if (target && href) out.push({ id: b.id ?? b.name, title: b.name, href, search: target.search });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}
