/**
 * The CRUD matrix: one row per collection the engine-core issue lists. Bodies are written in
 * the JSON shape (wrappers kept, `{ permit: [...] }`); `toXml` turns the same object into the
 * XML request, so both formats send the same thing.
 */

/** Ids of the fixtures the matrix builds before it runs (filled in by the test's beforeAll). */
export interface Fixtures {
  dc: string;
  cluster: string;
  host: string;
  hostName: string;
  network: string;
  sd: string;
  iso: string;
  vm: string;
  template: string;
  job: string;
  alice: string;
  domain: string;
  parentTag: string;
  tagName: (fmt: string) => string;
  directoryUser: (fmt: string) => string;
  directoryGroup: (fmt: string) => string;
}

export type Body = Record<string, unknown>;

export interface CrudCase {
  /** label and default collection path below the API root */
  name: string;
  path?: (f: Fixtures) => string;
  /** singular element / JSON list key */
  el: string;
  create: (n: string, f: Fixtures, fmt: 'xml' | 'json') => Body;
  /** one scalar member to change; `null` where the model has no update (PUT must answer 405) */
  update: Body | null;
  /** a create body missing a mandatory member */
  bad?: (f: Fixtures) => Body;
  /** the member that names the object (name unless told) */
  nameKey?: string | null;
  /** what the engine needs before DELETE (a host goes to maintenance first) */
  beforeRemove?: (href: string) => { method: string; path: string; body?: string };
  /** DELETE query parameters */
  removeQuery?: (f: Fixtures) => string;
  /** no DELETE in the model (jobs) */
  noRemove?: boolean;
}

const gb = 1073741824;

const sd = (type: string, n: string, f: Fixtures, storage: Body): Body => ({
  name: n,
  type: 'data',
  host: { id: f.host },
  storage: { type, ...storage },
});

