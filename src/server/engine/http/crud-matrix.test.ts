/**
 * Create / read / update / delete over HTTP for every collection of the engine-core issue, in
 * XML and in JSON, on one engine; every XML body seen is validated against `?schema` at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, asList, TestEngine, type Res } from './test-support.ts';
import { CASES, READ_ONLY, toXml, type Body, type CrudCase, type Fixtures } from './crud-matrix.cases.ts';

type Fmt = 'xml' | 'json';
const t = new TestEngine();
const f = {} as Fixtures;

const send = (method: string, p: string, fmt: Fmt, el: string, body: Body) =>
  t.req(method, p, {
    body: fmt === 'xml' ? toXml(el, body) : JSON.stringify(body),
    headers: fmt === 'xml' ? { 'content-type': 'application/xml' } : { 'content-type': 'application/json', accept: 'application/json' },
  });
const read = (p: string, fmt: Fmt) => (fmt === 'xml' ? t.get(p) : t.getJson(p));

/** The object of an entity reply, attributes folded into plain members. */
function entity(r: Res, fmt: Fmt, el: string): Record<string, any> {
  if (fmt === 'json') return r.json();
  const o = r.xml()[el];
  return { ...o, id: o['@id'], href: o['@href'] };
}

function items(r: Res, fmt: Fmt, el: string): Record<string, any>[] {
  if (fmt === 'json') return asList(r.json()[el]);
  const [, root] = Object.entries(r.xml()).find(([k]) => !k.startsWith('?')) ?? [];
  return asList((root as Record<string, unknown> | '' | undefined)?.[el as never]).map((o: any) => ({ ...o, id: o['@id'] }));
}

const DATE_KEY = /^(date|time|creation_time|creation_date|start_time|stop_time|end_time|last_updated|expiry|last_active|activated_at)$/;

