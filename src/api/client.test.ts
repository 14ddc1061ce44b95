import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from './client.ts';
import { FaultError } from './errors.ts';
import { createTransport } from './transport.ts';
import type { Structure } from './resource.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

interface Seen {
  method: string;
  url: string;
  accept?: string;
  contentType?: string;
  body: string;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
type Reply = { status?: number; type?: string; body?: string; headers?: Record<string, string> };
let route: (m: string, url: string, accept: string) => Reply;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, accept: req.headers.accept, contentType: req.headers['content-type'], body });
      const r = route(req.method!, req.url!, req.headers.accept ?? '');
      res.statusCode = r.status ?? 200;
      if (r.type) res.setHeader('Content-Type', r.type);
      for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
      res.end(r.body ?? '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen = [];
});

const JSON_T = 'application/json';
const XML_T = 'application/xml';

/** A v4 engine behind the proxy mount `/api`: answers JSON when asked, XML otherwise. */
function v4Engine(m: string, url: string, accept: string): Reply {
  const json = accept.includes('json');
  const path = url.split('?')[0];
  if (m === 'GET' && path === '/api') return json ? { type: JSON_T, body: fx('v4-api.synth.json') } : { type: XML_T, body: fx('v4-api.xml') };
  if (m === 'GET' && path === '/api/vms') return json ? { type: JSON_T, body: fx('v4-vms.synth.json') } : { type: XML_T, body: fx('v4-vms.xml') };
  if (m === 'GET' && path.startsWith('/api/vms/') && path.endsWith('/nics')) return { type: XML_T, body: fx('v4-vm-nics.xml') };
  if (m === 'GET' && path.startsWith('/api/vms/')) return { type: JSON_T, body: fx('v4-vm.synth.json') };
  if (m === 'POST' && path === '/api/vms') return { status: 201, type: JSON_T, body: fx('v4-vm.synth.json'), headers: { Location: `${base}/ovirt-engine/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35` } };
  if (m === 'PUT' && path.startsWith('/api/vms/')) return { type: JSON_T, body: fx('v4-vm.synth.json') };
  if (m === 'DELETE') return { type: JSON_T, body: '{"status":"complete"}' };
  if (m === 'POST' && path.endsWith('/start')) return { type: JSON_T, body: '{"status":"complete","job":{"id":"j1","href":"/ovirt-engine/api/jobs/j1"}}' };
  if (m === 'POST' && path.endsWith('/stop')) {
    return { status: 409, type: JSON_T, body: '{"status":"failed","fault":{"reason":"Operation Failed","detail":"[Cannot stop VM. VM is not running.]"}}' };
  }
  return { status: 404 };
}

function v4Client() {
  route = v4Engine;
  const transport = createTransport({ baseUrl: base, mount: { apiBase: '/ovirt-engine/api', prefix: '/api' }, retries: 0 });
  return new ApiClient({ transport, apiBase: '/ovirt-engine/api' });
}

