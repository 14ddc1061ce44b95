// Rewrites v3 / 0.9 shapes into their v4 equivalents, in place, before normalisation:
// status wrappers, attribute-style data and renamed members. Decided by the shape seen,
// not by the dialect announced, so a v3 document read as JSON or XML comes out the same.
import { isObject, text, toArray, type Tree, type TreeObject } from './tree.ts';

const SPECIAL_OBJECT_RELS: Record<string, string> = {
  'templates/blank': 'blank_template',
  'tags/root': 'root_tag',
};

export function specialObjectName(rel: string): string {
  return SPECIAL_OBJECT_RELS[rel] ?? rel.replace(/\//g, '_');
}

export function fixV3(obj: TreeObject, element: string | undefined): void {
  // v3: <status><state>up</state><detail/></status>, also external_status and friends
  for (const key of Object.keys(obj)) {
    const st = obj[key];
    if (!key.endsWith('status') || !isObject(st) || !('state' in st) || st.href !== undefined) continue;
    obj[key] = st.state;
    const detail = text(st.detail);
    if (detail && obj[`${key}_detail`] === undefined) obj[`${key}_detail`] = detail;
  }
  // 0.9/v3 VM states merged or renamed in v4
  if (typeof obj.status === 'string') {
    const l = obj.status.toLowerCase();
    if (l === 'migrating_from' || l === 'migrating_to') obj.status = 'migrating';
    else if (l === 'powered_down') obj.status = 'down';
  }
  if (obj.selinux !== undefined && obj.se_linux === undefined) {
    obj.se_linux = obj.selinux;
    delete obj.selinux;
  }
  const os = obj.os;
  // v3: <os type="rhel_7x64"><boot dev="hd"/><boot dev="cdrom"/></os>
  if (isObject(os) && os.boot !== undefined) {
    const boots = toArray(os.boot);
    if (boots.length && boots.every((b) => isObject(b) && 'dev' in b)) {
      os.boot = { devices: { device: boots.map((b) => (b as TreeObject).dev) } };
    }
  }
  // v3: <cpu id="Intel Conroe Family"> in clusters and capabilities = v4 cpu.type
  const cpu = obj.cpu;
  if (isObject(cpu) && typeof cpu.id === 'string' && cpu.href === undefined && cpu.type === undefined) {
    cpu.type = cpu.id;
    delete cpu.id;
  }
  if (element === 'cpu' && typeof obj.id === 'string' && obj.href === undefined && obj.type === undefined) {
    obj.type = obj.id;
    delete obj.id;
  }
  // v3 statistic: <values type="INTEGER"> + <type>GAUGE</type> = v4 <kind>gauge</kind><type>integer</type>
  const values = obj.values;
  if (isObject(values) && typeof values.type === 'string' && obj.kind === undefined) {
    if (obj.type !== undefined) obj.kind = obj.type;
    obj.type = values.type;
    delete values.type;
  }
  if (obj.overcommit !== undefined && obj.over_commit === undefined) {
    obj.over_commit = obj.overcommit;
    delete obj.overcommit;
  }
  if (typeof obj.timezone === 'string' && obj.time_zone === undefined) {
    obj.time_zone = { name: obj.timezone };
  }
  if (element === 'data_center' && obj.local === undefined && typeof obj.storage_type === 'string') {
    obj.local = obj.storage_type.toLowerCase() === 'localfs';
  }
  if (obj.vmpool !== undefined && obj.vm_pool === undefined) {
    obj.vm_pool = obj.vmpool;
    delete obj.vmpool;
  }
  // v3 host: <storage_manager priority="5">true</storage_manager> = v4 spm {priority}
  const sm = obj.storage_manager;
  if (isObject(sm) && obj.spm === undefined) {
    const isSpm = text(sm.value);
    obj.spm = { priority: sm.priority ?? null, ...(isSpm !== undefined ? { status: isSpm === 'true' ? 'spm' : 'none' } : {}) };
  }
}

/** v3 special objects are links inside `<special_objects>`; v4 has named references. */
export function specialObjectsOf(node: Tree | undefined): Record<string, { id: string; href?: string }> {
  const out: Record<string, { id: string; href?: string }> = {};
  if (!isObject(node)) return out;
  for (const l of toArray(node.link)) {
    if (!isObject(l)) continue;
    const rel = text(l.rel);
    const href = text(l.href);
    if (!rel || !href) continue;
    out[specialObjectName(rel)] = { id: href.split('/').pop() ?? '', href };
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === 'link' || !isObject(v)) continue;
    const id = text(v.id);
    if (id) out[k] = { id, ...(text(v.href) ? { href: text(v.href) } : {}) };
  }
  return out;
}
