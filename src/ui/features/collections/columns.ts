// Which columns a collection table shows. Known oVirt types get the columns the
// Administration Portal shows by default; any other type gets columns inferred from its
// items, so a collection this version has never heard of still reads well.
import type { Resource, Value } from '../../../api/resource.ts';
import { isReference, isStructure, unwrapList, valueAt } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';

export type ColumnKind =
  | 'name' // the item's display name, linked to its route
  | 'text'
  | 'status' // icon + label
  | 'severity' // event severity icon + label
  | 'ref' // reference to another resource, linked
  | 'bytes'
  | 'date'
  | 'uptime'
  | 'number'
  | 'boolean'
  | 'list'
  | 'vcpus' // sockets × cores × threads of cpu.topology
  | 'version' // {major, minor, …} or version_name/number
  | 'statistic'; // values.value[].datum in the statistic's unit

export interface ColumnDef {
  id: string;
  title: string;
  /** Dotted path into the item (`cpu.type`, `summary.total`); unused for `vcpus`. */
  path: string;
  kind: ColumnKind;
  /** Search field that sorts by this column (`sortby <field>`), for searchable collections. */
  sortBy?: string;
}

const c = (path: string, title: string, kind: ColumnKind = 'text', sortBy?: string): ColumnDef => ({ id: path, title, path, kind, ...(sortBy ? { sortBy } : {}) });
const NAME = c('name', 'Name', 'name', 'name');
const DESCRIPTION = c('description', 'Description');
const STATUS = c('status', 'Status', 'status', 'status');
const DESC_SORTED = c('description', 'Description', 'text', 'description');

