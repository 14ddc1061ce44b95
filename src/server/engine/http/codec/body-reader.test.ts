import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiModel } from '../../model/api-model.ts';
import { SAMPLES, vmDoc } from './__fixtures__/sample-docs.ts';
import { BodyError, bodyFormat, readAction, readBody } from './body-reader.ts';
import { writeJson } from './json-writer.ts';
import { writeXml } from './xml-writer.ts';
import { BUNDLED_XSD, validateXml } from './xmllint.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const XML = 'application/xml';
const JSON_CT = 'application/json';

/** The BodyError a call throws (fails the test when it does not throw one). */
function bodyError(f: () => unknown): BodyError {
  try {
    f();
  } catch (e) {
    if (e instanceof BodyError) return e;
    throw e;
  }
  throw new Error('expected a BodyError');
}

describe('readBody: round trips', () => {
  for (const [type, doc] of Object.entries(SAMPLES)) {
    it(`${type}: XML → object → XML is stable and equals the JSON path`, () => {
      const xml1 = writeXml(type, doc);
      const fromXml = readBody(type, xml1, XML);
      const xml2 = writeXml(type, fromXml);
      expect(readBody(type, xml2, XML)).toEqual(fromXml);
      expect(writeXml(type, readBody(type, xml2, XML))).toBe(xml2);
      expect(validateXml(xml2, BUNDLED_XSD).ok).toBe(true);
      const fromJson = readBody(type, writeJson(type, doc), JSON_CT);
      expect(fromJson).toEqual(fromXml);
      expect(writeJson(type, fromJson)).toBe(writeJson(type, fromXml));
    });
  }

  it('gives back typed values in model names', () => {
    const vm = readBody('vm', writeXml('vm', vmDoc), XML);
    expect(vm).toMatchObject({
      id: vmDoc.id, name: 'web1', description: 'front <end> & "friends"', comment: '',
      memory: 2147483648, stateless: false, status: 'up',
      cpu: { topology: { cores: 1, sockets: 2, threads: 1 } },
      os: { type: 'rhel_8x64', boot: { devices: ['hd', 'network'] } },
      cluster: { id: 'c1' }, start_time: '2024-03-02T07:00:00.000Z', numa_nodes: [],
      nics: [{ id: 'n1', name: 'nic1', interface: 'virtio', mac: { address: '56:6f:00:00:00:01' } }],
    });
    expect(vm).not.toHaveProperty('href');
    expect(vm).not.toHaveProperty('actions');
    expect(vm).not.toHaveProperty('link');
    expect(vm).not.toHaveProperty('not_a_member');
  });
});

describe('readBody: input conventions', () => {
  it('coerces booleans (true/false/0/1, any case), integers, decimals, dates and enums', () => {
    const vm = readBody('vm', `<vm><stateless>TRUE</stateless><delete_protected>0</delete_protected><run_once>1</run_once>
      <memory> 1024 </memory><status>Powering_Up</status><start_time>2016-09-08T09:53:35.138+02:00</start_time>
      <creation_time>1709362800000</creation_time></vm>`, XML);
    expect(vm).toEqual({ stateless: true, delete_protected: false, run_once: true, memory: 1024, status: 'powering_up',
      start_time: '2016-09-08T07:53:35.138Z', creation_time: '2024-03-02T07:00:00.000Z' });
    const v = readBody('value', '{"datum": "0.5", "detail": 3}', JSON_CT);
    expect(v).toEqual({ datum: 0.5, detail: '3' });
    const j = readBody('vm', '{"memory": 2048, "stateless": "False", "start_time": 1709362800000, "status": "DOWN"}', JSON_CT);
    expect(j).toEqual({ memory: 2048, stateless: false, start_time: '2024-03-02T07:00:00.000Z', status: 'down' });
  });

  it('keeps references by id or by name and ignores unknown elements', () => {
    const vm = readBody('vm', '<vm><name>a</name><cluster><name>Default</name></cluster><template id="t1"/><extra><deep>1</deep></extra></vm>', XML);
    expect(vm).toEqual({ name: 'a', cluster: { name: 'Default' }, template: { id: 't1' } });
  });

  it('accepts a byte order mark before the document', () => {
    expect(readBody('vm', '\uFEFF<?xml version="1.0" encoding="UTF-8"?><vm><name>a</name></vm>', XML)).toEqual({ name: 'a' });
    expect(readBody('vm', '\uFEFF{"name": "a"}', JSON_CT)).toEqual({ name: 'a' });
  });

  it('decodes the predefined entities and character references', () => {
    expect(readBody('vm', '<vm id="a&amp;b"><name>&lt;x&gt; &#65;&#x42; &quot;&apos;</name></vm>', XML)).toEqual({ id: 'a&b', name: '<x> AB "\'' });
  });

  it('accepts lists in JSON with or without the wrapper, and wire names', () => {
    expect(readBody('network', '{"usages": {"usage": ["VM", "display"]}}', JSON_CT)).toEqual({ usages: ['vm', 'display'] });
    expect(readBody('network', '{"usages": ["vm"]}', JSON_CT)).toEqual({ usages: ['vm'] });
    expect(readBody('vm', '{"host_numa_nodes": {}}', JSON_CT)).toEqual({ numa_nodes: [] });
    expect(readBody('vm', '<vm><host_numa_nodes><host_numa_node><index>0</index></host_numa_node></host_numa_nodes></vm>', XML))
      .toEqual({ numa_nodes: [{ index: 0 }] });
  });

  it('picks the format from the content type, sniffing when there is none', () => {
    expect(bodyFormat('application/json; charset=utf-8', '')).toBe('json');
    expect(bodyFormat('application/xml;charset=UTF-8', '')).toBe('xml');
    expect(bodyFormat(undefined, ' {"a":1}')).toBe('json');
    expect(bodyFormat(undefined, '<vm/>')).toBe('xml');
    expect(bodyError(() => readBody('vm', 'name: x', 'application/yaml')).status).toBe(415);
  });
});