/** §2.3: ints and booleans are strings, dates are numbers (decimals too, which CRUD objects rarely carry). */
function jsonConventionBreaks(v: unknown, key = ''): string[] {
  if (typeof v === 'boolean') return [`${key}=${v} (boolean)`];
  if (typeof v === 'number') return DATE_KEY.test(key) || key === 'datum' || key === 'speed' ? [] : [`${key}=${v} (number)`];
  if (Array.isArray(v)) return v.flatMap((x) => jsonConventionBreaks(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => jsonConventionBreaks(x, k));
  return [];
}

async function firstId(p: string, pick: (x: any) => boolean = () => true): Promise<string> {
  const r = await t.getJson(`${API}/${p}`);
  const hit = Object.values(r.json() as Record<string, any[]>)[0]?.find(pick);
  if (!hit) throw new Error(`fixture: nothing in ${p}`);
  return hit.id;
}

async function created(p: string, body: Body): Promise<string> {
  const r = await send('POST', `${API}/${p}`, 'json', '', body);
  if (r.status !== 201) throw new Error(`fixture: POST ${p} → ${r.status} ${r.text}`);
  return r.json().id;
}

beforeAll(async () => {
  await t.start();
  f.dc = await created('datacenters', { name: 'mx-dc', local: false });
  f.cluster = await created('clusters', { name: 'mx-cluster', data_center: { id: f.dc }, cpu: { type: 'Intel Nehalem Family' } });
  f.network = await created('networks', { name: 'mx-net', data_center: { id: f.dc } });
  f.hostName = 'host01';
  f.host = await firstId('hosts', (h) => h.name === 'host01');
  f.sd = await firstId('storagedomains', (s) => s.name === 'data-nfs');
  f.iso = await firstId('storagedomains', (s) => s.name === 'iso');
  f.vm = await created('vms', { name: 'mx-vm', cluster: { id: f.cluster }, template: { name: 'Blank' } });
  f.template = await firstId('templates', (x) => x.name === 'rhel9-base');
  f.alice = await firstId('users', (u) => u.name === 'Alice');
  f.domain = await firstId('domains', (d) => d.name !== 'internal-authz');
  f.job = await firstId('jobs');
  f.parentTag = 'mx-parent';
  await created('tags', { name: f.parentTag });
  for (const fmt of ['xml', 'json']) await created('tags', { name: `mx-assign-${fmt}` });
  f.tagName = (fmt) => `mx-assign-${fmt}`;
  const existing = new Set(items(await t.getJson(`${API}/users`), 'json', 'user').map((u) => u.user_name));
  const dirUsers = items(await t.getJson(`${API}/domains/${f.domain}/users`), 'json', 'user').filter((u) => !existing.has(u.user_name) && !existing.has(u.principal));
  // both directory groups are seeded as engine groups: remove them so they can be added again
  for (const g of items(await t.getJson(`${API}/groups`), 'json', 'group')) await t.req('DELETE', `${API}/groups/${g.id}`);
  const groupsIn = new Set(items(await t.getJson(`${API}/groups`), 'json', 'group').map((g) => g.name));
  const dirGroups = items(await t.getJson(`${API}/domains/${f.domain}/groups`), 'json', 'group').filter((g) => !groupsIn.has(g.name));
  f.directoryUser = (fmt) => String(dirUsers[fmt === 'xml' ? 0 : 1]?.user_name ?? dirUsers[fmt === 'xml' ? 0 : 1]?.principal ?? 'missing-directory-user');
  f.directoryGroup = (fmt) => String(dirGroups[fmt === 'xml' ? 0 : 1]?.name ?? 'missing-directory-group');
}, 30_000);
afterAll(() => t.stop());

function crud(c: CrudCase, fmt: Fmt) {
  const nameKey = c.nameKey === undefined ? 'name' : c.nameKey;
  const n = `mx-${c.el.replace(/_/g, '')}-${fmt}-${CASES.indexOf(c)}`;
  let id = '';
  let href = '';
  const coll = () => `${API}/${c.path ? c.path(f) : c.name}`;
  const listIds = async () => items(await read(coll(), fmt), fmt, c.el).map((x) => x.id);

  it('refuses a create missing a mandatory member with a 400 fault and writes nothing', async () => {
    if (!c.bad) return;
    const before = await listIds();
    const r = await send('POST', coll(), fmt, c.el, c.bad(f));
    expect(r.status, r.text).toBe(400);
    const fault = fmt === 'xml' ? r.xml().fault : r.json();
    expect(fault.reason).toBeTruthy();
    expect(fault.detail).toBeTruthy();
    expect(await listIds()).toEqual(before);
  });

  it('creates (201, Location, body)', async () => {
    const r = await send('POST', coll(), fmt, c.el, c.create(n, f, fmt));
    expect(r.status, r.text).toBe(201);
    const o = entity(r, fmt, c.el);
    id = o.id;
    href = o.href;
    expect(id).toBeTruthy();
    expect(href).toMatch(new RegExp(`^${API}/.+/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(r.headers.get('location')).toBe(`${t.engine.url}${href}`);
    if (nameKey) expect(String(o[nameKey])).toBe(String(c.create(n, f, fmt)[nameKey]));
    if (fmt === 'json') expect(jsonConventionBreaks(o)).toEqual([]);
  });

  it('reads the entity and finds it in the list', async () => {
    expect(id).toBeTruthy();
    const r = await read(href, fmt);
    expect(r.status).toBe(200);
    const o = entity(r, fmt, c.el);
    expect(o.id).toBe(id);
    if (nameKey) expect(String(o[nameKey])).toBe(String(c.create(n, f, fmt)[nameKey]));
    if (fmt === 'json') expect(jsonConventionBreaks(o)).toEqual([]);
    expect(await listIds()).toContain(id);
  });

  it(c.update ? 'updates one member, leaving the others' : 'has no update (405)', async () => {
    expect(id).toBeTruthy();
    if (!c.update) {
      expect((await send('PUT', href, fmt, c.el, { description: 'x' })).status).toBe(405);
      return;
    }
    const before = entity(await read(href, fmt), fmt, c.el);
    const r = await send('PUT', href, fmt, c.el, c.update);
    expect(r.status, r.text).toBe(200);
    const after = entity(await read(href, fmt), fmt, c.el);
    for (const [k, v] of Object.entries(c.update)) expect(String(after[k])).toBe(String(v));
    const untouched = (o: Record<string, any>) => Object.fromEntries(Object.entries(o).filter(([k]) => !(k in c.update!) && !['actions', 'link', 'status', 'external_status'].includes(k)));
    expect(untouched(after)).toEqual(untouched(before));
  });

  it(c.noRemove ? 'has no delete (405)' : 'deletes (200 complete), then 404 with an empty body', async () => {
    expect(id).toBeTruthy();
    const pre = c.beforeRemove?.(href);
    if (pre) expect((await t.req(pre.method, pre.path, { body: pre.body, headers: { 'content-type': 'application/xml' } })).status).toBe(200);
    const d = await t.req('DELETE', href + (c.removeQuery?.(f) ?? ''), { headers: fmt === 'json' ? { accept: 'application/json' } : {} });
    if (c.noRemove) {
      expect(d.status).toBe(405);
      return;
    }
    expect(d.status, d.text).toBe(200);
    if (fmt === 'xml') expect(d.xml().action.status).toBe('complete');
    else expect(d.json()).toEqual({ status: 'complete' });
    const gone = await read(href, fmt);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('');
    expect(await listIds()).not.toContain(id);
  });
}

for (const c of CASES) {
  describe(c.name, () => {
    for (const fmt of ['xml', 'json'] as const) describe(fmt, () => crud(c, fmt));
  });
}

describe('read-only collections', () => {
  for (const c of READ_ONLY) {
    for (const fmt of ['xml', 'json'] as const) {
      it(`${c.name} (${fmt}) lists and reads an item`, async () => {
        const r = await read(`${API}/${c.path(f)}`, fmt);
        expect(r.status, r.text).toBe(200);
        const list = items(r, fmt, c.el);
        expect(list.length).toBeGreaterThan(0);
        if (fmt === 'json') expect(jsonConventionBreaks(r.json())).toEqual([]);
        const one = await read(`${API}/${c.path(f)}/${encodeURIComponent(list[0].id)}`, fmt);
        expect(one.status, one.text).toBe(200);
        expect(entity(one, fmt, c.el).id).toBe(list[0].id);
      });
    }
  }
});

describe('XML bodies', () => {
  it('all validate against the served schema', async () => {
    const { count, failures } = await t.validateXml();
    expect(count).toBeGreaterThan(100);
    expect(failures).toBe('');
  });
});

/** The relations and side doors of the issue that the plain CRUD rows do not reach. */
describe('relations', () => {
  const J = { 'content-type': 'application/json', accept: 'application/json' };
  const post = (p: string, body: Body) => t.req('POST', `${API}/${p}`, { body: JSON.stringify(body), headers: J });
  const del = (p: string) => t.req('DELETE', `${API}/${p}`, { headers: { accept: 'application/json' } });
  const ids = async (p: string, el: string) => items(await t.getJson(`${API}/${p}`), 'json', el).map((x) => x.id);

  for (const fmt of ['xml', 'json'] as const) {
    it(`attaches a storage domain to a data center and detaches it from maintenance (${fmt})`, async () => {
      const sd = await created('storagedomains', { name: `mx-attach-${fmt}`, type: 'data', host: { id: f.host }, storage: { type: 'nfs', address: '192.0.2.10', path: `/exports/attach-${fmt}` } });
      const a = await send('POST', `${API}/datacenters/${f.dc}/storagedomains`, fmt, 'storage_domain', { id: sd });
      expect(a.status, a.text).toBe(201);
      expect(entity(a, fmt, 'storage_domain').id).toBe(sd);
      expect(await ids(`datacenters/${f.dc}/storagedomains`, 'storage_domain')).toContain(sd);
      const top = (await t.getJson(`${API}/storagedomains/${sd}`)).json();
      expect(top.data_centers.data_center.map((d: any) => d.id)).toContain(f.dc);
      const att = `datacenters/${f.dc}/storagedomains/${sd}`;
      expect((await t.req('DELETE', `${API}/${att}`)).status).toBe(409);
      expect((await send('POST', `${API}/${att}/deactivate`, fmt, 'action', {})).status).toBe(200);
      expect((await t.getJson(`${API}/${att}`)).json().status).toBe('maintenance');
      const d = await t.req('DELETE', `${API}/${att}`, { headers: fmt === 'json' ? { accept: 'application/json' } : {} });
      expect(d.status, d.text).toBe(200);
      expect(await ids(`datacenters/${f.dc}/storagedomains`, 'storage_domain')).not.toContain(sd);
      expect((await t.getJson(`${API}/storagedomains/${sd}`)).json().status).toBe('unattached');
      expect((await del(`storagedomains/${sd}?host=${f.hostName}&destroy=true`)).status).toBe(200);
      expect((await t.get(`${API}/storagedomains/${sd}`)).status).toBe(404);
    });

    it(`assigns a network to a cluster, updates and unassigns it (${fmt})`, async () => {
      const net = await created('networks', { name: `mx-clnet-${fmt}`, data_center: { id: f.dc } });
      const other = await created('clusters', { name: `mx-clnet-c-${fmt}`, data_center: { id: f.dc }, cpu: { type: 'Intel Nehalem Family' } });
      const a = await send('POST', `${API}/clusters/${other}/networks`, fmt, 'network', { id: net, required: false });
      expect(a.status, a.text).toBe(201);
      expect(await ids(`clusters/${other}/networks`, 'network')).toContain(net);
      const u = await send('PUT', `${API}/clusters/${other}/networks/${net}`, fmt, 'network', { display: true });
      expect(u.status, u.text).toBe(200);
      expect((await t.getJson(`${API}/clusters/${other}/networks/${net}`)).json()).toMatchObject({ id: net, display: 'true', required: 'false' });
      expect((await del(`clusters/${other}/networks/${net}`)).status).toBe(200);
      expect(await ids(`clusters/${other}/networks`, 'network')).not.toContain(net);
      expect((await t.get(`${API}/networks/${net}`)).status).toBe(200);
    });

    it(`attaches a network to a host NIC and removes the attachment (${fmt})`, async () => {
      const nic = items(await t.getJson(`${API}/hosts/${f.host}/nics`), 'json', 'host_nic')[0];
      const net = await firstId(`clusters/${f.cluster}/networks`);
      const before = await ids(`hosts/${f.host}/networkattachments`, 'network_attachment');
      const a = await send('POST', `${API}/hosts/${f.host}/networkattachments`, fmt, 'network_attachment', { network: { id: net }, host_nic: { id: nic.id } });
      expect(a.status, a.text).toBe(201);
      const id = entity(a, fmt, 'network_attachment').id;
      // the list is ordered by id, not by creation: compare as sets
      expect((await ids(`hosts/${f.host}/networkattachments`, 'network_attachment')).sort()).toEqual([...before, id].sort());
      expect((await t.getJson(`${API}/hosts/${f.host}/networkattachments/${id}`)).json().network.id).toBe(net);
      expect((await send('PUT', `${API}/hosts/${f.host}/networkattachments/${id}`, fmt, 'network_attachment', { in_sync: true })).status).toBe(200);
      expect((await del(`hosts/${f.host}/networkattachments/${id}`)).status).toBe(200);
      expect((await ids(`hosts/${f.host}/networkattachments`, 'network_attachment')).sort()).toEqual([...before].sort());
    });

    it(`adds a permit to a role and removes it (${fmt})`, async () => {
      const role = await created('roles', { name: `mx-permits-${fmt}`, administrative: false, permits: { permit: [{ id: '1' }] } });
      const a = await send('POST', `${API}/roles/${role}/permits`, fmt, 'permit', { id: '5' });
      expect(a.status, a.text).toBe(201);
      expect(await ids(`roles/${role}/permits`, 'permit')).toEqual(expect.arrayContaining(['1', '5']));
      expect((await del(`roles/${role}/permits/5`)).status).toBe(200);
      expect(await ids(`roles/${role}/permits`, 'permit')).not.toContain('5');
      expect((await del(`roles/${role}`)).status).toBe(200);
    });

    it(`hides an event and brings it back with undelete (${fmt})`, async () => {
      const e = await send('POST', `${API}/events`, fmt, 'event', { description: `mx-hide-${fmt}`, severity: 'warning', origin: 'crud-matrix', custom_id: fmt === 'xml' ? 90 : 91 });
      expect(e.status, e.text).toBe(201);
      const id = entity(e, fmt, 'event').id;
      expect((await del(`events/${id}`)).status).toBe(200);
      expect((await t.get(`${API}/events/${id}`)).status).toBe(404);
      expect((await send('POST', `${API}/events/undelete`, fmt, 'action', {})).status).toBe(200);
      expect((await t.getJson(`${API}/events/${id}`)).json().description).toBe(`mx-hide-${fmt}`);
    });

    it(`changes a VM's CD-ROM with PUT (${fmt})`, async () => {
      const cd = items(await t.getJson(`${API}/vms/${f.vm}/cdroms`), 'json', 'cdrom')[0];
      const r = await send('PUT', `${API}/vms/${f.vm}/cdroms/${cd.id}`, fmt, 'cdrom', { file: { id: `mx-${fmt}.iso` } });
      expect(r.status, r.text).toBe(200);
      expect((await t.getJson(`${API}/vms/${f.vm}/cdroms/${cd.id}`)).json().file.id).toBe(`mx-${fmt}.iso`);
    });

    it(`keeps the tag hierarchy (${fmt})`, async () => {
      const parent = await firstId('tags', (x) => x.name === f.parentTag);
      const r = await send('POST', `${API}/tags`, fmt, 'tag', { name: `mx-child-${fmt}`, parent: { name: f.parentTag } });
      expect(r.status, r.text).toBe(201);
      const child = (await t.getJson(`${API}/tags/${entity(r, fmt, 'tag').id}`)).json();
      expect(child.parent.id).toBe(parent);
      expect((await t.getJson(`${API}/tags/${parent}`)).json().parent.id).toBe('00000000-0000-0000-0000-000000000000');
    });
  }

  it('makes a template carrying the VM’s NICs and disks', async () => {
    const vm = await created('vms', { name: 'mx-tpl-src', cluster: { id: f.cluster }, template: { name: 'Blank' } });
    await post(`vms/${vm}/nics`, { name: 'nic1', interface: 'virtio' });
    await post(`vms/${vm}/diskattachments`, { bootable: true, interface: 'virtio', disk: { name: 'mx-tpl-d', provisioned_size: 1073741824, format: 'cow', storage_domains: { storage_domain: [{ id: f.sd }] } } });
    const tpl = await created('templates', { name: 'mx-tpl', vm: { id: vm } });
    expect(items(await t.getJson(`${API}/templates/${tpl}/nics`), 'json', 'nic').map((n) => n.name)).toEqual(['nic1']);
    const atts = items(await t.get(`${API}/templates/${tpl}/diskattachments`), 'xml', 'disk_attachment');
    expect(atts).toHaveLength(1);
    expect(atts[0].bootable).toBe(true);
  });

  it('ends an external job; its steps stay readable', async () => {
    const job = await created('jobs', { description: 'mx-job', auto_cleared: true });
    const step = await post(`jobs/${job}/steps`, { description: 'mx-step', type: 'executing' });
    expect(step.status, step.text).toBe(201);
    expect((await post(`jobs/${job}/end`, { succeeded: true })).status).toBe(200);
    expect((await t.getJson(`${API}/jobs/${job}`)).json().status).toBe('finished');
    expect(await ids(`jobs/${job}/steps`, 'step')).toContain(step.json().id);
  });
});
