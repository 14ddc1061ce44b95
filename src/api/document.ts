// Builds the model's documents (entry point, collection, resource, action, fault,
// capabilities) from a wire tree whose root element is known.
import type { ActionResult, Capabilities, CapabilityVersion, Collection, EntryPoint, Fault, Resource } from './resource.ts';
import { faultFromTree } from './fault.ts';
import { singularOf, typeOfElement } from './model-types.ts';
import { readStructure, toIsoDate } from './normalize.ts';
import { isObject, text, toArray, type Tree, type TreeObject } from './tree.ts';
import { specialObjectsOf } from './v3-compat.ts';

export type Parsed =
  | { type: 'entry'; entryPoint: EntryPoint }
  | { type: 'collection'; collection: Collection }
  | { type: 'resource'; resource: Resource }
  | { type: 'action'; action: ActionResult }
  | { type: 'fault'; fault: Fault }
  | { type: 'capabilities'; capabilities: Capabilities }
  | { type: 'empty' };

const COLLECTION_META = new Set(['actions', 'link', 'size', 'href', 'id', 'rel']);

export function toResource(node: Tree, element: string): Resource {
  return readStructure(node, typeOfElement(element), element) as Resource;
}

export function toCollection(node: Tree, kind: string, itemHint?: string): Collection {
  const coll: Collection = { kind, itemKind: itemHint ?? singularOf(kind), items: [], actions: {} };
  if (!isObject(node)) return coll;
  const itemKey = Object.keys(node).find((k) => !COLLECTION_META.has(k));
  if (itemKey) coll.itemKind = itemKey;
  const type = typeOfElement(coll.itemKind);
  if (itemKey) for (const it of toArray(node[itemKey])) coll.items.push(readStructure(it, type, coll.itemKind) as Resource);
  if (isObject(node.actions)) {
    for (const l of toArray(node.actions.link)) {
      if (isObject(l) && typeof l.rel === 'string' && typeof l.href === 'string') coll.actions[l.rel] = l.href;
    }
  }
  const size = text(node.size);
  if (size !== undefined && /^\d+$/.test(size)) coll.size = Number(size);
  return coll;
}

/** Is a root element a collection (not a struct of the model, and holding one kind of item)? */
export function isCollectionElement(element: string, node: Tree): boolean {
  if (typeOfElement(element)) return false;
  if (!isObject(node)) return node === '' || node === null;
  const keys = Object.keys(node).filter((k) => !COLLECTION_META.has(k));
  return keys.length <= 1;
}

export function toAction(status: number, node: Tree): Parsed {
  // Engines echo an action's parameters, so an accepted `maintenance` with a `reason` carries a
  // top-level <reason>: on success only an explicit <fault> counts.
  const fault = status < 400 && isObject(node) && !isObject(node.fault) ? undefined : faultFromTree(status, node);
  if (fault) return { type: 'fault', fault };
  const res = readStructure(node, 'action', 'action');
  const st = res.fields.status;
  if (String(st ?? '').toLowerCase() === 'failed') {
    return { type: 'fault', fault: { reason: 'Operation Failed', status } };
  }
  const action: ActionResult = { status: typeof st === 'string' ? st.toLowerCase() : 'complete' };
  delete res.fields.status;
  const job = res.fields.job;
  if (job && typeof job === 'object' && !Array.isArray(job) && job.id) {
    action.job = { id: job.id, ...(job.href ? { href: job.href } : {}) };
    delete res.fields.job;
  }
  if (Object.keys(res.fields).length || res.id || res.href || Object.keys(res.links).length) action.resource = res;
  return { type: 'action', action };
}

function num(t: Tree | undefined): number | undefined {
  const s = text(t);
  return s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined;
}

/** The base path every href starts with, from the entry point's collection links. */
export function basePathOf(links: Record<string, string>): string {
  for (const [rel, href] of Object.entries(links)) {
    if (rel.includes('/')) continue;
    const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '');
    if (path.endsWith(`/${rel}`)) return path.slice(0, -rel.length - 1);
  }
  return '/ovirt-engine/api';
}