describe('ApiClient against a v4 engine (JSON)', () => {
  it('reads the entry point, collection links and search templates', async () => {
    const c = v4Client();
    const e = await c.entryPoint();
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/api', accept: JSON_T });
    expect(e.apiVersion).toBe(4);
    expect(c.apiVersion).toBe(4);
    const links = c.collectionLinks(e);
    expect(links.find((l) => l.rel === 'vms')).toEqual({ rel: 'vms', href: '/ovirt-engine/api/vms', searchable: true });
    expect(links.find((l) => l.rel === 'roles')?.searchable).toBe(false);
    expect(links.some((l) => l.rel.includes('/'))).toBe(false);
    expect(c.searchHref(e, 'vms', 'name=web* and status=up')).toBe('/ovirt-engine/api/vms?search=name%3Dweb*%20and%20status%3Dup');
    expect(c.searchHref(e, 'events', 'severity>normal')).toBe('/ovirt-engine/api/events?search=severity%3Enormal');
    expect(c.searchHref(e, 'events', 'severity>normal', { event_id: 120 })).toBe('/ovirt-engine/api/events;from=120?search=severity%3Enormal');
    expect(c.searchHref(e, 'roles', 'x')).toBe('/ovirt-engine/api/roles?search=x');
    expect(c.searchHref(e, 'vms', '')).toBe('/ovirt-engine/api/vms');
    expect(c.searchHref(e, 'events', '')).toBe('/ovirt-engine/api/events');
    expect(() => c.searchHref(e, 'nothing', 'x')).toThrow(/no collection "nothing"/);
  });

  it('lists with search, page, max and follow', async () => {
    const c = v4Client();
    const vms = await c.list('/ovirt-engine/api/vms', { search: 'status=up sortby name asc', page: 2, max: 20, follow: ['nics', 'disk_attachments.disk'] });
    expect(vms.items).toHaveLength(14);
    expect(vms.items[0].fields.name).toBe('iso_t2');
    const q = new URL(seen[0].url, base).searchParams;
    expect(q.get('search')).toBe('status=up sortby name asc page 2');
    expect(q.get('max')).toBe('20');
    expect(q.get('follow')).toBe('nics,disk_attachments.disk');
    await c.list(c.searchHref(await c.entryPoint(), 'vms', 'status=up'), { page: 3, max: 10 });
    const q2 = new URL(seen.at(-1)!.url, base).searchParams;
    expect(q2.getAll('search')).toEqual(['status=up page 3']);
    seen = [seen[0]];
    await c.list('vms', { page: 1 });
    expect(new URL(seen[1].url, base).pathname).toBe('/api/vms');
    expect(new URL(seen[1].url, base).searchParams.get('search')).toBe('page 1');
  });

  it('gets objects by absolute or relative href and follows links', async () => {
    const c = v4Client();
    const vm = await c.get('vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35');
    expect(seen[0].url).toBe('/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35');
    expect(vm.kind).toBe('vm');
    expect(vm.fields.name).toBe('my-cirros-vm');
    const nics = await c.follow(vm, 'nics');
    expect(nics.type).toBe('collection');
    expect(nics.type === 'collection' && nics.collection.items[0].fields.name).toBe('nic1');
    await expect(c.follow(vm, 'nope')).rejects.toThrow(/no link "nope"/);
  });

  it('creates and updates with JSON bodies', async () => {
    const c = v4Client();
    const vm = await c.create('/ovirt-engine/api/vms', 'vm', {
      name: 'web1',
      cluster: { name: 'Default' },
      template: { id: '00000000-0000-0000-0000-000000000000' },
      memory: 1073741824,
      os: { boot: { devices: ['hd', 'network'] } },
    });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/vms', contentType: JSON_T });
    expect(JSON.parse(seen[0].body)).toEqual({
      name: 'web1', cluster: { name: 'Default' }, template: { id: '00000000-0000-0000-0000-000000000000' }, memory: 1073741824, os: { boot: { devices: { device: ['hd', 'network'] } } },
    });
    expect(vm.fields.name).toBe('my-cirros-vm');
    await c.update('/ovirt-engine/api/vms/1', 'vm', { description: 'x', nics: [{ name: 'nic1' }] });
    expect(seen[1].method).toBe('PUT');
    expect(JSON.parse(seen[1].body)).toEqual({ description: 'x', nics: { nic: [{ name: 'nic1' }] } });
  });

  it('removes with query parameters and runs actions', async () => {
    const c = v4Client();
    await c.remove('/ovirt-engine/api/vms/1', { force: true, detach_only: undefined });
    expect(seen[0]).toMatchObject({ method: 'DELETE', url: '/api/vms/1?force=true', body: '' });
    const r = await c.action('/ovirt-engine/api/vms/1', 'start', { pause: true, vm: { os: { boot: { devices: ['cdrom'] } } } });
    expect(seen[1]).toMatchObject({ method: 'POST', url: '/api/vms/1/start', contentType: JSON_T });
    expect(JSON.parse(seen[1].body)).toEqual({ pause: true, vm: { os: { boot: { devices: { device: ['cdrom'] } } } } });
    expect(r).toEqual({ status: 'complete', job: { id: 'j1', href: '/ovirt-engine/api/jobs/j1' } });
    const vm = await c.get('/ovirt-engine/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35');
    seen = [];
    await c.action(vm, 'cancel_migration').catch(() => undefined);
    expect(seen[0].url).toBe('/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35/cancelmigration');
  });

  it('action faults wrapped in an action become FaultErrors', async () => {
    const c = v4Client();
    const err = await c.action('/ovirt-engine/api/vms/1', 'stop').catch((e) => e);
    expect(err).toBeInstanceOf(FaultError);
    expect(err.fault).toMatchObject({ status: 409, reason: 'Operation Failed', detail: 'Cannot stop VM. VM is not running.' });
  });
});

