/**
 * Where the request pipeline consults permissions. Two hooks:
 * - `guardBinding` wraps every collection a request walks through (chain.ts): filtered callers
 *   only list and reach objects they have a permission on (others are a 404, like the engine),
 *   and creating an object needs the creation permit on its cluster / data center / domain;
 * - `authorizeRequest` (handlers.ts) checks updates, removals and actions on an entity.
 * Non-admin users are always filtered; admins only with `Filter: true` / `filter=true`.
 */
import type { ModelMethod } from '../model/api-model.ts';
import type { Doc } from '../store/store.ts';
import type { CollectionBinding } from '../http/bindings.ts';
import type { Level } from '../http/chain.ts';
import type { Ctx } from '../http/context.ts';
import { HttpFault } from '../http/faults.ts';
import { msg } from '../http/messages.ts';
import { refId } from './directory.ts';
import { Authz, TRACKED, targetKey } from './evaluate.ts';
import { ACTION_PERMITS, CHILD_PERMITS, CREATE_PERMITS, DELETE_PERMITS, EDIT_PERMITS, SYSTEM_PERMIT } from './permit-table.ts';

const perRequest = new WeakMap<object, Authz>();

export function authzOf(ctx: Ctx): Authz {
  let a = perRequest.get(ctx.params);
  if (!a) {
    const superuser = ctx.user.name === 'admin' && ctx.user.domain === 'internal';
    a = new Authz(ctx.store, { id: ctx.user.id, superuser });
    perRequest.set(ctx.params, a);
  }
  return a;
}

export function isFiltered(ctx: Ctx): boolean {
  return !ctx.user.admin || ctx.params.bool('filter', 'filter') === true;
}

export function notAuthorized(): HttpFault {
  return new HttpFault(403, msg('reason.operation_failed'), msg('detail.not_authorized'));
}

/** Can a filtered caller see this document of this type? Types without a rule are visible. */
function visible(a: Authz, type: string | undefined, doc: Doc): boolean {
  if (!type) return true;
  if (TRACKED[type]) return a.canSee(type, doc);
  if (type === 'user' || type === 'group') return a.principals.has(doc.id);
  if (type === 'permission') {
    const who = refId(doc.user) ?? refId(doc.group);
    if (who && a.principals.has(who)) return true;
    const target = targetObject(a, doc);
    return !!target && a.canSee(target.type, target.doc);
  }
  if (type === 'event') return eventVisible(a, doc);
  return true;
}

const EVENT_OBJECTS = ['vm', 'host', 'cluster', 'data_center', 'storage_domain', 'template'];

/** Filtered callers see the events of objects they can see (system-wide events are for admins). */
function eventVisible(a: Authz, event: Doc): boolean {
  for (const type of EVENT_OBJECTS) {
    const id = refId(event[type]);
    const doc = id ? a.store.get(TRACKED[type], id, '') : undefined;
    if (doc && a.canSee(type, doc)) return true;
  }
  const user = refId(event.user);
  return !!user && a.principals.has(user) && EVENT_OBJECTS.every((t) => !event[t]);
}

/** The object a permission is given on; undefined for the system. */
function targetObject(a: Authz, perm: Record<string, unknown>): { type: string; doc: Doc } | undefined {
  const key = targetKey(perm);
  if (key === 'system') return undefined;
  const [type, id] = key.split(':');
  const doc = a.store.get(TRACKED[type], id, '');
  return doc ? { type, doc } : undefined;
}

function require(a: Authz, permit: string, type?: string, doc?: Doc): void {
  if (!a.hasPermit(permit, type, doc)) throw notAuthorized();
}

export interface GuardPlace {
  /** locator name of the collection (`vms`, `nics`, `permissions`) */
  locator: string;
  /** type and document of the entity owning the collection; absent at the root */
  parentType?: string;
  parent?: Doc;
}

export function guardBinding(ctx: Ctx, binding: CollectionBinding, itemType: string | undefined, place: GuardPlace): CollectionBinding {
  const filtered = isFiltered(ctx);
  const a = authzOf(ctx);
  return {
    ...binding,
    list: () => (filtered ? binding.list().filter((d) => visible(a, itemType, d)) : binding.list()),
    get: (id) => {
      const doc = binding.get(id);
      return doc && (!filtered || visible(a, itemType, doc)) ? doc : undefined;
    },
    add: (doc) => {
      checkCreate(a, itemType, place, doc);
      return binding.add(doc);
    },
  };
}

