/**
 * Turns stored documents into what the API shows: `href` on the object and on every reference
 * (canonical top-level path), `link`s for the entity service's sub-collections, `actions` for
 * its action methods (static per type, §2.2), and linked objects embedded on `follow`.
 */
import type { ModelService } from '../model/api-model.ts';
import type { Doc } from '../store/store.ts';
import { bindCollection } from './bindings.ts';
import { isCollectionLike, itemTypeOf, topLevelBinding } from './chain.ts';
import type { Ctx } from './context.ts';
import { HttpFault } from './faults.ts';
import { canonicalHref } from './hrefs.ts';

/** `follow=disk_attachments.disk,nics` as a tree; names compared ignoring case and `_`. */
export type FollowTree = Map<string, FollowTree>;

const norm = (s: string) => s.toLowerCase().replace(/_/g, '');

export function parseFollow(raw: string | undefined): FollowTree {
  const tree: FollowTree = new Map();
  for (const path of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    let node = tree;
    for (const part of path.split('.').map(norm).filter(Boolean)) {
      if (!node.has(part)) node.set(part, new Map());
      node = node.get(part)!;
    }
  }
  return tree;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const MAX_DEPTH = 8;

interface StructMember { name: string; type: string; link: boolean }

const structMembersCache = new WeakMap<object, Map<string, StructMember[]>>();

/** Members of a type whose values are objects: the only places references can hide. */
function structMembers(ctx: Ctx, typeName: string): StructMember[] {
  let byType = structMembersCache.get(ctx.model);
  if (!byType) structMembersCache.set(ctx.model, (byType = new Map()));
  let hit = byType.get(typeName);
  if (!hit) {
    hit = ctx.model.members(typeName).filter((m) => ctx.model.struct(m.type)).map((m) => ({ name: m.name, type: m.type, link: !!m.link }));
    byType.set(typeName, hit);
  }
  return hit;
}

function decorateOne(ctx: Ctx, m: StructMember, x: unknown, depth: number): unknown {
  if (!isObj(x)) return x;
  const copy = decorateRefs(ctx, m.type, { ...x }, depth + 1);
  if (m.link && typeof copy.id === 'string' && copy.href === undefined) {
    const href = canonicalHref(ctx.model, m.type, copy.id);
    if (href) copy.href = href;
  }
  return copy;
}

/**
 * Adds canonical hrefs to references anywhere inside `value` (a fresh shallow copy the caller
 * owns). Nested objects are copied on the way down, so stored documents are never modified.
 */
export function decorateRefs(ctx: Ctx, typeName: string, value: Obj, depth = 0): Obj {
  if (depth > MAX_DEPTH) return value;
  for (const m of structMembers(ctx, typeName)) {
    const v = value[m.name];
    if (v === undefined || v === null) continue;
    value[m.name] = Array.isArray(v) ? v.map((x) => decorateOne(ctx, m, x, depth)) : decorateOne(ctx, m, v, depth);
  }
  return value;
}

const linkCache = new WeakMap<object, Map<string, { links: string[]; actions: string[] }>>();

/** Sub-collection link rels and action rels of an entity service (static per service, §2.2). */
function relsOf(ctx: Ctx, service: ModelService): { links: string[]; actions: string[] } {
  let byService = linkCache.get(ctx.model);
  if (!byService) linkCache.set(ctx.model, (byService = new Map()));
  let hit = byService.get(service.name);
  if (!hit) {
    const links = ctx.model
      .subLocators(service.name)
      .filter((l) => {
        const target = ctx.model.service(l.service);
        return !!target && isCollectionLike(target);
      })
      .map((l) => l.path);
    const actions = ctx.model.actions(service.name).map((a) => a.path ?? a.name.replace(/_/g, ''));
    hit = { links, actions };
    byService.set(service.name, hit);
  }
  return hit;
}

/** Sub-collection links and action links of an entity service, relative to `href`. */
export function linksOf(ctx: Ctx, service: ModelService, href: string): { link: Obj[]; actions: Obj[] } {
  const { links, actions } = relsOf(ctx, service);
  return {
    link: links.map((rel) => ({ rel, href: `${href}/${rel}` })),
    actions: actions.map((rel) => ({ rel, href: `${href}/${rel}` })),
  };
}

/** Costly members the engine sends only with `all_content=true` / `All-Content: true` (§3). */
const ALL_CONTENT_ONLY: Record<string, string[]> = {
  vm: ['console', 'rng_device', 'soundcard_enabled', 'virtio_scsi'],
  template: ['console', 'rng_device', 'soundcard_enabled', 'virtio_scsi'],
  instance_type: ['console', 'rng_device', 'soundcard_enabled', 'virtio_scsi'],
};

/** Secrets the engine accepts but never sends back (a fence agent's password, a host's root password). */
const WRITE_ONLY: Record<string, string[]> = { agent: ['password'], host: ['root_password'] };

export function represent(ctx: Ctx, doc: Doc, typeName: string, href: string | undefined, service: ModelService | undefined, follow: FollowTree = new Map(), depth = 0): Obj {
  const out = decorateRefs(ctx, typeName, { ...doc } as Obj);
  for (const k of WRITE_ONLY[typeName] ?? []) delete out[k];
  const costly = ALL_CONTENT_ONLY[typeName];
  if (costly && ctx.params.bool('all_content', 'all-content') !== true) for (const k of costly) delete out[k];
  if (href) out.href = href;
  if (service && href) {
    const { link, actions } = linksOf(ctx, service, href);
    if (actions.length) out.actions = actions;
    if (link.length) out.link = link;
  }
  if (follow.size && depth < MAX_DEPTH) applyFollow(ctx, out, doc, typeName, href, service, follow, depth);
  return out;
}

function applyFollow(ctx: Ctx, out: Obj, doc: Doc, typeName: string, href: string | undefined, service: ModelService | undefined, follow: FollowTree, depth: number): void {
  for (const [name, sub] of follow) {
    const locator = service ? ctx.model.subLocators(service.name).find((l) => norm(l.name) === name) : undefined;
    const member = ctx.model.members(typeName).find((m) => norm(m.name) === name);
    if (locator && service && href) {
      const target = ctx.model.service(locator.service)!;
      if (!isCollectionLike(target)) continue;
      const itemType = itemTypeOf(ctx, target);
      if (!itemType) continue;
      const binding = bindCollection({ ctx, parentService: service, parent: doc, locator }, itemType);
      const idLoc = ctx.model.idLocator(target.name);
      const entity = idLoc ? ctx.model.service(idLoc.service) : undefined;
      const base = `${href}/${locator.path}`;
      out[member?.name ?? locator.name] = binding
        .list()
        .map((item) => represent(ctx, item, itemType, `${base}/${encodeURIComponent(item.id)}`, entity, sub, depth + 1));
      continue;
    }
    if (!member || !member.link) throw HttpFault.badValue('follow', name);
    const expand = (ref: unknown): unknown => {
      if (!isObj(ref) || typeof ref.id !== 'string') return ref;
      const top = topLevelBinding(ctx, member.type);
      const target = top?.binding.get(ref.id);
      if (!top || !target) return ref;
      return represent(ctx, target, member.type, canonicalHref(ctx.model, member.type, target.id), top.entity, sub, depth + 1);
    };
    const v = out[member.name];
    if (v !== undefined) out[member.name] = Array.isArray(v) ? v.map(expand) : expand(v);
  }
}
