// Where a running VM may go: the hosts that are up in its cluster, except the one it runs on
// (the engine refuses both "same host" and "host not up"). The scheduler may also pick.
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { displayName, statusOf, valueAt } from '../../../lib/fields.ts';

export function migrationTargets(vm: Resource, hosts: readonly Resource[]): Resource[] {
  const currentId = valueAt(vm, 'host.id');
  return hostsUpInCluster(vm, hosts).filter((h) => h.id !== currentId);
}

/** Hosts that could run the VM now: up, in its cluster, by name. */
export function hostsUpInCluster(vm: Resource, hosts: readonly Resource[]): Resource[] {
  const clusterId = valueAt(vm, 'cluster.id');
  return hosts
    .filter((h) => statusOf(h) === 'up' && (clusterId === undefined || valueAt(h, 'cluster.id') === clusterId))
    .sort((a, b) => displayName(a).localeCompare(displayName(b)));
}

/** The `migrate` action's body: a host, or nothing to let the scheduler choose. */
export function migrateBody(hostId: string | null): InputFields {
  return hostId ? { host: { id: hostId } } : {};
}

export type MigrationPhase = 'requested' | 'migrating' | 'landed' | 'failed';

/**
 * How far a migration has got, from the VM as polled after the request: `migrating` while the
 * engine moves it; `landed` once it is up (or paused) on another host than `fromHostId`;
 * `failed` when, after migrating, it settles anywhere else (back on the source host, or down).
 */
export function migrationPhase(vm: Resource, fromHostId: string | undefined, seenMigrating: boolean): MigrationPhase {
  const status = statusOf(vm);
  const hostId = valueAt(vm, 'host.id');
  if (status === 'migrating') return 'migrating';
  if ((status === 'up' || status === 'paused') && hostId !== undefined && hostId !== fromHostId) return 'landed';
  // It was moving and settled anywhere but on a new host: the engine gave up.
  if (seenMigrating) return 'failed';
  return 'requested';
}
