import { describe, expect, it } from 'vitest';
import { apiModel } from '../../model/api-model.ts';
import { SAMPLES, vmDoc } from './__fixtures__/sample-docs.ts';
import { writeXml, writeXmlCollection } from './xml-writer.ts';
import { BUNDLED_XSD, SHARED_XSD, hasSharedXsd, validateXml } from './xmllint.ts';

const schemas = [BUNDLED_XSD, ...(hasSharedXsd() ? [SHARED_XSD] : [])];

function expectValid(xml: string) {
  for (const xsd of schemas) {
    const r = validateXml(xml, xsd);
    expect(r.output, `${xsd}\n${xml}`).not.toMatch(/error/i);
    expect(r.ok, r.output).toBe(true);
  }
}

describe('writeXml', () => {
  for (const [type, doc] of Object.entries(SAMPLES)) {
    it(`writes a ${type} that validates against the v4 XSD and keeps every model member`, () => {
      const xml = writeXml(type, doc);
      expectValid(xml);
      const element = apiModel().struct(type)!.element;
      expect(xml).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8" standalone="yes"\\?>\\n<${element}[ >/]`));
      for (const key of Object.keys(doc)) {
        const m = apiModel().member(type, key);
        if (!m || m.attr) continue;
        expect(xml, `${type}.${key}`).toMatch(new RegExp(`<${m.wire}[ >/]`));
      }
    });
  }

  it('puts id/href in attributes, actions first, then name/description/comment, links, then fields', () => {
    const xml = writeXml('vm', vmDoc);
    const lines = xml.split('\n');
    expect(lines[1]).toBe(`<vm href="${vmDoc.href}" id="${vmDoc.id}">`);
    expect(lines[2]).toBe('    <actions>');
    expect(lines[3]).toBe(`        <link href="${vmDoc.actions[0].href}" rel="start"/>`);
    const pos = (s: string) => xml.indexOf(s);
    expect(pos('</actions>')).toBeLessThan(pos('<name>web1</name>'));
    expect(pos('<name>')).toBeLessThan(pos('<description>'));
    expect(pos('<description>')).toBeLessThan(pos('<comment/>'));
    expect(pos('<comment/>')).toBeLessThan(pos('\n    <link href'));
    expect(pos('\n    <link href')).toBeLessThan(pos('<cpu>'));
    // XSD order of the remaining members: VmBase's members before Vm's own (status, nics…)
    const order = apiModel().members('vm').map((m) => m.wire);
    const seen = [...xml.matchAll(/^ {4}<([a-z_]+)/gm)].map((m) => m[1]).filter((t) => t !== 'actions' && t !== 'link');
    const idx = seen.map((t) => order.indexOf(t));
    expect(idx.every((v) => v >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('escapes text and attributes and drops unknown keys', () => {
    const xml = writeXml('vm', { ...vmDoc, id: 'a"b<c>&', name: 'x\u0001y' });
    expect(xml).toContain('<description>front &lt;end&gt; &amp; "friends"</description>');
    expect(xml).toContain('id="a&quot;b&lt;c&gt;&amp;"');
    expect(xml).toContain('<name>x\uFFFDy</name>');
    expect(xml).not.toContain('not_a_member');
    expect(xml).not.toContain('must not appear');
    expectValid(xml);
  });

  it('wraps lists, writes booleans, integers and dates the engine way', () => {
    const xml = writeXml('vm', vmDoc);
    expect(xml).toContain('<devices>\n                <device>hd</device>\n                <device>network</device>\n            </devices>');
    expect(xml).toContain('<nics>\n        <nic href=');
    expect(xml).toContain('<host_numa_nodes/>');
    expect(xml).toContain('<stateless>false</stateless>');
    expect(xml).toContain('<memory>2147483648</memory>');
    expect(xml).toContain('<start_time>2024-03-02T07:00:00.000+00:00</start_time>');
    expect(xml).toContain('<creation_time>2024-01-01T12:00:00.005+00:00</creation_time>');
    expect(xml).toContain('<cluster href="/ovirt-engine/api/clusters/c1" id="c1"/>');
    const net = writeXml('network', { id: 'n', name: 'ovirtmgmt', usages: ['vm', 'management'] });
    expect(net).toContain('<usages>\n        <usage>vm</usage>\n        <usage>management</usage>\n    </usages>');
    expectValid(net);
  });

  it('writes decimals without exponent and drops values that do not fit the type', () => {
    const xml = writeXml('statistic', SAMPLES.statistic);
    expect(xml).toContain('<datum>0.000000125</datum>');
    const bad = writeXml('vm', { id: '1', memory: 'lots', stateless: 'maybe', start_time: 'yesterday', cluster: 'c1', status: { x: 1 } });
    expect(bad).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<vm id="1"/>\n');
  });

  it('writes action results, faults and creation status that validate', () => {
    const done = writeXml('action', { status: 'complete', job: { id: 'j1', href: '/ovirt-engine/api/jobs/j1' } });
    expect(done).toContain('<action>\n    <job href="/ovirt-engine/api/jobs/j1" id="j1"/>\n    <status>complete</status>\n</action>');
    expectValid(done);
    const failed = writeXml('action', { status: 'failed', fault: { reason: 'Operation Failed', detail: '[Cannot run VM. VM is running.]' } });
    expect(failed).toMatch(/<fault>\n {8}<detail>\[Cannot run VM. VM is running.\]<\/detail>\n {8}<reason>Operation Failed<\/reason>/); // XSD order: detail, reason
    expectValid(failed);
    expectValid(writeXml('fault', { reason: 'Invalid value', detail: "Invalid value 'x' for parameter 'memory'." }));
    const creating = writeXml('vm', { id: 'v', name: 'n', creation_status: 'pending', link: [{ rel: 'creation_status', href: '/ovirt-engine/api/vms/v/creation_status/t1' }], status: 'image_locked' });
    expect(creating.indexOf('<creation_status>pending</creation_status>')).toBeLessThan(creating.indexOf('<link '));
    expectValid(creating);
  });

  it('survives a cyclic document', () => {
    const a: Record<string, unknown> = { id: 'a', name: 'a' };
    a.template = a;
    const xml = writeXml('vm', a);
    expect(xml).toContain('<name>a</name>');
    expectValid(xml);
  });
});

describe('writeXmlCollection', () => {
  it('writes an empty collection as <vms/>', () => {
    const xml = writeXmlCollection('vm', []);
    expect(xml.split('\n')[1]).toBe('<vms/>');
    expectValid(xml);
  });

  it('uses the XSD collection element names', () => {
    const os = writeXmlCollection('operating_system_info', [{ id: 'o1', href: '/ovirt-engine/api/operatingsystems/o1', name: 'rhel_8x64', architecture: 'x86_64' }]);
    expect(os).toMatch(/<operation_systems>\n {4}<operating_system href=/);
    expectValid(os);
    const dcs = writeXmlCollection('data_center', [SAMPLES.data_center, SAMPLES.data_center], { size: 2 });
    expect(dcs).toMatch(/<data_centers>\n {4}<size>2<\/size>\n {4}<data_center /);
    expectValid(dcs);
    const events = writeXmlCollection('event', [SAMPLES.event], { actions: [{ rel: 'undelete', href: '/ovirt-engine/api/events/undelete' }] });
    expectValid(events);
  });

  it('rejects a type that is not a struct', () => {
    expect(() => writeXml('vm_status', {})).toThrow(/not a struct/);
    expect(() => writeXmlCollection('nope', [])).toThrow(/not a struct/);
  });
});
