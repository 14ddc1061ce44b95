// The classic workflow of the RHEV REST API guide (chapter 2), over plain HTTP and XML, as a
// client of a real engine would run it: list data centers, clusters, networks and hosts;
// approve a host; create NFS data and ISO domains; attach and activate them; create a VM with
// a NIC, a disk and an ISO in its CD-ROM; start it; read the events; provoke and read a fault.
//
//   npx tsx scripts/classic-workflow.ts http://127.0.0.1:8081 admin@internal PASSWORD
//
// It only speaks HTTP, so it runs against the embedded engine and a real one alike (on a real
// engine it creates objects named vantage-*: run it on a test engine).
import { XMLParser } from 'fast-xml-parser';

export interface WorkflowLog {
  (step: string, detail?: string): void;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, isArray: (_n, jpath) => /\.(link|vm|host|data_center|cluster|network|storage_domain|event|file|vnic_profile)$/.test(String(jpath)) });

type Node = Record<string, any>;

class Engine {
  private token = '';
  constructor(
    private readonly base: string,
    private readonly log: WorkflowLog,
  ) {}

  get api(): string {
    return `${this.base}/ovirt-engine/api`;
  }

  async login(user: string, password: string): Promise<void> {
    const res = await fetch(`${this.base}/ovirt-engine/sso/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: user, password }),
    });
    const body = (await res.json()) as { access_token?: string; error?: string };
    if (!res.ok || !body.access_token) throw new Error(`login failed: ${res.status} ${body.error ?? ''}`);
    this.token = body.access_token;
  }

  async call(method: string, path: string, body?: string): Promise<{ status: number; doc: Node; text: string; headers: Headers }> {
    const url = path.startsWith('http') ? path : path.startsWith('/ovirt-engine') ? `${this.base}${path}` : `${this.api}${path}`;
    const res = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/xml', ...(body ? { 'Content-Type': 'application/xml' } : {}) },
      body,
    });
    const text = await res.text();
    return { status: res.status, doc: text ? xml.parse(text) : {}, text, headers: res.headers };
  }

  async ok(method: string, path: string, body?: string, expect: number[] = [200, 201, 202]): Promise<Node> {
    const r = await this.call(method, path, body);
    if (!expect.includes(r.status)) throw new Error(`${method} ${path} answered ${r.status}: ${r.text.slice(0, 400)}`);
    return r.doc;
  }

  async list(path: string, item: string): Promise<Node[]> {
    const doc = await this.ok('GET', path);
    const root = Object.entries(doc).find(([k, v]) => !k.startsWith('?') && typeof v === 'object')?.[1] as Node | undefined;
    return (root?.[item] as Node[] | undefined) ?? [];
  }

  /** Polls an object until `done` holds, as clients of the real engine do after an action. */
  async waitFor(path: string, kind: string, done: (o: Node) => boolean, what: string, timeoutMs = 30_000): Promise<Node> {
    const until = Date.now() + timeoutMs;
    let last: Node = {};
    while (Date.now() < until) {
      last = (await this.ok('GET', path))[kind] as Node;
      if (done(last)) return last;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`timed out waiting for ${what}; last status ${JSON.stringify(last?.status)}`);
  }
}

const statusOf = (o: Node) => (typeof o?.status === 'object' ? o.status.state : o?.status);

export async function runClassicWorkflow(base: string, user: string, password: string, log: WorkflowLog = () => {}): Promise<{ vmId: string; events: string[]; fault: { reason: string; detail: string } }> {
  const e = new Engine(base.replace(/\/+$/, ''), log);
  await e.login(user, password);
  log('logged in', user);

  const dcs = await e.list('/datacenters', 'data_center');
  const clusters = await e.list('/clusters', 'cluster');
  const networks = await e.list('/networks', 'network');
  const hosts = await e.list('/hosts', 'host');
  log('listed', `${dcs.length} data centers, ${clusters.length} clusters, ${networks.length} networks, ${hosts.length} hosts`);
  if (!dcs.length || !clusters.length || !hosts.length) throw new Error('the engine has no data center, cluster or host to work with');

  // Approve a host waiting for it (the guide's first action); otherwise keep an up host.
  const pending = hosts.find((h) => statusOf(h) === 'pending_approval');
  let host = hosts.find((h) => statusOf(h) === 'up');
  if (pending) {
    const cluster = clusters.find((c) => c.id === pending.cluster?.id) ?? clusters[0];
    await e.ok('POST', `/hosts/${pending.id}/approve`, `<action><cluster id="${cluster.id}"/></action>`);
    host = await e.waitFor(`/hosts/${pending.id}`, 'host', (h) => statusOf(h) === 'up', `host ${pending.name} to come up`);
    log('approved host', `${pending.name} is up`);
  }
  if (!host) throw new Error('no host is up');
  const cluster = clusters.find((c) => c.id === host!.cluster?.id) ?? clusters[0];
  const dc = dcs.find((d) => d.id === cluster.data_center?.id) ?? dcs[0];

  const suffix = Date.now().toString(36);
  const createDomain = async (name: string, type: 'data' | 'iso', path: string) => {
    const doc = await e.ok(
      'POST',
      '/storagedomains',
      `<storage_domain><name>${name}</name><type>${type}</type><storage><type>nfs</type><address>nfs.example.com</address><path>${path}</path></storage><host><name>${host!.name}</name></host></storage_domain>`,
    );
    return doc.storage_domain as Node;
  };
  const data = await createDomain(`vantage-data-${suffix}`, 'data', `/exports/vantage/data-${suffix}`);
  const iso = await createDomain(`vantage-iso-${suffix}`, 'iso', `/exports/vantage/iso-${suffix}`);
  log('created storage domains', `${data.name}, ${iso.name}`);

  for (const sd of [data, iso]) {
    await e.ok('POST', `/datacenters/${dc.id}/storagedomains`, `<storage_domain id="${sd.id}"/>`);
    const attached = (await e.ok('GET', `/datacenters/${dc.id}/storagedomains/${sd.id}`)).storage_domain as Node;
    // v4 engines activate on attach; older ones leave the domain inactive until asked.
    if (!['active', 'activating', 'locked'].includes(statusOf(attached))) {
      await e.ok('POST', `/datacenters/${dc.id}/storagedomains/${sd.id}/activate`, '<action/>');
    }
    await e.waitFor(`/datacenters/${dc.id}/storagedomains/${sd.id}`, 'storage_domain', (s) => statusOf(s) === 'active', `${sd.name} to be active`);
  }
  log('attached and activated', `both domains active in ${dc.name}`);

  const vmDoc = await e.ok(
    'POST',
    '/vms',
    `<vm><name>vantage-vm-${suffix}</name><cluster id="${cluster.id}"/><template><name>Blank</name></template><memory>1073741824</memory><os><type>rhel_8x64</type><boot><devices><device>cdrom</device><device>hd</device></devices></boot></os></vm>`,
  );
  const vm = vmDoc.vm as Node;
  log('created VM', vm.name);

  const profiles = await e.list('/vnicprofiles', 'vnic_profile');
  const profile = profiles.find((p) => p.name === 'ovirtmgmt') ?? profiles[0];
  await e.ok('POST', `/vms/${vm.id}/nics`, `<nic><name>nic1</name><interface>virtio</interface>${profile ? `<vnic_profile id="${profile.id}"/>` : ''}</nic>`);
  log('added NIC', profile ? `with profile ${profile.name}` : 'without profile');

  const att = (await e.ok(
    'POST',
    `/vms/${vm.id}/diskattachments`,
    `<disk_attachment><bootable>true</bootable><interface>virtio_scsi</interface><active>true</active><disk><name>vantage-disk-${suffix}</name><format>cow</format><sparse>true</sparse><provisioned_size>10737418240</provisioned_size><storage_domains><storage_domain id="${data.id}"/></storage_domains></disk></disk_attachment>`,
  )).disk_attachment as Node;
  await e.waitFor(`/disks/${att.disk?.id ?? att.id}`, 'disk', (d) => statusOf(d) === 'ok', 'the new disk to be ok');
  log('added disk', '10 GiB, ok');

  let files = await e.list(`/storagedomains/${iso.id}/files`, 'file');
  if (!files.length) {
    // A new ISO domain on a real engine starts empty until images are uploaded: use any ISO domain's images.
    const domains = await e.list('/storagedomains', 'storage_domain');
    for (const d of domains.filter((s) => s.type === 'iso')) {
      files = await e.list(`/storagedomains/${d.id}/files`, 'file');
      if (files.length) break;
    }
  }
  if (!files.length) throw new Error('no ISO image is available in any ISO domain');
  await e.ok('PUT', `/vms/${vm.id}/cdroms/00000000-0000-0000-0000-000000000000`, `<cdrom><file id="${files[0].id}"/></cdrom>`);
  log('inserted ISO', String(files[0].id));

  await e.ok('POST', `/vms/${vm.id}/start`, '<action/>');
  await e.waitFor(`/vms/${vm.id}`, 'vm', (v) => statusOf(v) === 'up', `${vm.name} to be up`);
  log('started VM', 'up');

  const events = (await e.list(`/events?max=50`, 'event')).map((ev) => String(ev.description));
  const mine = events.filter((d) => d.includes(vm.name));
  if (!mine.length) throw new Error(`no event mentions ${vm.name}`);
  log('events', mine.slice(0, 3).join(' | '));

  const again = await e.call('POST', `/vms/${vm.id}/start`, '<action/>');
  const fault = (again.doc.action?.fault ?? again.doc.fault) as Node | undefined;
  if (again.status !== 409 || !fault) throw new Error(`starting a running VM should be refused with 409 and a fault, got ${again.status}`);
  log('fault', `${again.status} ${fault.reason}: ${fault.detail}`);

  return { vmId: String(vm.id), events: mine, fault: { reason: String(fault.reason), detail: String(fault.detail) } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://127.0.0.1:8081', user = 'admin@internal', password = process.env.VANTAGE_ADMIN_PASSWORD ?? ''] = process.argv.slice(2);
  runClassicWorkflow(base, user, password, (step, detail) => console.log(`✔ ${step}${detail ? `: ${detail}` : ''}`)).then(
    () => console.log('classic workflow complete'),
    (err) => {
      console.error(`✘ ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
