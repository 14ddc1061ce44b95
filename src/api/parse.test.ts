import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBody, type Parsed } from './parse.ts';
import type { Collection, Resource, Structure } from './resource.ts';

const fx = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function parse(name: string, href?: string): Parsed {
  const json = name.endsWith('.json');
  return parseBody({ text: fx(name), contentType: json ? 'application/json' : 'application/xml', status: 200, href, apiBase: '/ovirt-engine/api' });
}

function coll(name: string, href?: string): Collection {
  const p = parse(name, href);
  if (p.type !== 'collection') throw new Error(`${name}: ${p.type}`);
  return p.collection;
}

function res(name: string, href?: string): Resource {
  const p = parse(name, href);
  if (p.type !== 'resource') throw new Error(`${name}: ${p.type}`);
  return p.resource;
}

const st = (v: unknown) => v as Structure;

describe('entry points', () => {
  it('reads a v4 entry point', () => {
    const p = parse('v4-api.xml');
    if (p.type !== 'entry') throw new Error(p.type);
    const e = p.entryPoint;
    expect(e.apiVersion).toBe(4);
    expect(e.basePath).toBe('/ovirt-engine/api');
    expect(e.links.vms).toBe('/ovirt-engine/api/vms');
    expect(e.links['vms/search']).toBe('/ovirt-engine/api/vms?search={query}');
    expect(e.links['events/search']).toBe('/ovirt-engine/api/events;from={event_id}?search={query}');
    expect(e.specialObjects.blank_template).toEqual({ id: '00000000-0000-0000-0000-000000000000', href: '/ovirt-engine/api/templates/00000000-0000-0000-0000-000000000000' });
    expect(e.productInfo).toEqual({ name: 'oVirt Engine', vendor: 'ovirt.org', version: { major: 4, minor: 1, build: 0, revision: 0, fullVersion: '4.1.0_master' } });
    expect(e.summary).toEqual({ hosts: { total: 3, active: 1 }, storage_domains: { total: 5, active: 3 }, users: { total: 1, active: 1 }, vms: { total: 8, active: 0 } });
    expect(e.time).toBe('2016-09-11T09:54:21.551Z');
  });

  it('reads v3 entry points (special objects as links, attribute versions)', () => {
    for (const [name, base] of [['v3-api-3.6.xml', '/api'], ['v3-api-4.1.xml', '/ovirt-engine/api']] as const) {
      const p = parse(name);
      if (p.type !== 'entry') throw new Error(p.type);
      expect(p.entryPoint.apiVersion).toBe(3);
      expect(p.entryPoint.basePath).toBe(base);
      expect(p.entryPoint.specialObjects.blank_template.id).toBe('00000000-0000-0000-0000-000000000000');
      expect(p.entryPoint.specialObjects.root_tag.href).toBe(`${base}/tags/00000000-0000-0000-0000-000000000000`);
      expect(p.entryPoint.links.capabilities).toBe(`${base}/capabilities`);
    }
    const p = parse('v3-api-3.6.xml');
    if (p.type !== 'entry') throw new Error(p.type);
    expect(p.entryPoint.productInfo?.version).toEqual({ major: 3, minor: 6, build: 8, revision: 0, fullVersion: '3.6.8-0.1.el6' });
    expect(p.entryPoint.summary?.vms).toEqual({ total: 4, active: 3 });
  });

  it('reads the same entry point from JSON', () => {
    const x = parse('v4-api.xml');
    const j = parse('v4-api.synth.json', '/ovirt-engine/api');
    expect(j).toEqual(x);
  });
});

