// How a resource's fields are laid out on its General tab: identity first, then plain values
// and references in one list, nested structures each in a section of their own. References
// worth naming up front are picked here so the page costs at most a few requests.
import type { Resource, Value } from '../../../api/resource.ts';
import { isReference, isStructure, unwrapList } from '../../lib/fields.ts';

const FIRST = ['name', 'description', 'comment', 'status', 'status_detail'];
/** What the portal's General sub-tab shows first, per type. */
const KIND_FIRST: Record<string, string[]> = {
  vm: ['template', 'memory', 'cluster', 'host', 'start_time', 'fqdn', 'type', 'origin', 'creation_time'],
  host: ['address', 'cluster', 'type', 'memory', 'max_scheduling_memory', 'port'],
  storage_domain: ['type', 'available', 'used', 'committed', 'master', 'storage_format'],
  disk: ['alias', 'provisioned_size', 'actual_size', 'format', 'storage_type', 'content_type', 'shareable'],
  cluster: ['data_center', 'cpu', 'version', 'ballooning_enabled'],
  data_center: ['local', 'storage_format', 'quota_mode'],
  event: ['time', 'severity', 'code'],
};
/** References whose names an admin looks for first (the portal shows these on General). */
const REF_PRIORITY = ['host', 'cluster', 'data_center', 'template', 'storage_domain', 'network', 'vm', 'role', 'user', 'group', 'disk', 'vnic_profile', 'instance_type', 'vm_pool'];
export const EAGER_REFS = 2;

export interface PropertyLayout {
  /** Scalars, references and scalar lists, shown in one description list. */
  simple: Array<[string, Value]>;
  /** Nested structures and lists of structures, one section each. */
  nested: Array<[string, Value]>;
  /** Reference fields to resolve names for at once. */
  eager: Set<string>;
}

export function layoutProperties(resource: Resource): PropertyLayout {
  const entries = Object.entries(resource.fields).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const first = [...FIRST, ...(KIND_FIRST[resource.kind] ?? [])];
  const rank = (k: string) => {
    const i = first.indexOf(k);
    return i < 0 ? first.length : i;
  };
  entries.sort((a, b) => rank(a[0]) - rank(b[0]));
  const simple: Array<[string, Value]> = [];
  const nested: Array<[string, Value]> = [];
  for (const [k, v] of entries) {
    const list = unwrapList(v);
    const isSimpleList = Array.isArray(list) && list.every((x) => typeof x !== 'object' || x === null || isReference(x));
    if (typeof v !== 'object' || isReference(v) || isSimpleList) simple.push([k, v]);
    else if (isStructure(v) || Array.isArray(list)) nested.push([k, v]);
  }
  if (resource.id) simple.push(['id', resource.id]);
  const refs = simple.filter(([, v]) => isReference(v)).map(([k]) => k);
  const eager = new Set(refs.sort((a, b) => prio(a) - prio(b)).slice(0, EAGER_REFS));
  return { simple, nested, eager };
}

function prio(k: string): number {
  const i = REF_PRIORITY.indexOf(k);
  return i < 0 ? REF_PRIORITY.length : i;
}