describe('readBody: bad and hostile bodies', () => {
  it('refuses DOCTYPE and ENTITY declarations (no expansion, no external entities)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><vm><name>&lol2;</name></vm>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE vm [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><vm><name>&xxe;</name></vm>`;
    for (const body of [laughs, xxe, '<!doctype vm><vm/>']) {
      const e = bodyError(() => readBody('vm', body, XML));
      expect(e.status).toBe(400);
      expect(e.detail).toMatch(/DOCTYPE and ENTITY/);
    }
  });

  it('refuses deep nesting in XML and JSON', () => {
    const deepXml = `<vm>${'<cpu>'.repeat(200)}${'</cpu>'.repeat(200)}</vm>`;
    expect(bodyError(() => readBody('vm', deepXml, XML)).detail).toMatch(/nested deeper than 64/);
    const deepJson = `{"cpu":${'{"a":'.repeat(500)}1${'}'.repeat(500)}}`;
    expect(bodyError(() => readBody('vm', deepJson, JSON_CT)).detail).toMatch(/nested deeper than 64/);
    expect(bodyError(() => readBody('vm', '['.repeat(100000), JSON_CT)).status).toBe(400);
    // closing first cannot buy extra depth
    const sneaky = `${'</x>'.repeat(100)}<vm>${'<cpu>'.repeat(100)}${'</cpu>'.repeat(100)}</vm>`;
    expect(bodyError(() => readBody('vm', sneaky, XML)).status).toBe(400);
    expect(bodyError(() => readBody('vm', `${']'.repeat(100)}${'['.repeat(100)}`, JSON_CT)).status).toBe(400);
    // '>' inside attribute values does not confuse the depth count
    expect(readBody('vm', '<vm id="a>b"><template id="x>/"/><cluster id=\'>\'/></vm>', XML)).toEqual({ id: 'a>b', template: { id: 'x>/' }, cluster: { id: '>' } });
  });

  it('refuses bodies over the size limit', () => {
    const e = bodyError(() => readBody('vm', `<vm><name>${'x'.repeat(2000)}</name></vm>`, XML, { maxBytes: 1000 }));
    expect(e.status).toBe(413);
  });

  it('reports wrong scalar values with the parameter name', () => {
    const e = bodyError(() => readBody('vm', '<vm><memory>abc</memory></vm>', XML));
    expect([e.status, e.reason]).toEqual([400, 'Invalid value']);
    expect(e.detail).toMatch(/^Invalid value 'abc' for parameter 'memory'/);
    expect(bodyError(() => readBody('vm', '<vm><stateless>yes</stateless></vm>', XML)).detail).toMatch(/'yes' for parameter 'stateless'/);
    expect(bodyError(() => readBody('vm', '<vm><cpu><topology><cores>1.5</cores></topology></cpu></vm>', XML)).detail)
      .toMatch(/parameter 'cpu.topology.cores'/);
    expect(bodyError(() => readBody('vm', '{"start_time": "last tuesday"}', JSON_CT)).reason).toBe('Invalid value');
    expect(bodyError(() => readBody('vm', '{"cluster": "c1"}', JSON_CT)).reason).toBe('Invalid value');
    expect(bodyError(() => readBody('vm', '{"memory": {"a": 1}}', JSON_CT)).reason).toBe('Invalid value');
    expect(bodyError(() => readBody('vm', '<vm><name><b>x</b></name></vm>', XML)).reason).toBe('Invalid value');
  });

  it('rejects huge malformed numbers quickly and quotes them shortened', () => {
    const started = performance.now();
    for (const body of [`<value><datum>${'1'.repeat(1_000_000)}x</datum></value>`, `<value><datum>${'1'.repeat(1_000_000)}.${'1'.repeat(1_000_000)}.</datum></value>`]) {
      const e = bodyError(() => readBody('value', body, XML));
      expect(e.reason).toBe('Invalid value');
      expect(e.detail.length).toBeLessThan(300);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports invalid enum values with the allowed ones', () => {
    const e = bodyError(() => readBody('vm', '<vm><status>sideways</status></vm>', XML));
    expect([e.status, e.reason]).toEqual([400, 'Invalid Enum value']);
    expect(e.detail).toContain("'sideways'");
    expect(e.detail).toContain(apiModel().enumValues('vm_status')!.join(', '));
    expect(bodyError(() => readBody('network', '{"usages": {"usage": ["vm", "bogus"]}}', JSON_CT)).reason).toBe('Invalid Enum value');
  });

  it('refuses unparsable bodies, saying what was expected', () => {
    for (const [body, ct] of [['<vm><name>x</name>', XML], ['not xml at all', XML], ['{"name": ', JSON_CT], ['[1,2]', JSON_CT], ['', XML], ['   ', JSON_CT]]) {
      const e = bodyError(() => readBody('vm', body, ct));
      expect(e.status, body).toBe(400);
      expect(e.reason).toBe('Request syntactically incorrect.');
      expect(e.detail).toMatch(/vm/);
    }
    const wrongRoot = bodyError(() => readBody('vm', '<host><name>x</name></host>', XML));
    expect(wrongRoot.detail).toBe('Expected a <vm> element but the request body has <host>.');
    expect(bodyError(() => readBody('vm', '<vm/><vm/>', XML)).status).toBe(400);
    expect(bodyError(() => readBody('vm', '<vm><__proto__><x>1</x></__proto__></vm>', XML)).status).toBe(400);
  });

  it('never lets JSON keys reach the prototype', () => {
    const vm = readBody('vm', '{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "name": "n"}', JSON_CT);
    expect(vm).toEqual({ name: 'n' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readAction', () => {
  const start = apiModel().method('vm', 'start')!.parameters;
  const stop = apiModel().method('vm', 'stop')!.parameters;

  it('reads an <action> and keeps only the method input parameters', () => {
    const a = readAction(start, '<action><pause>true</pause><vm><os><boot><devices><device>cdrom</device></devices></boot></os></vm><force>true</force></action>', XML);
    expect(a).toEqual({ pause: true, vm: { os: { boot: { devices: ['cdrom'] } } } });
    expect(readAction(stop, '{"force": "true", "reason": "maintenance"}', JSON_CT)).toEqual({ force: true, reason: 'maintenance' });
    expect(readAction(['force'], '<action><force>1</force><grace_period><expiry>10</expiry></grace_period></action>', XML))
      .toEqual({ force: true, grace_period: { expiry: 10 } });
  });

  it('treats an empty body as no parameters and refuses other roots', () => {
    expect(readAction(stop, '', XML)).toEqual({});
    expect(readAction(stop, '<action/>', XML)).toEqual({});
    expect(readAction(stop, '{}', JSON_CT)).toEqual({});
    expect(bodyError(() => readAction(stop, '<vm/>', XML)).detail).toMatch(/<action>/);
    expect(bodyError(() => readAction(stop, '<action><force>maybe</force></action>', XML)).reason).toBe('Invalid value');
  });
});

describe('readBody: recorded engine responses', () => {
  it('reads a v4 vm', () => {
    const vm = readBody('vm', fixture('vm.xml'), XML);
    expect(vm).toMatchObject({
      name: 'vm1', memory: 1073741824, status: 'down', stateless: false, type: 'desktop',
      os: { type: 'other', boot: { devices: ['hd'] } },
      cluster: { id: '5a55d518-00c7-00ef-015b-000000000055' },
      time_zone: { name: 'Etc/GMT' },
    });
    expect(vm.cpu).toMatchObject({ topology: { cores: 1 } });
  });

  it('reads a v4 event with a dated time', () => {
    expect(readBody('event', fixture('event.xml'), XML)).toEqual({
      id: '16359',
      description: 'VM new_vm configuration was updated by admin@internal-authz.',
      code: 35, correlation_id: '4e787afc-ed42-4193-82a0-66943860d142', custom_id: -1, flood_rate: 30,
      origin: 'oVirt', severity: 'normal', time: '2017-05-07T12:45:05.485Z',
      cluster: { id: '504ae500-3476-450e-8243-f6df0f7f7acf' },
      data_center: { id: 'b60b3daa-dcbd-40c9-8d09-3fc08c91f5d1' },
      template: { id: '785e845e-baa0-4812-8a8c-467f37ad6c79' },
      user: { id: '0000002c-002c-002c-002c-000000000149' },
      vm: { id: '78e60d40-1fd9-42e7-aa07-4ef4439b5289' },
    });
  });

  it('reads a v4 data center, storage domain and host', () => {
    expect(readBody('data_center', fixture('data_center.xml'), XML)).toEqual({
      id: '2812e1c2-fb19-4bf9-ac42-74c069a5e507', name: 'Newd', local: false, quota_mode: 'disabled', status: 'up',
      storage_format: 'v4', supported_versions: [{ major: 4, minor: 2 }], version: { major: 4, minor: 2 },
      mac_pool: { id: '58ca604b-017d-0374-0220-00000000014e' },
    });
    expect(readBody('storage_domain', fixture('storage_domain.xml'), XML)).toMatchObject({
      name: 'rhevm-qe-infra-glance', description: '', master: false, status: 'unattached', block_size: 512,
      storage: { type: 'glance' }, type: 'image', external_status: 'ok',
    });
    const host = readBody('host', fixture('host.xml'), XML);
    expect(host).toMatchObject({
      address: 'bodnopoz-node01.eng.lab.tlv.redhat.com', status: 'up', type: 'rhel', update_available: true,
      cpu: { speed: 2400, topology: { sockets: 2 } }, spm: { priority: 5, status: 'none' },
      transparent_huge_pages: { enabled: true }, summary: { active: 1, migrating: 0, total: 1 },
      version: { full_version: 'vdsm-4.30.1-29.gitcbdbee9.el7', major: 4, minor: 30 },
      cluster: { id: 'cb363284-bd8b-11e8-9109-001a4a231490' },
    });
    // what the engine read from a real engine validates once written by ours
    expect(validateXml(writeXml('host', host), BUNDLED_XSD).ok).toBe(true);
  });
});

describe('readBody: documented engine JSON', () => {
  it('reads a cluster as the engine writes it in JSON (string scalars, wrapped lists)', () => {
    const item = JSON.parse(fixture('clusters.json')).cluster[0];
    const cluster = readBody('cluster', JSON.stringify(item), JSON_CT);
    expect(cluster).toMatchObject({
      ballooning_enabled: false, cpu: { architecture: 'x86_64', type: 'Intel SandyBridge Family' },
      custom_scheduling_policy_properties: [{ name: 'HighUtilization', value: '80' }, { name: 'CpuOverCommitDurationMinutes', value: '2' }],
      error_handling: { on_error: 'migrate' }, firewall_type: 'iptables',
      memory_policy: { over_commit: { percent: 100 }, transparent_huge_pages: { enabled: true } },
      migration: { auto_converge: 'inherit', bandwidth: { assignment_method: 'auto' } },
      required_rng_sources: ['random'], version: { major: 4, minor: 1 }, id: item.id, name: item.name,
    });
    // and ours writes it back the same way
    const again = JSON.parse(writeJson('cluster', cluster));
    expect(again.required_rng_sources).toEqual(item.required_rng_sources);
    expect(again.memory_policy).toEqual(item.memory_policy);
    expect(again.fencing_policy).toEqual(item.fencing_policy);
  });

  it('reads a network and a documented update request', () => {
    const item = JSON.parse(fixture('networks.json')).network[0];
    expect(readBody('network', JSON.stringify(item), JSON_CT)).toEqual({
      id: '456', name: 'ovirtmgmt', description: 'Management Network', stp: false, mtu: 0, usages: ['vm'], data_center: { id: '123' },
    });
    expect(readBody('cluster', fixture('cluster-update-request.xml'), XML)).toEqual({ version: { major: 4, minor: 1 } });
  });
});