describe('collections', () => {
  it('v4 vms: names, statuses, links and typed scalars', () => {
    const c = coll('v4-vms.xml');
    expect(c.kind).toBe('vms');
    expect(c.itemKind).toBe('vm');
    expect(c.items).toHaveLength(14);
    expect(c.items.map((v) => v.fields.name).slice(0, 3)).toEqual(['iso_t2', 'iso_t3', 'iso_test_4']);
    const vm = c.items[0];
    expect(vm.kind).toBe('vm');
    expect(vm.fields.status).toBe('down');
    expect(typeof vm.fields.memory).toBe('number');
    expect(typeof vm.fields.stateless).toBe('boolean');
    expect(vm.links.nics).toBe(`${vm.href}/nics`);
    expect(vm.actions.start).toBe(`${vm.href}/start`);
    const topo = st(st(vm.fields.cpu).fields.topology);
    expect(typeof topo.fields.cores).toBe('number');
    expect(Array.isArray(st(st(vm.fields.os).fields.boot).fields.devices)).toBe(true);
  });

  it('v4 hosts, clusters, data centers, storage domains', () => {
    expect(coll('v4-hosts.xml').items.map((h) => [h.fields.name, h.fields.status])).toEqual([['bodh1', 'up'], ['bodh2', 'up'], ['motis', 'non_responsive']]);
    const clusters = coll('v4-clusters.xml');
    expect(clusters.items.map((c) => c.fields.name)).toEqual(['cc1', 'dccc2', 'Default']);
    expect(typeof st(st(clusters.items[0].fields.cpu)).fields.type).toBe('string');
    expect(coll('v4-datacenters.xml').items.map((d) => [d.fields.name, d.fields.status, d.fields.local])).toEqual([['dc1', 'up', false], ['Default', 'up', false]]);
    const sds = coll('v4-storagedomains.xml');
    expect(sds.itemKind).toBe('storage_domain');
    expect(sds.items).toHaveLength(5);
    expect(typeof sds.items[0].fields.available).toBe('number');
  });

  it('v3 collections come out in the v4 shape', () => {
    const hosts = coll('v3-hosts.xml');
    expect(hosts.items.map((h) => [h.fields.name, h.fields.status])).toEqual([['bodh1', 'up'], ['bodh2', 'up'], ['motis', 'non_responsive']]);
    const vms = coll('v3-vms.xml');
    expect(vms.items).toHaveLength(8);
    expect(vms.items.every((v) => typeof v.fields.status === 'string')).toBe(true);
    expect(coll('v3-datacenters.xml').items.map((d) => d.fields.name)).toEqual(['dc1', 'Default']);
    expect(coll('v3-vm-nics.xml').items).toEqual([]);
  });

  it('statistics: v3 <values type=> and upper-case enums become the v4 shape', () => {
    const v4 = coll('v4-host-statistics.xml').items[0];
    const v3 = coll('v3-host-statistics.xml').items[0];
    for (const s of [v4, v3]) {
      expect(s.fields.name).toBe('memory.total');
      expect(s.fields.kind).toBe('gauge');
      expect(s.fields.type).toBe('integer');
      expect(s.fields.unit).toBe('bytes');
      const values = s.fields.values as Structure[];
      expect(typeof values[0].fields.datum).toBe('number');
    }
  });

  it('JSON collections equal their XML originals', () => {
    expect(parse('v4-vms.synth.json', '/ovirt-engine/api/vms')).toEqual(parse('v4-vms.xml'));
    expect(parse('v4-hosts.synth.json', '/ovirt-engine/api/hosts')).toEqual(parse('v4-hosts.xml'));
    expect(parse('v4-host-statistics.synth.json', '/ovirt-engine/api/hosts/x/statistics')).toEqual(parse('v4-host-statistics.xml'));
  });

  it('JSON {} is an empty collection of the kind the href names', () => {
    const c = coll('v4-empty-collection.json', '/ovirt-engine/api/datacenters');
    expect(c).toEqual({ kind: 'data_centers', itemKind: 'data_center', items: [], actions: {} });
    expect(coll('v4-empty-collection.json', '/ovirt-engine/api/vms/1/nics').itemKind).toBe('nic');
  });
});