export function toEntryPoint(node: Tree): EntryPoint {
  const n: TreeObject = isObject(node) ? node : {};
  const links: Record<string, string> = {};
  for (const l of toArray(n.link)) {
    if (isObject(l) && typeof l.rel === 'string' && typeof l.href === 'string') links[l.rel] = l.href;
  }
  const basePath = basePathOf(links);
  const special = n.special_objects;
  const v3 = links.capabilities !== undefined || (isObject(special) && special.link !== undefined) || basePath === '/api' || basePath === '/rhevm-api';
  const ep: EntryPoint = { links, specialObjects: specialObjectsOf(special), apiVersion: v3 ? 3 : 4, basePath };
  const pi = n.product_info;
  if (isObject(pi)) {
    const v = isObject(pi.version) ? pi.version : {};
    const fullVersion = text(v.full_version) ?? text(pi.full_version);
    ep.productInfo = {
      ...(text(pi.name) !== undefined ? { name: text(pi.name) } : {}),
      ...(text(pi.vendor) !== undefined ? { vendor: text(pi.vendor) } : {}),
      version: {
        major: num(v.major),
        minor: num(v.minor),
        build: num(v.build),
        revision: num(v.revision),
        ...(fullVersion ? { fullVersion } : {}),
      },
    };
  }
  if (isObject(n.summary)) {
    ep.summary = {};
    for (const [k, v] of Object.entries(n.summary)) {
      if (isObject(v)) ep.summary[k] = { total: num(v.total), active: num(v.active) };
    }
  }
  const time = text(n.time);
  if (time) ep.time = toIsoDate(typeof n.time === 'number' ? n.time : time);
  const au = n.authenticated_user;
  if (isObject(au) && text(au.id)) ep.authenticatedUser = { id: text(au.id)!, ...(text(au.href) ? { href: text(au.href) } : {}) };
  return ep;
}

function lowerList(node: Tree | undefined): string[] {
  if (!isObject(node)) return [];
  const key = Object.keys(node)[0];
  return key ? toArray(node[key]).map((x) => (isObject(x) ? (text(x.id) ?? text(x.name) ?? text(x.type) ?? '') : String(x)).toLowerCase()) : [];
}

function toCapabilityVersion(v: TreeObject): CapabilityVersion {
  const cv: CapabilityVersion = {
    major: num(v.major) ?? 0,
    minor: num(v.minor) ?? 0,
    current: text(v.current) === 'true',
    cpus: [],
    powerManagers: [],
    features: [],
    lists: {},
  };
  for (const [k, val] of Object.entries(v)) {
    if (k === 'cpus' && isObject(val)) {
      for (const c of toArray(val.cpu)) {
        if (!isObject(c)) continue;
        const arch = text(c.architecture);
        cv.cpus.push({ type: text(c.id) ?? text(c.type) ?? text(c.name) ?? '', ...(num(c.level) !== undefined ? { level: num(c.level) } : {}), ...(arch ? { architecture: arch.toLowerCase() } : {}) });
      }
    } else if (k === 'power_managers' && isObject(val)) {
      for (const p of toArray(val.power_management)) {
        if (!isObject(p)) continue;
        const opts = isObject(p.options) ? toArray(p.options.option) : [];
        cv.powerManagers.push({
          type: text(p.type) ?? '',
          options: opts.filter(isObject).map((o) => ({ name: text(o.name) ?? '', ...(text(o.type) ? { type: text(o.type) } : {}) })),
        });
      }
    } else if (k === 'features' && isObject(val)) {
      for (const f of toArray(val.feature)) {
        if (isObject(f)) cv.features.push({ name: text(f.name) ?? '', ...(text(f.description) ? { description: text(f.description) } : {}) });
      }
    } else if (isObject(val) && Object.keys(val).length === 1 && k !== 'permits') {
      const inner = val[Object.keys(val)[0]];
      if (toArray(inner).every((x) => !isObject(x))) cv.lists[k] = lowerList(val);
    }
  }
  return cv;
}

function permitsOf(node: Tree | undefined): Capabilities['permits'] {
  if (!isObject(node)) return [];
  return toArray(node.permit)
    .filter(isObject)
    .map((p) => ({
      ...(text(p.id) ? { id: text(p.id) } : {}),
      name: (text(p.name) ?? '').toLowerCase(),
      ...(text(p.administrative) !== undefined ? { administrative: text(p.administrative) === 'true' } : {}),
    }));
}

export function toCapabilities(node: Tree): Capabilities {
  const n: TreeObject = isObject(node) ? node : {};
  const sp = isObject(n.scheduling_policies) ? toArray(n.scheduling_policies.policy) : [];
  return {
    versions: toArray(n.version).filter(isObject).map(toCapabilityVersion),
    permits: permitsOf(n.permits),
    schedulingPolicies: sp.map((p) => (isObject(p) ? (text(p.name) ?? '') : String(p)).toLowerCase()),
  };
}

/** Dispatches on the root element name. */
export function toDocument(element: string, node: Tree, status: number): Parsed {
  switch (element) {
    case 'fault':
      return { type: 'fault', fault: faultFromTree(status, { fault: node }) ?? { reason: 'Operation Failed', status } };
    case 'action':
      return toAction(status, node);
    case 'api':
      return { type: 'entry', entryPoint: toEntryPoint(node) };
    case 'capabilities':
      return { type: 'capabilities', capabilities: toCapabilities(node) };
  }
  if (isCollectionElement(element, node)) return { type: 'collection', collection: toCollection(node, element) };
  return { type: 'resource', resource: toResource(node, element) };
}

