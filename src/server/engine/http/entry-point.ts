/**
 * `GET /ovirt-engine/api` (§1.1): links to every top-level collection in the engine's order,
 * `<rel>/search` twins for the searchable ones, special objects, product info, the summary
 * (admins only), time and the calling user.
 */
import { randomUUID } from 'node:crypto';
import type { Ctx } from './context.ts';
import { API_BASE } from './hrefs.ts';
import { ZERO_ID } from './views.ts';

/** rel and whether it is searchable, in ApiRootLinksCreator's order. */
const ROOT_LINKS: [string, boolean][] = [
  ['clusters', true], ['datacenters', true], ['events', true], ['hosts', true], ['networks', true], ['roles', false],
  ['storagedomains', true], ['tags', false], ['bookmarks', false], ['icons', false], ['templates', true],
  ['instancetypes', true], ['users', true], ['groups', true], ['domains', false], ['vmpools', true], ['vms', true],
  ['disks', true], ['jobs', false], ['storageconnections', false], ['vnicprofiles', false], ['diskprofiles', false],
  ['cpuprofiles', false], ['schedulingpolicyunits', false], ['schedulingpolicies', false], ['permissions', false],
  ['macpools', false], ['networkfilters', false], ['operatingsystems', false], ['externalhostproviders', false],
  ['openstackimageproviders', false], ['openstackvolumeproviders', false], ['openstacknetworkproviders', false],
  ['katelloerrata', false], ['affinitylabels', false], ['clusterlevels', false], ['imagetransfers', false],
  ['externalvmimports', false], ['externaltemplateimports', false],
];

export const PRODUCT_VERSION = { major: 4, minor: 5, build: 7, revision: 0, full_version: '4.5.7-1.el9' };

export function rootLinks(ctx: Ctx): { rel: string; href: string }[] {
  const known = new Set(ctx.model.subLocators(ctx.model.root).map((l) => l.path));
  const links: { rel: string; href: string }[] = [];
  for (const [rel, searchable] of ROOT_LINKS) {
    if (!known.has(rel)) continue;
    links.push({ rel, href: `${API_BASE}/${rel}` });
    if (searchable) {
      const template = rel === 'events' ? `${API_BASE}/events;from={event_id}?search={query}` : `${API_BASE}/${rel}?search={query}`;
      links.push({ rel: `${rel}/search`, href: template });
    }
  }
  return links;
}

function instanceId(ctx: Ctx): string {
  let id = ctx.store.getMeta('instance_id');
  if (!id) {
    id = randomUUID();
    ctx.store.setMeta('instance_id', id);
  }
  return id;
}

const RUNNING_VM = new Set(['up', 'powering_up', 'powering_down', 'paused', 'migrating', 'reboot_in_progress', 'wait_for_launch', 'not_responding']);

function summary(ctx: Ctx) {
  const s = ctx.store;
  const vms = s.list('vms', '');
  const hosts = s.list('hosts', '');
  const users = s.list('users', '');
  const sds = s.list('storage_domains', '');
  const activeSd = new Set(s.list('attached_storage_domains').filter((a) => a.status === 'active').map((a) => a.id));
  return {
    vms: { total: vms.length, active: vms.filter((v) => RUNNING_VM.has(String(v.status))).length },
    hosts: { total: hosts.length, active: hosts.filter((h) => h.status === 'up').length },
    users: { total: Math.max(users.length, 1), active: Math.max(users.length, 1) },
    storage_domains: { total: sds.length, active: sds.filter((d) => activeSd.has(d.id) || d.status === 'active').length },
  };
}

export function entryPoint(ctx: Ctx): Record<string, unknown> {
  const userRef = { id: ctx.user.id, href: `${API_BASE}/users/${ctx.user.id}` };
  return {
    link: rootLinks(ctx),
    engine_backup: undefined,
    product_info: {
      name: 'oVirt Engine',
      vendor: 'ovirt.org',
      instance_id: instanceId(ctx),
      version: { ...PRODUCT_VERSION },
    },
    special_objects: {
      blank_template: { id: ZERO_ID, href: `${API_BASE}/templates/${ZERO_ID}` },
      root_tag: { id: ZERO_ID, href: `${API_BASE}/tags/${ZERO_ID}` },
    },
    summary: ctx.user.admin ? summary(ctx) : undefined,
    time: new Date().toISOString(),
    authenticated_user: userRef,
    effective_user: userRef,
  };
}

/** `Link:` header value: absolute URLs, sorted by rel. */
export function linkHeader(origin: string, links: { rel: string; href: string }[]): string {
  return [...links]
    .sort((a, b) => a.rel.localeCompare(b.rel))
    .map((l) => `<${origin}${l.href}>; rel=${l.rel}`)
    .join(', ');
}
