import { describe, expect, it } from 'vitest';
import { parseBody } from './parse.ts';
import { toJson, toXml } from './write.ts';
import type { Structure } from './resource.ts';

const fields = {
  name: 'web1',
  description: 'a <b> & "c"',
  memory: 2147483648,
  stateless: false,
  cluster: { id: 'c1' },
  cpu: { topology: { cores: 2, sockets: 1, threads: 1 } },
  os: { type: 'rhel_8x64', boot: { devices: ['hd', 'cdrom'] } },
  nics: [{ name: 'nic1' }, { name: 'nic2' }],
};

function reread(text: string, type: 'application/xml' | 'application/json', href?: string): Structure {
  const p = parseBody({ text, contentType: type, status: 200, href, apiBase: '/ovirt-engine/api' });
  if (p.type !== 'resource') throw new Error(p.type);
  return p.resource;
}

describe('writer', () => {
  it('v4 XML wraps lists, escapes text and reads back to the same fields', () => {
    const xml = toXml('vm', fields);
    expect(xml).toContain('<devices><device>hd</device><device>cdrom</device></devices>');
    expect(xml).toContain('<nics><nic><name>nic1</name></nic><nic><name>nic2</name></nic></nics>');
    expect(xml).toContain('<cluster id="c1"></cluster>');
    expect(xml).toContain('<description>a &lt;b&gt; &amp; &quot;c&quot;</description>');
    const r = reread(xml, 'application/xml');
    expect(r.fields.name).toBe('web1');
    expect(r.fields.description).toBe('a <b> & "c"');
    expect(r.fields.memory).toBe(2147483648);
    expect(r.fields.stateless).toBe(false);
    expect(((r.fields.os as Structure).fields.boot as Structure).fields.devices).toEqual(['hd', 'cdrom']);
    expect((r.fields.nics as Structure[]).map((n) => n.fields.name)).toEqual(['nic1', 'nic2']);
  });

  it('v3 XML uses the attribute style and reads back to the same model as v4', () => {
    const v3 = toXml('vm', fields, 3);
    expect(v3).toContain('<os type="rhel_8x64"><boot dev="hd"/><boot dev="cdrom"/></os>');
    expect(v3).toContain('<topology cores="2" sockets="1" threads="1"></topology>');
    expect(reread(v3, 'application/xml')).toEqual(reread(toXml('vm', fields), 'application/xml'));
    expect(toXml('cluster', { cpu: { type: 'Intel Nehalem Family' }, memory_policy: { over_commit: { percent: 150 } } }, 3)).toBe(
      '<cluster><cpu id="Intel Nehalem Family"></cpu><memory_policy><overcommit percent="150"></overcommit></memory_policy></cluster>',
    );
  });

  it('JSON uses the v4 wire shape and reads back to the same model as XML', () => {
    const json = toJson('vm', fields);
    const o = JSON.parse(json);
    expect(o.os.boot.devices).toEqual({ device: ['hd', 'cdrom'] });
    expect(o.nics).toEqual({ nic: [{ name: 'nic1' }, { name: 'nic2' }] });
    expect(reread(json, 'application/json', '/ovirt-engine/api/vms/1')).toEqual(reread(toXml('vm', fields), 'application/xml'));
  });

  it('actions, empty bodies and references with names', () => {
    expect(toXml('action', {})).toBe('<action></action>');
    expect(toJson('action', {})).toBe('{}');
    expect(toXml('action', { host: { name: 'h1' }, force: true })).toBe('<action><host><name>h1</name></host><force>true</force></action>');
    expect(toJson('action', { ticket: { expiry: 120 }, async: undefined })).toBe('{"ticket":{"expiry":120}}');
  });
});