export const CASES: CrudCase[] = [
  { name: 'datacenters', el: 'data_center', create: (n) => ({ name: n, local: false }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  {
    name: 'clusters',
    el: 'cluster',
    create: (n, f) => ({ name: n, data_center: { id: f.dc }, cpu: { type: 'Intel Nehalem Family' } }),
    update: { description: 'upd' },
    bad: () => ({ description: 'x' }),
  },
  { name: 'datacenters/{dc}/clusters', path: (f) => `datacenters/${f.dc}/clusters`, el: 'cluster', create: (n, f) => ({ name: n, data_center: { id: f.dc }, cpu: { type: 'Intel Nehalem Family' } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'networks', el: 'network', create: (n, f) => ({ name: n, data_center: { id: f.dc } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'datacenters/{dc}/networks', path: (f) => `datacenters/${f.dc}/networks`, el: 'network', create: (n) => ({ name: n }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'datacenters/{dc}/quotas', path: (f) => `datacenters/${f.dc}/quotas`, el: 'quota', create: (n) => ({ name: n }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'clusters/{c}/affinitygroups', path: (f) => `clusters/${f.cluster}/affinitygroups`, el: 'affinity_group', create: (n) => ({ name: n }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'vnicprofiles', el: 'vnic_profile', create: (n, f) => ({ name: n, network: { id: f.network } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'networks/{n}/vnicprofiles', path: (f) => `networks/${f.network}/vnicprofiles`, el: 'vnic_profile', create: (n) => ({ name: n }), update: null, bad: () => ({ description: 'x' }) },
  {
    name: 'hosts',
    el: 'host',
    create: (n, f, fmt) => ({ name: n, address: `10.77.0.${fmt === 'xml' ? 1 : 2}`, root_password: 'secret', cluster: { id: f.cluster } }),
    update: { description: 'upd' },
    bad: (f) => ({ name: 'no-address', cluster: { id: f.cluster } }),
    beforeRemove: (href) => ({ method: 'POST', path: `${href}/deactivate`, body: '<action/>' }),
  },
  {
    name: 'hosts/{h}/fenceagents',
    path: (f) => `hosts/${f.host}/fenceagents`,
    el: 'agent',
    nameKey: 'address',
    create: (n) => ({ address: n, type: 'ipmilan', username: 'admin', password: 'pw', order: 1 }),
    update: { username: 'root' },
    bad: () => ({ username: 'x' }),
  },
  ...(['nfs', 'iscsi', 'fcp', 'localfs', 'posixfs'] as const).map(
    (type): CrudCase => ({
      name: `storagedomains (${type})`,
      path: () => 'storagedomains',
      el: 'storage_domain',
      create: (n, f) =>
        sd(type, n, f, {
          nfs: { address: '192.0.2.10', path: `/exports/${n}` },
          iscsi: { logical_units: { logical_unit: [{ id: `lun-${n}`, address: '192.0.2.20', port: 3260, target: 'iqn.2026-01.example:t1' }] } },
          fcp: { logical_units: { logical_unit: [{ id: `wwid-${n}` }] } },
          localfs: { path: `/data/${n}` },
          posixfs: { address: '', path: `gluster.example:/${n}`, vfs_type: 'glusterfs' },
        }[type]),
      update: { description: 'upd' },
      bad: (f) => ({ name: `bad-${type}`, host: { id: f.host }, storage: { type } }),
      removeQuery: (f) => `?host=${f.hostName}&format=true`,
    }),
  ),
  {
    name: 'disks',
    el: 'disk',
    create: (n, f) => ({ name: n, provisioned_size: gb, format: 'cow', interface: 'virtio', storage_domains: { storage_domain: [{ id: f.sd }] } }),
    update: { description: 'upd' },
    bad: (f) => ({ name: 'no-size', format: 'cow', interface: 'virtio', storage_domains: { storage_domain: [{ id: f.sd }] } }),
  },
  {
    name: 'storagedomains/{sd}/disks',
    path: (f) => `storagedomains/${f.sd}/disks`,
    el: 'disk',
    create: (n) => ({ name: n, provisioned_size: gb, format: 'raw' }),
    update: { description: 'upd' },
    bad: () => ({ name: 'no-size', format: 'cow' }),
  },
  { name: 'vms', el: 'vm', create: (n, f) => ({ name: n, cluster: { id: f.cluster }, template: { name: 'Blank' } }), update: { description: 'upd' }, bad: (f) => ({ cluster: { id: f.cluster } }) },
  { name: 'vms/{vm}/nics', path: (f) => `vms/${f.vm}/nics`, el: 'nic', create: (n) => ({ name: n, interface: 'virtio' }), update: { interface: 'e1000' }, bad: () => ({ interface: 'virtio' }) },
  {
    name: 'vms/{vm}/diskattachments',
    path: (f) => `vms/${f.vm}/diskattachments`,
    el: 'disk_attachment',
    nameKey: null,
    create: (n, f) => ({ bootable: false, interface: 'virtio', disk: { name: n, provisioned_size: gb, format: 'cow', storage_domains: { storage_domain: [{ id: f.sd }] } } }),
    update: { interface: 'virtio_scsi' },
    bad: () => ({ bootable: false }),
  },
  { name: 'vms/{vm}/snapshots', path: (f) => `vms/${f.vm}/snapshots`, el: 'snapshot', nameKey: 'description', create: (n) => ({ description: n }), update: null, bad: () => ({ persist_memorystate: false }) },
  { name: 'vms/{vm}/tags', path: (f) => `vms/${f.vm}/tags`, el: 'tag', create: (_n, f, fmt) => ({ name: f.tagName(fmt) }), update: null, bad: () => ({ description: 'x' }) },
  { name: 'hosts/{h}/tags', path: (f) => `hosts/${f.host}/tags`, el: 'tag', create: (_n, f, fmt) => ({ name: f.tagName(fmt) }), update: null, bad: () => ({ description: 'x' }) },
  { name: 'vms/{vm}/permissions', path: (f) => `vms/${f.vm}/permissions`, el: 'permission', nameKey: null, create: (_n, f) => ({ role: { name: 'UserRole' }, user: { id: f.alice } }), update: null, bad: (f) => ({ user: { id: f.alice } }) },
  { name: 'permissions', el: 'permission', nameKey: null, create: (_n, f, fmt) => ({ role: { name: fmt === 'xml' ? 'UserRole' : 'PowerUserRole' }, user: { id: f.alice } }), update: null, bad: (f) => ({ user: { id: f.alice } }) },
  { name: 'templates', el: 'template', create: (n, f) => ({ name: n, vm: { id: f.vm } }), update: { description: 'upd' }, bad: () => ({ name: 'no-vm' }) },
  {
    name: 'vmpools',
    el: 'vm_pool',
    create: (n, f) => ({ name: n, cluster: { id: f.cluster }, template: { id: f.template }, size: 1 }),
    update: { description: 'upd' },
    bad: (f) => ({ name: 'no-template', cluster: { id: f.cluster } }),
  },
  { name: 'roles', el: 'role', create: (n) => ({ name: n, administrative: false, permits: { permit: [{ id: '1' }] } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'users', el: 'user', nameKey: 'user_name', create: (_n, f, fmt) => ({ user_name: f.directoryUser(fmt), domain: { id: f.domain } }), update: { department: 'upd' }, bad: (f) => ({ domain: { id: f.domain } }) },
  { name: 'groups', el: 'group', create: (_n, f, fmt) => ({ name: f.directoryGroup(fmt), domain: { id: f.domain } }), update: null, bad: (f) => ({ domain: { id: f.domain } }) },
  { name: 'tags', el: 'tag', create: (n, f) => ({ name: n, parent: { name: f.parentTag } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  {
    name: 'events',
    el: 'event',
    nameKey: 'description',
    create: (n, _f, fmt) => ({ description: n, severity: 'normal', origin: 'crud-matrix', custom_id: fmt === 'xml' ? 4711 : 4712 }),
    update: null,
    bad: () => ({ severity: 'normal', origin: 'crud-matrix', custom_id: 1 }),
  },
  { name: 'bookmarks', el: 'bookmark', create: (n) => ({ name: n, value: 'vms: name=web*' }), update: { value: 'hosts: status=up' }, bad: () => ({ value: 'vms:' }) },
  { name: 'affinitylabels', el: 'affinity_label', create: (n) => ({ name: n }), update: { read_only: true }, bad: () => ({ read_only: false }) },
  { name: 'macpools', el: 'mac_pool', create: (n) => ({ name: n, ranges: { range: [{ from: '02:1a:4a:00:00:00', to: '02:1a:4a:00:00:ff' }] } }), update: { description: 'upd' }, bad: () => ({ description: 'x' }) },
  { name: 'jobs', el: 'job', nameKey: 'description', create: (n) => ({ description: n, auto_cleared: true }), update: null, bad: () => ({ auto_cleared: true }), noRemove: true },
  { name: 'jobs/{j}/steps', path: (f) => `jobs/${f.job}/steps`, el: 'step', nameKey: 'description', create: (n) => ({ description: n, type: 'executing' }), update: null, bad: () => ({ type: 'executing' }), noRemove: true },
];

/** Read-only collections: list and get in both formats. */
export const READ_ONLY: { name: string; path: (f: Fixtures) => string; el: string }[] = [
  { name: 'schedulingpolicies', path: () => 'schedulingpolicies', el: 'scheduling_policy' },
  { name: 'clusterlevels', path: () => 'clusterlevels', el: 'cluster_level' },
  { name: 'operatingsystems', path: () => 'operatingsystems', el: 'operating_system' },
  { name: 'hosts/{h}/nics', path: (f) => `hosts/${f.host}/nics`, el: 'host_nic' },
  { name: 'vms/{vm}/graphicsconsoles', path: (f) => `vms/${f.vm}/graphicsconsoles`, el: 'graphics_console' },
  { name: 'templates/{t}/nics', path: (f) => `templates/${f.template}/nics`, el: 'nic' },
  { name: 'templates/{t}/diskattachments', path: (f) => `templates/${f.template}/diskattachments`, el: 'disk_attachment' },
  { name: 'storagedomains/{sd}/files', path: (f) => `storagedomains/${f.iso}/files`, el: 'file' },
  { name: 'jobs/{j}/steps', path: (f) => `jobs/${f.job}/steps`, el: 'step' },
  { name: 'roles/{r}/permits', path: () => 'roles/def00001-0000-0000-0000-def000000001/permits', el: 'permit' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** JSON-shaped body → XML; `id` of a nested object becomes the attribute, as oVirt writes it. */
export function toXml(el: string, body: Body): string {
  const inner = (key: string, v: unknown): string => {
    if (Array.isArray(v)) return v.map((x) => inner(key, x)).join('');
    if (v && typeof v === 'object') {
      const { id, ...rest } = v as Body;
      const attr = typeof id === 'string' ? ` id="${esc(id)}"` : '';
      return `<${key}${attr}>${Object.entries(rest).map(([k, x]) => inner(k, x)).join('')}</${key}>`;
    }
    return `<${key}>${esc(String(v))}</${key}>`;
  };
  return inner(el, body);
}
