import { describe, expect, it } from 'vitest';
import { SAMPLES, apiDoc, statisticDoc, vmDoc } from './__fixtures__/sample-docs.ts';
import { writeJson, writeJsonCollection, writeJsonValue } from './json-writer.ts';

describe('writeJson', () => {
  const vm = JSON.parse(writeJson('vm', vmDoc));

  it('writes a bare object with id/href, actions and links', () => {
    expect(vm.id).toBe(vmDoc.id);
    expect(vm.href).toBe(vmDoc.href);
    expect(vm.actions).toEqual({ link: vmDoc.actions.map(({ rel, href }) => ({ href, rel })) });
    expect(vm.link).toEqual(vmDoc.link.map(({ rel, href }) => ({ href, rel })));
    expect(vm.vm).toBeUndefined();
    expect(vm.not_a_member).toBeUndefined();
    expect(Object.keys(vm).slice(0, 4)).toEqual(['href', 'id', 'actions', 'name']);
  });

  it('writes integers and booleans as strings, dates as epoch ms, decimals as numbers', () => {
    expect(vm.memory).toBe('2147483648');
    expect(vm.stateless).toBe('false');
    expect(vm.high_availability).toEqual({ enabled: 'true', priority: '1' });
    expect(vm.cpu.topology).toEqual({ cores: '1', sockets: '2', threads: '1' });
    expect(vm.start_time).toBe(Date.UTC(2024, 2, 2, 7, 0, 0));
    expect(vm.creation_time).toBe(Date.UTC(2024, 0, 1, 12, 0, 0, 5));
    expect(vm.status).toBe('up');
    const stat = JSON.parse(writeJson('statistic', statisticDoc));
    expect(stat.values).toEqual({ value: [{ datum: 0.000000125 }, { datum: 46 }] });
    const host = JSON.parse(writeJson('host', SAMPLES.host));
    expect(host.cpu.speed).toBe(2400.5);
    expect(host.port).toBe('54321');
  });

  it('keeps list wrappers and model wire names', () => {
    expect(vm.os).toEqual({ type: 'rhel_8x64', boot: { devices: { device: ['hd', 'network'] } } });
    expect(vm.nics.nic[0]).toMatchObject({ id: 'n1', name: 'nic1', interface: 'virtio', mac: { address: '56:6f:00:00:00:01' } });
    expect(vm.host_numa_nodes).toEqual({});
    expect(vm.numa_nodes).toBeUndefined();
    expect(vm.cluster).toEqual({ href: '/ovirt-engine/api/clusters/c1', id: 'c1' });
    const net = writeJsonValue('network', { name: 'm', usages: ['vm'] });
    expect(net).toEqual({ name: 'm', usages: { usage: ['vm'] } });
  });

  it('writes the entry point without a wrapper', () => {
    const api = JSON.parse(writeJson('api', apiDoc));
    expect(api.link[0]).toEqual({ href: '/ovirt-engine/api/vms', rel: 'vms' });
    expect(api.summary.vms).toEqual({ total: '3', active: '1' });
    expect(api.product_info.version.major).toBe('4');
    expect(api.time).toBe(Date.UTC(2024, 2, 2, 7));
  });
});

describe('writeJsonCollection', () => {
  it('uses the singular element as key and {} for an empty collection', () => {
    expect(writeJsonCollection('vm', [])).toBe('{}');
    const c = JSON.parse(writeJsonCollection('data_center', [SAMPLES.data_center]));
    expect(Object.keys(c)).toEqual(['data_center']);
    expect(c.data_center[0].local).toBe('false');
    expect(c.data_center[0].supported_versions).toEqual({ version: [{ major: '4', minor: '7' }] });
    expect(JSON.parse(writeJsonCollection('operating_system_info', [{ id: 'o' }]))).toEqual({ operating_system: [{ id: 'o' }] });
  });
});