const KNOWN: Record<string, ColumnDef[]> = {
  vm: [NAME, STATUS, c('host', 'Host', 'ref', 'host'), c('cluster', 'Cluster', 'ref', 'cluster'), c('memory', 'Memory', 'bytes', 'memory'), c('cpu.topology', 'CPUs', 'vcpus'), c('start_time', 'Uptime', 'uptime', 'uptime'), DESC_SORTED],
  template: [NAME, c('version', 'Version', 'version'), c('creation_time', 'Creation date', 'date'), STATUS, c('cluster', 'Cluster', 'ref'), DESCRIPTION],
  vm_pool: [NAME, c('size', 'Size', 'number'), c('prestarted_vms', 'Prestarted VMs', 'number'), c('type', 'Type'), c('cluster', 'Cluster', 'ref'), DESCRIPTION],
  host: [NAME, STATUS, c('address', 'Hostname/IP', 'text', 'address'), c('cluster', 'Cluster', 'ref', 'cluster'), c('summary.total', 'Virtual machines', 'number'), c('memory', 'Memory', 'bytes'), c('spm.status', 'SPM')],
  cluster: [NAME, c('version', 'Compatibility version', 'version'), c('cpu.type', 'CPU type'), c('data_center', 'Data center', 'ref'), DESCRIPTION],
  data_center: [NAME, STATUS, c('local', 'Local storage', 'boolean'), c('version', 'Compatibility version', 'version'), c('quota_mode', 'Quota mode'), DESCRIPTION],
  storage_domain: [NAME, STATUS, c('type', 'Domain type'), c('storage.type', 'Storage type'), c('storage_format', 'Format'), c('available', 'Free space', 'bytes'), c('used', 'Used space', 'bytes'), DESCRIPTION],
  network: [NAME, c('data_center', 'Data center', 'ref'), c('vlan.id', 'VLAN'), c('mtu', 'MTU', 'number'), c('usages', 'Role', 'list'), DESCRIPTION],
  vnic_profile: [NAME, c('network', 'Network', 'ref'), c('port_mirroring', 'Port mirroring', 'boolean'), c('pass_through.mode', 'Passthrough'), DESCRIPTION],
  disk: [c('alias', 'Alias', 'name', 'alias'), c('provisioned_size', 'Virtual size', 'bytes'), c('actual_size', 'Actual size', 'bytes'), STATUS, c('storage_type', 'Storage type'), c('format', 'Format'), c('content_type', 'Content'), DESCRIPTION],
  disk_attachment: [c('disk', 'Disk', 'ref'), c('interface', 'Interface'), c('bootable', 'Bootable', 'boolean'), c('active', 'Active', 'boolean'), c('read_only', 'Read only', 'boolean'), c('logical_name', 'Logical name')],
  nic: [NAME, c('interface', 'Interface'), c('mac.address', 'MAC address'), c('linked', 'Linked', 'boolean'), c('plugged', 'Plugged', 'boolean'), c('vnic_profile', 'vNIC profile', 'ref')],
  host_nic: [NAME, STATUS, c('mac.address', 'MAC address'), c('ip.address', 'IPv4 address'), c('speed', 'Speed', 'number'), c('network', 'Network', 'ref')],
  snapshot: [c('description', 'Description', 'name'), c('date', 'Date', 'date'), c('snapshot_status', 'Status', 'status'), c('snapshot_type', 'Type'), c('persist_memorystate', 'Memory', 'boolean')],
  event: [c('time', 'Time', 'date', 'time'), c('severity', 'Severity', 'severity', 'severity'), c('code', 'Code', 'number'), c('description', 'Message', 'name')],
  user: [c('user_name', 'User name', 'name', 'usrname'), c('name', 'First name'), c('last_name', 'Last name'), c('namespace', 'Namespace'), c('email', 'E-mail'), c('domain', 'Authorization provider', 'ref')],
  group: [NAME, c('namespace', 'Namespace'), c('domain', 'Authorization provider', 'ref')],
  role: [NAME, c('administrative', 'Administrative', 'boolean'), c('mutable', 'Mutable', 'boolean'), DESCRIPTION],
  permission: [c('role', 'Role', 'ref'), c('user', 'User', 'ref'), c('group', 'Group', 'ref'), c('data_center', 'Data center', 'ref'), c('cluster', 'Cluster', 'ref'), c('host', 'Host', 'ref'), c('vm', 'Virtual machine', 'ref'), c('storage_domain', 'Storage domain', 'ref')],
  tag: [NAME, c('parent', 'Parent', 'ref'), DESCRIPTION],
  bookmark: [NAME, c('value', 'Search')],
  job: [c('description', 'Description', 'name'), STATUS, c('start_time', 'Started', 'date'), c('end_time', 'Ended', 'date'), c('owner', 'Owner', 'ref')],
  step: [c('description', 'Description', 'name'), c('type', 'Type'), STATUS, c('progress', 'Progress', 'number'), c('start_time', 'Started', 'date')],
  statistic: [NAME, c('values', 'Value', 'statistic'), DESCRIPTION],
  instance_type: [NAME, c('memory', 'Memory', 'bytes'), c('cpu.topology', 'CPUs', 'vcpus'), DESCRIPTION],
  operating_system: [NAME, c('description', 'Description'), c('architecture', 'Architecture')],
  cluster_level: [c('id', 'Version', 'name'), c('cpu_types', 'CPU types', 'list')],
  mac_pool: [NAME, c('allow_duplicates', 'Allow duplicates', 'boolean'), c('default_pool', 'Default', 'boolean'), DESCRIPTION],
  storage_connection: [c('address', 'Address', 'name'), c('type', 'Type'), c('path', 'Path'), c('port', 'Port', 'number'), c('target', 'Target')],
  disk_profile: [NAME, c('storage_domain', 'Storage domain', 'ref'), c('qos', 'QoS', 'ref'), DESCRIPTION],
  cpu_profile: [NAME, c('cluster', 'Cluster', 'ref'), c('qos', 'QoS', 'ref'), DESCRIPTION],
  domain: [NAME],
  scheduling_policy: [NAME, c('locked', 'Locked', 'boolean'), c('default_policy', 'Default', 'boolean'), DESCRIPTION],
  affinity_group: [NAME, c('priority', 'Priority', 'number'), c('broken', 'Broken', 'boolean'), DESCRIPTION],
  affinity_label: [NAME, c('read_only', 'Read only', 'boolean')],
  quota: [NAME, c('data_center', 'Data center', 'ref'), DESCRIPTION],
};

