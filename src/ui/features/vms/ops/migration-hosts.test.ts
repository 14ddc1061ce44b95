import { describe, expect, it } from 'vitest';
import { hostsUpInCluster, migrateBody, migrationPhase, migrationTargets } from './migration-hosts.ts';
import { ref, resource } from './test-resources.ts';

const vm = resource('vm', 'v1', { name: 'web01', status: 'up', cluster: ref('cluster', 'c1'), host: ref('host', 'h1') });
const host = (id: string, name: string, status: string, cluster: string) => resource('host', id, { name, status, cluster: ref('cluster', cluster) });

describe('migrationTargets', () => {
  it('keeps up hosts of the VM cluster except the current one, by name', () => {
    const hosts = [host('h1', 'host01', 'up', 'c1'), host('h3', 'host03', 'maintenance', 'c1'), host('h2', 'zeta', 'up', 'c1'), host('h5', 'alpha', 'up', 'c1'), host('h4', 'host04', 'up', 'c2')];
    expect(migrationTargets(vm, hosts).map((h) => h.id)).toEqual(['h5', 'h2']);
  });
  it('run once may use any up host of the cluster, the current one included', () => {
    const hosts = [host('h2', 'host02', 'up', 'c1'), host('h1', 'host01', 'up', 'c1'), host('h4', 'host04', 'up', 'c2'), host('h3', 'host03', 'down', 'c1')];
    expect(hostsUpInCluster(vm, hosts).map((h) => h.id)).toEqual(['h1', 'h2']);
  });
  it('is empty when no other host is up', () => {
    expect(migrationTargets(vm, [host('h1', 'host01', 'up', 'c1'), host('h3', 'host03', 'non_responsive', 'c1')])).toEqual([]);
  });
});

describe('migrateBody', () => {
  it('names the host, or leaves the choice to the scheduler', () => {
    expect(migrateBody('h2')).toEqual({ host: { id: 'h2' } });
    expect(migrateBody(null)).toEqual({});
  });
});

describe('migrationPhase', () => {
  const at = (status: string, hostId?: string) => resource('vm', 'v1', { status, ...(hostId ? { host: ref('host', hostId) } : {}) });
  it('follows the VM from request to landing', () => {
    expect(migrationPhase(at('up', 'h1'), 'h1', false)).toBe('requested');
    expect(migrationPhase(at('migrating', 'h1'), 'h1', false)).toBe('migrating');
    expect(migrationPhase(at('up', 'h2'), 'h1', true)).toBe('landed');
    expect(migrationPhase(at('up', 'h2'), 'h1', false)).toBe('landed');
  });
  it('reports a migration that ended back on the source host as failed', () => {
    expect(migrationPhase(at('up', 'h1'), 'h1', true)).toBe('failed');
    expect(migrationPhase(at('down'), 'h1', true)).toBe('failed');
  });
});