/** A v3 engine at /api (no proxy), XML only. */
function v3Engine(m: string, url: string): Reply {
  const path = url.split('?')[0];
  if (m === 'GET' && path === '/api') return { type: XML_T, body: fx('v3-api-3.6.xml') };
  if (m === 'GET' && path === '/api/vms/13054ffb-ae62-49e3-9ec7-9ad426f62fae') return { type: XML_T, body: fx('v3-vm.xml') };
  if (m === 'GET' && path === '/api/capabilities') return { type: XML_T, body: fx('v3-capabilities.xml') };
  if (m === 'POST' && path === '/api/vms') return { status: 201, type: XML_T, body: fx('v3-vm.xml') };
  if (m === 'DELETE') return { status: 204 };
  if (m === 'POST') return { type: XML_T, body: '<action><status><state>complete</state></status></action>' };
  return { status: 404 };
}

describe('ApiClient against a v3 engine (XML)', () => {
  function v3Client() {
    route = (m, url) => v3Engine(m, url);
    return new ApiClient({ transport: createTransport({ baseUrl: base, retries: 0 }), apiBase: '/api' });
  }

  it('speaks XML, learns v3 from the entry point, reads capabilities', async () => {
    const c = v3Client();
    expect(c.apiVersion).toBe(3);
    const e = await c.entryPoint();
    expect(seen[0].accept).toBe(XML_T);
    expect(e.apiVersion).toBe(3);
    expect(e.specialObjects.blank_template.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(c.collectionLinks(e).map((l) => l.rel)).not.toContain('capabilities');
    expect(c.collectionLinks(e)).toContainEqual({ rel: 'vms', href: '/api/vms', searchable: true });
    const caps = await c.capabilities();
    expect(caps.versions[0].cpus.length).toBeGreaterThan(5);
    const vm = await c.get('/api/vms/13054ffb-ae62-49e3-9ec7-9ad426f62fae');
    expect(vm.fields.status).toBe('up');
  });

  it('writes v3 XML (attribute style) and keeps v3 action names', async () => {
    const c = v3Client();
    await c.create('/api/vms', 'vm', { name: 'a&b', cluster: { id: 'c1' }, cpu: { topology: { cores: 2, sockets: 1 } }, os: { type: 'rhel_7x64', boot: { devices: ['hd'] } } });
    expect(seen[0].contentType).toBe(XML_T);
    expect(seen[0].body).toBe('<vm><name>a&amp;b</name><cluster id="c1"></cluster><cpu><topology cores="2" sockets="1"></topology></cpu><os type="rhel_7x64"><boot dev="hd"/></os></vm>');
    const vm = await c.get('/api/vms/13054ffb-ae62-49e3-9ec7-9ad426f62fae');
    seen = [];
    const r = await c.action(vm, 'undo_snapshot');
    expect(seen[0].url).toBe('/api/vms/13054ffb-ae62-49e3-9ec7-9ad426f62fae/undo_snapshot');
    expect(seen[0].body).toBe('<action></action>');
    expect(r.status).toBe('complete');
    await c.remove('/api/vms/1', { force: true });
    expect(seen[1]).toMatchObject({ method: 'DELETE', url: '/api/vms/1', body: '<action><force>true</force></action>' });
  });

  it('sends a v4 JSON client for apiBase /ovirt-engine/api unless told otherwise', () => {
    const c = new ApiClient({ transport: createTransport({ baseUrl: base }), apiBase: '/ovirt-engine/api', format: 'xml' });
    expect(c.apiVersion).toBe(4);
    expect((c as unknown as { accept: string }).accept).toBe(XML_T);
  });
});

describe('structures as input', () => {
  it('a model Structure can be sent back (links and actions dropped)', async () => {
    const c = v4Client();
    const vm = await c.get('/ovirt-engine/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35');
    seen = [];
    const cluster = vm.fields.cluster as Structure;
    await c.action(vm, 'start', { vm: { placement_policy: { hosts: [cluster] } } });
    const body = JSON.parse(seen[0].body);
    expect(body.vm.placement_policy.hosts.host[0]).toEqual({ id: cluster.id });
  });
});