/** Columns for a page of `itemKind` items: the known set, minus columns no item fills when
 * some do fill others (an engine version may lack a field), or inferred ones. */
export function columnsFor(itemKind: string, items: Resource[]): ColumnDef[] {
  const known = KNOWN[itemKind];
  if (known) {
    if (items.length === 0) return known;
    const filled = known.filter((col) => col.kind === 'name' || items.some((it) => hasValue(valueAt(it, col.path))));
    return filled;
  }
  return inferColumns(items);
}

const MAX_INFERRED = 8;
const SKIP = new Set(['name', 'description', 'comment', 'status']);

/** Columns for an unknown type: name, status, then the scalar and reference fields most items
 * carry (in first-seen order), description last. */
export function inferColumns(items: Resource[]): ColumnDef[] {
  const cols: ColumnDef[] = [];
  const sample = items.slice(0, 50);
  const has = (key: string) => sample.some((it) => hasValue(it.fields[key]));
  cols.push(has('name') || sample.length === 0 ? NAME : c('id', 'ID', 'name'));
  if (has('status')) cols.push(STATUS);
  const seen = new Map<string, { count: number; kind: ColumnKind }>();
  for (const it of sample) {
    for (const [key, v] of Object.entries(it.fields)) {
      if (SKIP.has(key)) continue;
      const kind = kindOfValue(v);
      if (!kind) continue;
      const prev = seen.get(key);
      seen.set(key, { count: (prev?.count ?? 0) + 1, kind: prev?.kind ?? kind });
    }
  }
  const ranked = [...seen.entries()].filter(([, s]) => s.count * 2 >= sample.length);
  for (const [key, s] of ranked) {
    if (cols.length >= MAX_INFERRED - 1) break;
    cols.push(c(key, humanize(key), s.kind));
  }
  if (has('description')) cols.push(DESCRIPTION);
  return cols;
}

function kindOfValue(v: Value | undefined): ColumnKind | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') {
    if (v.length > 120) return null;
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) ? 'date' : 'text';
  }
  if (isReference(v)) return 'ref';
  const list = unwrapList(v);
  if (Array.isArray(list) && list.every((x) => typeof x !== 'object' || x === null)) return 'list';
  return null;
}

function hasValue(v: Value | undefined): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isStructure(v)) return !!v.id || !!v.href || Object.keys(v.fields).length > 0;
  return true;
}

/** Reference columns to inline with `follow`, so names show without a request per row. */
export function followFor(itemKind: string | undefined): string | undefined {
  const cols = itemKind ? KNOWN[itemKind] : undefined;
  const refs = cols?.filter((col) => col.kind === 'ref' && !col.path.includes('.')).map((col) => col.path) ?? [];
  return refs.length ? refs.join(',') : undefined;
}

/** Columns the portal hides by default but lets the admin show (`Comment`, `ID`). */
const HIDDEN_BY_DEFAULT: ColumnDef[] = [c('comment', 'Comment', 'text', 'comment'), c('id', 'ID')];

/** Every column the chooser offers: the default ones, then the hidden-by-default ones
 * this page can fill (ID always). */
export function availableColumns(defaults: ColumnDef[], items: Resource[]): ColumnDef[] {
  const extras = HIDDEN_BY_DEFAULT.filter((col) => !defaults.some((d) => d.id === col.id || d.path === col.path) && (col.id === 'id' || items.some((it) => hasValue(valueAt(it, col.path)))));
  return [...defaults, ...extras];
}
