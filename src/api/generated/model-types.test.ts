// The committed type table must match what the generator makes from the shared model.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, DEFAULT_OUT, generate } from '../../../scripts/gen-client-types.ts';
import { ACTIONS, SERVICES, STRUCTS, WIRE_TYPES } from './model-types.ts';

describe('generated model table', () => {
  it.skipIf(!existsSync(DEFAULT_MODEL))('is up to date with the shared model (run: npx tsx scripts/gen-client-types.ts)', () => {
    const fresh = generate(JSON.parse(readFileSync(DEFAULT_MODEL, 'utf8')));
    expect(readFileSync(DEFAULT_OUT, 'utf8')).toBe(fresh);
  });

  it('knows member types, wire names, services and actions', () => {
    expect(STRUCTS.vm.memory).toBe('i');
    expect(STRUCTS.vm.status).toBe('#vm_status');
    expect(STRUCTS.vm.cluster).toBe('cluster');
    expect(STRUCTS.vm.host_numa_nodes).toBe('numa_node[]');
    expect(STRUCTS.statistic.values).toBe('value[]');
    expect(WIRE_TYPES.os).toBe('operating_system');
    expect(SERVICES.system.seg?.datacenters).toBe('data_centers');
    expect(SERVICES.vms).toMatchObject({ t: 'vm', list: true, id: 'vm' });
    expect(SERVICES.vm.act?.cancelmigration).toBe('cancel_migration');
    expect(ACTIONS.host.fence).toContainEqual(['fence_type', 's', 1]);
  });
});