describe('objects', () => {
  it('v4 vm (XML and JSON)', () => {
    const x = res('v4-vm.xml');
    expect(x.id).toBe('0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35');
    expect(x.fields.name).toBe('my-cirros-vm');
    expect(x.fields.status).toBe('up');
    expect(Object.keys(x.actions)).toContain('migrate');
    expect(st(x.fields.cluster).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res('v4-vm.synth.json', '/ovirt-engine/api/vms/0d37ca3b-cdbc-4b78-b0b9-7cd71ddc7e35')).toEqual(x);
  });

  it('v3 vm: status wrapper, attribute data, os boot devices', () => {
    const v = res('v3-vm.xml');
    expect(v.fields.status).toBe('up');
    expect(st(st(v.fields.cpu).fields.topology).fields).toEqual({ sockets: 1, cores: 1, threads: 1 });
    expect(st(v.fields.cpu).fields.architecture).toBe('x86_64');
    expect(st(v.fields.os).fields.type).toBe('other');
    expect(st(st(v.fields.os).fields.boot).fields.devices).toEqual(['hd']);
    expect(v.fields.creation_time).toBe('2017-01-09T04:36:56.464Z');
    expect(v.actions.undo_snapshot).toBe('/api/vms/13054ffb-ae62-49e3-9ec7-9ad426f62fae/undo_snapshot');
  });

  it('0.9 documents: upper-case enums, bare status, merged VM states', () => {
    const p = parseBody({ text: '<vms><vm id="1" href="/rhevm-api/vms/1"><name>a</name><status>MIGRATING_FROM</status><type>SERVER</type></vm><vm id="2"><status><state>POWERED_DOWN</state><detail>x</detail></status></vm></vms>', contentType: 'application/xml', status: 200 });
    if (p.type !== 'collection') throw new Error(p.type);
    expect(p.collection.items.map((v) => [v.fields.status, v.fields.type, v.fields.status_detail])).toEqual([['migrating', 'server', undefined], ['down', undefined, 'x']]);
  });

  it('data center, host, event', () => {
    expect(res('v4-datacenter.xml').fields).toMatchObject({ name: 'newd1', status: 'problematic' });
    const h = res('v4-host.xml');
    expect(h.fields.name).toBe('bodh2');
    expect(h.actions.fence).toBe(`${h.href}/fence`);
    const e = res('v4-event.xml');
    expect(e.id).toBe('16359');
    expect(e.fields.description).toMatch(/new_vm configuration was updated/);
    expect(typeof e.fields.code).toBe('number');
    expect(typeof e.fields.severity).toBe('string');
  });

  it('names that look numeric stay strings where the model says string', () => {
    const p = parseBody({ text: '<vm id="1"><name>007</name><description>12</description><memory>2048</memory></vm>', contentType: 'application/xml', status: 200 });
    if (p.type !== 'resource') throw new Error(p.type);
    expect(p.resource.fields).toEqual({ name: '007', description: '12', memory: 2048 });
    const u = parseBody({ text: '<thing><code>007</code><count>12</count><flag>true</flag><when>2020-01-01T00:00:00.000+01:00</when><mode>LOCK_SCREEN</mode><st>UP</st></thing>', contentType: 'application/xml', status: 200 });
    if (u.type !== 'resource') throw new Error(u.type);
    expect(u.resource.fields).toEqual({ code: '007', count: 12, flag: true, when: '2019-12-31T23:00:00.000Z', mode: 'LOCK_SCREEN', st: 'up' });
  });

  it('decodes the predefined entities and does not expand DTD entities', () => {
    const p = parseBody({ text: '<vm><name>a &amp; b &lt;c&gt; &#233;</name></vm>', contentType: 'application/xml', status: 200 });
    expect(p.type === 'resource' && p.resource.fields.name).toBe('a & b <c> é');
    const bomb = '<?xml version="1.0"?><!DOCTYPE vm [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><vm><name>&b;</name></vm>';
    const q = parseBody({ text: bomb, contentType: 'application/xml', status: 200 });
    expect(q.type === 'resource' && q.resource.fields.name).toBe('&b;');
  });

  it('capabilities document', () => {
    const p = parse('v3-capabilities.xml');
    if (p.type !== 'capabilities') throw new Error(p.type);
    const c = p.capabilities;
    expect(c.versions).toHaveLength(1);
    const v36 = c.versions.find((v) => v.major === 3 && v.minor === 6)!;
    expect(v36.cpus.map((x) => x.type)).toContain('Intel Nehalem Family');
    expect(v36.cpus[0]).toEqual({ type: 'Intel Conroe Family', level: 3, architecture: 'x86_64' });
    expect(v36.powerManagers.find((p) => p.type === 'apc')?.options).toContainEqual({ name: 'port', type: 'int' });
    expect(v36.features.map((f) => f.name)).toContain('Gluster Support');
    expect(Object.keys(v36.lists).length).toBeGreaterThan(10);
    expect(c.permits.length).toBeGreaterThan(50);
    expect(c.permits.some((p) => p.name === 'create_vm')).toBe(true);
  });

  it('malformed XML and JSON are ParseErrors, not crashes', () => {
    expect(() => parseBody({ text: '<vm><name>x</vm>', contentType: 'application/xml', status: 200 })).toThrow(/cannot be read/);
    expect(() => parseBody({ text: '{"a":', contentType: 'application/json', status: 200 })).toThrow(/cannot be read/);
    expect(parseBody({ text: '', contentType: 'application/xml', status: 200 })).toEqual({ type: 'empty' });
    expect(() => parseBody({ text: '<!DOCTYPE html><html><body>Login</body></html>', contentType: 'text/html', status: 200 })).toThrow(/web page/);
  });
});

describe('hostile input', () => {
  it('keys that would reach Object.prototype are dropped, not assigned', () => {
    for (const [text, contentType] of [
      ['<vm id="1"><name>x</name><__proto__><polluted>yes</polluted></__proto__></vm>', 'application/xml'],
      ['{"id":"1","name":"x","__proto__":{"polluted":"yes"}}', 'application/json'],
    ]) {
      let p;
      try {
        p = parseBody({ text, contentType, status: 200, href: '/ovirt-engine/api/vms/1' });
      } catch {
        continue; // refusing the document is fine too
      }
      expect(p.type).toBe('resource');
      if (p.type !== 'resource') continue;
      expect(Object.getPrototypeOf(p.resource.fields)).toBe(Object.prototype);
      expect((p.resource.fields as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
