/**
 * Checks on incoming objects before anything is written: the model's mandatory attributes for
 * the method (and the best-fitting signature), references given by name resolved to ids, and
 * name uniqueness within the collection's scope.
 */
import type { ModelMethod } from '../model/api-model.ts';
import type { ModelParameter } from '../model/model-types.ts';
import type { CollectionBinding } from './bindings.ts';
import { topLevelBinding } from './chain.ts';
import type { Ctx } from './context.ts';
import { HttpFault } from './faults.ts';
import { entityLabel, msg, verbArg } from './messages.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** `data_center` → `DataCenter`, the engine's class name in "required for" messages. */
export const javaName = (type: string) => type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** Does `obj` have the dotted path? Through a list, every element must have the rest. */
function hasPath(obj: unknown, path: string[]): boolean {
  if (path.length === 0) return present(obj);
  if (Array.isArray(obj)) return obj.length > 0 && obj.every((x) => hasPath(x, path));
  if (!isObj(obj)) return false;
  return hasPath(obj[path[0]], path.slice(1));
}

function satisfied(obj: unknown, attr: string): boolean {
  return attr.split('|').some((alt) => hasPath(obj, alt.split('.')));
}

/** `cluster.id|cluster.name` → `cluster.id|name`, the way the engine prints alternatives. */
function shorten(attr: string): string {
  const alts = attr.split('|');
  const first = alts[0].split('.');
  const prefix = first.slice(0, -1).join('.');
  if (!prefix || !alts.every((a) => a.startsWith(`${prefix}.`))) return attr;
  return [alts[0], ...alts.slice(1).map((a) => a.slice(prefix.length + 1))].join('|');
}

/**
 * Members the model lists as mandatory but the engine fills in itself when they are missing:
 * a VM without a template is made from Blank, a disk attachment without pass_discard gets false.
 * Keyed by `<collection service>.<method>`; applied before the mandatory check.
 */
const ENGINE_FILLS: Record<string, Record<string, unknown>> = {
  'vms.add': { template: { id: '00000000-0000-0000-0000-000000000000' } },
  'disk_attachments.add': { pass_discard: false },
};

export function fillEngineDefaults(service: string, method: string, body: Obj): void {
  for (const [k, v] of Object.entries(ENGINE_FILLS[`${service}.${method}`] ?? {})) if (body[k] === undefined) body[k] = structuredClone(v);
}

/** Members the engine validates although the model does not list them (BackendDataCenterNetworksResource: "name"). */
const ENGINE_REQUIRES: Record<string, string[]> = {
  'data_center_networks.add': ['name'],
  // BackendAffinityLabelsResource.add validates the label's name (the model leaves it optional)
  'affinity_labels.add': ['name'],
  // BackendStorageDomainDisksResource validates like /disks: a format and a size
  'storage_domain_disks.add': ['format', 'provisioned_size'],
};

interface Requirement { param: ModelParameter; attrs: string[] }

function requirements(params: readonly ModelParameter[]): Requirement[] {
  return params.filter((p) => p.in && (p.mandatory_attributes?.length || p.mandatory)).map((p) => ({ param: p, attrs: p.mandatory_attributes ?? [] }));
}

/**
 * Missing attributes for one parameter set. `values` maps parameter names to what was given;
 * for a struct body the body itself is the value of the struct parameter.
 */
function missing(reqs: Requirement[], values: Obj, prefixParams: boolean): string[] {
  const out: string[] = [];
  for (const r of reqs) {
    const v = values[r.param.name];
    if (r.attrs.length === 0) {
      if (r.param.mandatory && !present(v)) out.push(r.param.name);
      continue;
    }
    for (const a of r.attrs) {
      if (!satisfied(v, a)) out.push(prefixParams ? `${r.param.name}.${shorten(a)}` : shorten(a));
    }
  }
  return out;
}

/**
 * Throws "<Type> [<fields>] required for <op>" when the method's (or every signature's)
 * mandatory attributes are not all there. `typeName` is the body type for add/update,
 * `action` for actions.
 */
export function checkMandatory(method: ModelMethod, typeName: string, values: Obj, isAction: boolean, service?: string): void {
  const base = requirements(method.parameters);
  const baseMissing = missing(base, values, isAction);
  const body = values[method.parameters.find((p) => p.in && p.type === typeName)?.name ?? ''];
  for (const a of ENGINE_REQUIRES[`${service}.${method.name}`] ?? []) if (!satisfied(body, a)) baseMissing.push(shorten(a));
  let sigMissing: string[] = [];
  // Action signatures describe alternatives for documentation; the engine validates only what every call needs.
  if (method.signatures?.length && !isAction) {
    const candidates = method.signatures.map((s) => missing(requirements(s.parameters), values, isAction));
    if (!candidates.some((c) => c.length === 0)) sigMissing = candidates.reduce((best, c) => (c.length < best.length ? c : best));
  }
  const all = [...new Set([...baseMissing, ...sigMissing])];
  if (all.length === 0) return;
  throw new HttpFault(400, msg('reason.incomplete'), msg('detail.required', { type: javaName(typeName), fields: `[${all.join(', ')}]`, op: method.name }));
}

/**
 * References given by name (or by an id that does not exist) in the top-level link members of
 * `body`, resolved against the canonical top-level collection of their type. Nested objects
 * that carry more than a name are left alone: they describe objects to create.
 */
export function resolveReferences(ctx: Ctx, typeName: string, body: Obj): void {
  for (const m of ctx.model.members(typeName)) {
    if (!m.link || m.list) continue;
    const ref = body[m.name];
    if (!isObj(ref)) continue;
    const top = topLevelBinding(ctx, m.type);
    if (!top) continue;
    if (typeof ref.id === 'string' && ref.id) {
      if (!top.binding.get(ref.id)) throw notFound(m.type, 'id', ref.id);
      continue;
    }
    // A nested object with more than a name is a new object to create (a disk inside a new disk attachment), not a reference.
    const onlyNames = Object.keys(ref).every((k) => k === 'name' || k === 'href');
    if (typeof ref.name === 'string' && ref.name && onlyNames) {
      const hits = top.binding.list().filter((d) => d.name === ref.name);
      if (hits.length === 0) throw notFound(m.type, 'name', ref.name);
      body[m.name] = { ...ref, id: hits[0].id };
    }
  }
}

function notFound(type: string, key: string, value: string): HttpFault {
  return new HttpFault(400, msg('reason.operation_failed'), msg('detail.not_found_ref', { type: javaName(type), key, value }));
}

export function checkUniqueName(binding: CollectionBinding, typeName: string, name: unknown, selfId: string | undefined, operation: 'add' | 'update'): void {
  if (!binding.uniqueNames || typeof name !== 'string' || !name) return;
  if (binding.list().some((d) => d.name === name && d.id !== selfId)) {
    throw HttpFault.conflict(msg('detail.name_in_use', { verb: verbArg(operation), entity: entityLabel(typeName), name }));
  }
}