function checkCreate(a: Authz, itemType: string | undefined, place: GuardPlace, body: Record<string, unknown>): void {
  if (itemType === 'permission') return checkPermissionChange(a, { ...body, ...parentTarget(place) });
  if (place.parent && place.parentType) {
    const child = CHILD_PERMITS[place.parentType];
    if (!child) return require(a, SYSTEM_PERMIT);
    return require(a, child[place.locator] ?? child['*'], tracked(place.parentType), place.parent);
  }
  const rule = itemType ? CREATE_PERMITS[itemType] : undefined;
  if (!rule) return require(a, SYSTEM_PERMIT);
  const on = rule.on ? body[rule.on] : undefined;
  const onType = rule.on === 'storage_domains' ? 'storage_domain' : rule.on;
  const onId = Array.isArray(on) ? refId(on[0]) : refId(on);
  const onDoc = onType && onId ? a.store.get(TRACKED[onType], onId, '') : undefined;
  require(a, rule.permit, onDoc ? onType : undefined, onDoc);
}

/** `/vms/{id}/permissions` gives permissions on the VM: the parent is the target. */
function parentTarget(place: GuardPlace): Record<string, unknown> {
  if (!place.parent || !place.parentType) return {};
  if (place.parentType === 'user' || place.parentType === 'group') return { [place.parentType]: { id: place.parent.id } };
  return TRACKED[place.parentType] ? { [place.parentType]: { id: place.parent.id } } : {};
}

/** Giving or taking a permission needs manipulate_permissions on its object; admin roles only from system admins. */
function checkPermissionChange(a: Authz, perm: Record<string, unknown>): void {
  const target = targetObject(a, perm);
  require(a, 'manipulate_permissions', target?.type, target?.doc);
  const roleId = refId(perm.role);
  const role = roleId ? a.store.get('roles', roleId, '') : undefined;
  if (role?.administrative === true && !a.isSystemAdmin) throw notAuthorized();
}

const tracked = (type: string | undefined) => (type && TRACKED[type] ? type : undefined);

/** Type of the entity at `levels[i]` (the item type of the collection above it). */
const typeAt = (levels: Level[], i: number) => (i > 0 ? levels[i - 1].itemType : undefined);

/** Updates, removals and actions on an entity; lists, reads and creations are guarded by the bindings. */
export function authorizeRequest(ctx: Ctx, levels: Level[], method: string, action?: ModelMethod): void {
  if (method === 'GET' || method === 'HEAD') return;
  const a = authzOf(ctx);
  if (a.subject.superuser) return;
  const n = levels.length - 1;
  const last = levels[n];
  if (!last.doc) {
    if (action) require(a, SYSTEM_PERMIT); // actions on a whole collection
    return; // creation: checked by the guarded binding
  }
  const type = typeAt(levels, n);
  const parentIdx = n - 2;
  const parent = parentIdx > 0 ? levels[parentIdx] : undefined;
  const parentType = parent?.doc ? typeAt(levels, parentIdx) : undefined;
  const locator = levels[n - 1]?.step.locator?.name ?? '';

  if (action) {
    const permit = (type && (ACTION_PERMITS[`${type}/${action.name}`] ?? ACTION_PERMITS[type])) ?? childPermit(parentType, locator);
    if (tracked(type)) return require(a, permit ?? SYSTEM_PERMIT, type, last.doc);
    return require(a, permit ?? SYSTEM_PERMIT, tracked(parentType), parent?.doc);
  }
  if (type === 'permission' && method === 'DELETE') return checkPermissionChange(a, last.doc);
  const table = method === 'DELETE' ? DELETE_PERMITS : EDIT_PERMITS;
  if (tracked(type) && !parent?.doc) return require(a, table[type!] ?? SYSTEM_PERMIT, type, last.doc);
  const child = childPermit(parentType, locator);
  if (child && parent?.doc) return require(a, child, tracked(parentType), parent.doc);
  if (tracked(type)) return require(a, table[type!] ?? SYSTEM_PERMIT, type, last.doc);
  require(a, (type && table[type]) ?? SYSTEM_PERMIT);
}

function childPermit(parentType: string | undefined, locator: string): string | undefined {
  const child = parentType ? CHILD_PERMITS[parentType] : undefined;
  return child ? (child[locator] ?? child['*']) : undefined;
}

/** The documents of a list a filtered caller may see (all of them for unfiltered callers). */
export function visibleOnly<T extends Doc>(ctx: Ctx, itemType: string | undefined, docs: T[]): T[] {
  if (!isFiltered(ctx)) return docs;
  const a = authzOf(ctx);
  return docs.filter((d) => visible(a, itemType, d));
}
