import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { activeDataDomains, defaultProfile, isoSourcesOf, osForArchitecture, profilesForNetworks, templatesForDataCenter } from './choices.ts';

const ref = (id: string) => ({ id, href: `/x/${id}`, fields: {}, links: {}, actions: {} });
const r = (kind: string, id: string, fields: Resource['fields']): Resource => ({ kind, id, fields, links: {}, actions: {} });
const BLANK = '00000000-0000-0000-0000-000000000000';

describe('templatesForDataCenter', () => {
  const clusters = [r('cluster', 'c1', { data_center: ref('dc1') }), r('cluster', 'c2', { data_center: ref('dc2') })];
  const templates = [
    r('template', 'tz', { name: 'zeta', cluster: ref('c1') }),
    r('template', 't2', { name: 'other-dc', cluster: ref('c2') }),
    r('template', BLANK, { name: 'Blank' }),
    r('template', 'ta', { name: 'alpha', cluster: ref('c1') }),
    r('template', 'tb', { name: 'broken', cluster: ref('c1'), status: 'illegal' }),
  ];
  it('keeps Blank first and the data center’s usable templates by name', () => {
    expect(templatesForDataCenter(templates, clusters, 'dc1').map((t) => t.id)).toEqual([BLANK, 'ta', 'tz']);
    expect(templatesForDataCenter(templates, clusters, 'dc2').map((t) => t.id)).toEqual([BLANK, 't2']);
    expect(templatesForDataCenter(templates, clusters, undefined).map((t) => t.id)).toEqual([BLANK]);
  });
});

describe('profilesForNetworks', () => {
  it('keeps profiles of the given networks, labelled with the network', () => {
    const networks = [r('network', 'n1', { name: 'ovirtmgmt' }), r('network', 'n2', { name: 'vlan100' })];
    const profiles = [
      r('vnic_profile', 'p2', { name: 'vlan100', network: ref('n2') }),
      r('vnic_profile', 'px', { name: 'ovirtmgmt', network: ref('n9') }),
      r('vnic_profile', 'p1', { name: 'ovirtmgmt', network: ref('n1') }),
    ];
    const choices = profilesForNetworks(profiles, networks);
    expect(choices).toEqual([{ id: 'p1', label: 'ovirtmgmt / ovirtmgmt' }, { id: 'p2', label: 'vlan100 / vlan100' }]);
    expect(defaultProfile(choices)).toBe('p1');
    expect(defaultProfile([{ id: 'p2', label: 'vlan100 / vlan100' }])).toBe('p2');
    expect(defaultProfile([])).toBe('');
  });
});

describe('storage domains', () => {
  it('offers active data domains only', () => {
    const attached = [
      r('storage_domain', 'd1', { type: 'data', status: 'active' }),
      r('storage_domain', 'd2', { type: 'data', status: 'maintenance' }),
      r('storage_domain', 'i1', { type: 'iso', status: 'active' }),
    ];
    expect(activeDataDomains(attached).map((d) => d.id)).toEqual(['d1']);
  });
  it('finds ISO and data domains attached (and active) in the data center, ISO domains first, whatever the list encoding', () => {
    const domains = [
      r('storage_domain', 'd1', { type: 'data', data_centers: [ref('dc1')] }),
      r('storage_domain', 'i1', { type: 'iso', data_centers: [ref('dc1')] }),
      r('storage_domain', 'i2', { type: 'iso', data_centers: { fields: { data_center: [ref('dc2')] }, links: {}, actions: {} } }),
      r('storage_domain', 'e1', { type: 'export', data_centers: [ref('dc1')] }),
      r('storage_domain', 'i3', { type: 'iso', data_centers: [ref('dc1')] }),
    ];
    expect(isoSourcesOf(domains, 'dc1').map((d) => d.id)).toEqual(['i1', 'i3', 'd1']);
    expect(isoSourcesOf(domains, 'dc2').map((d) => d.id)).toEqual(['i2']);
    expect(isoSourcesOf(domains, 'dc1', [r('storage_domain', 'i1', { status: 'maintenance' }), r('storage_domain', 'i3', { status: 'active' })]).map((d) => d.id)).toEqual(['i3']);
    expect(isoSourcesOf(domains, undefined)).toEqual([]);
  });
});

describe('osForArchitecture', () => {
  it('keeps the cluster architecture’s systems, sorted by description', () => {
    const oses = [
      r('operating_system', 'a', { name: 'rhel_9x64', description: 'Red Hat 9', architecture: 'x86_64' }),
      r('operating_system', 'b', { name: 'other_linux_ppc64', description: 'Linux ppc64', architecture: 'ppc64' }),
      r('operating_system', 'c', { name: 'other', description: 'Other OS', architecture: 'x86_64' }),
    ];
    expect(osForArchitecture(oses, 'x86_64').map((o) => o.fields.name)).toEqual(['other', 'rhel_9x64']);
    expect(osForArchitecture(oses, undefined)).toHaveLength(3);
  });
});
