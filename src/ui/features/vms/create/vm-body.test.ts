import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../api/resource.ts';
import { buildVmBody, DEFAULT_VM_VALUES, generalProblems, memoryPolicyFor, systemProblems, valuesFromTemplate, type VmWizardValues } from './vm-body.ts';

const values = (over: Partial<VmWizardValues> = {}): VmWizardValues => ({ ...DEFAULT_VM_VALUES, clusterId: 'c1', name: 'web9', ...over });

describe('buildVmBody', () => {
  it('sends memory in bytes, the topology, OS, time zone and references by id', () => {
    const body = buildVmBody(values({ memory: '2048', memoryUnit: 'MiB', sockets: '2', cores: '4', os: 'rhel_9x64', timeZone: 'Europe/Paris', description: ' web ' }));
    expect(body).toEqual({
      name: 'web9',
      description: 'web',
      cluster: { id: 'c1' },
      template: { id: '00000000-0000-0000-0000-000000000000' },
      memory: 2147483648,
      memory_policy: { guaranteed: 2147483648, max: 8589934592 },
      cpu: { topology: { sockets: 2, cores: 4, threads: 1 } },
      os: { type: 'rhel_9x64' },
      time_zone: { name: 'Europe/Paris' },
      high_availability: { enabled: false },
    });
  });
  it('leaves an empty description out and asks for high availability with a priority', () => {
    const body = buildVmBody(values({ highlyAvailable: true }));
    expect(body).not.toHaveProperty('description');
    expect(body.high_availability).toEqual({ enabled: true, priority: 1 });
    expect(body.memory).toBe(1073741824);
  });
});

describe('step problems', () => {
  it('general step needs a cluster and a valid name', () => {
    expect(generalProblems(values())).toEqual({});
    expect(generalProblems(values({ clusterId: '', name: 'bad name' }))).toEqual({ clusterId: 'Choose a cluster.', name: expect.stringMatching(/only letters/) });
  });
  it('system step checks memory and counts', () => {
    expect(systemProblems(values())).toEqual({});
    const p = systemProblems(values({ memory: '', sockets: '0', cores: '1000' }));
    expect(Object.keys(p).sort()).toEqual(['cores', 'memory', 'sockets']);
  });
});

describe('valuesFromTemplate', () => {
  const s = (fields: Resource['fields']) => ({ fields, links: {}, actions: {} });
  it('copies memory, topology, OS, time zone and HA from the template', () => {
    const t: Resource = {
      kind: 'template', id: 't', links: {}, actions: {},
      fields: { memory: 4294967296, cpu: s({ topology: s({ sockets: 2, cores: 1, threads: 1 }) }), os: s({ type: 'rhel_9x64' }), time_zone: s({ name: 'Europe/Paris' }), high_availability: s({ enabled: true }) },
    };
    expect(valuesFromTemplate(t)).toEqual({ memory: '4', memoryUnit: 'GiB', sockets: '2', cores: '1', os: 'rhel_9x64', timeZone: 'Europe/Paris', highlyAvailable: true });
  });
  it('leaves out what the template does not say', () => {
    expect(valuesFromTemplate({ kind: 'template', id: 't', fields: { memory: 1536 * 1024 * 1024 }, links: {}, actions: {} })).toEqual({ memory: '1536', memoryUnit: 'MiB' });
  });
});

describe('memoryPolicyFor', () => {
  it('guarantees all the memory and allows four times as much, within the 6 TiB limit', () => {
    expect(memoryPolicyFor(1024)).toEqual({ guaranteed: 1024, max: 4096 });
    const big = 4 * 1024 ** 4;
    expect(memoryPolicyFor(big)).toEqual({ guaranteed: big, max: 6 * 1024 ** 4 });
  });
});
