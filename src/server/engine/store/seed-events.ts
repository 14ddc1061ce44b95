import { eventType, renderEvent, type EventParams } from '../sim/event-codes.ts';
import type { Store } from './store.ts';
import type { EventRefs } from './types.ts';
import type { Prng } from './seed-util.ts';

export interface SeedWorld {
  adminId: string;
  dcs: Array<{ id: string; name: string }>;
  clusters: Array<{ id: string; name: string; dc: string }>;
  hosts: Array<{ id: string; name: string; status: string; cluster: string }>;
  storageDomains: Array<{ id: string; name: string; dc: string; dcName: string; free: number }>;
  templates: Array<{ id: string; name: string }>;
  vms: Array<{
    id: string; name: string; status: string; host?: string; hostName?: string; cluster: string;
    createdMs: number; startMs?: number; disk: string; diskId: string;
  }>;
  users: Array<{ id: string; name: string }>;
}

interface Planned { time: number; name: string; params: EventParams; refs: EventRefs; correlation?: string }

const HOUR = 3_600_000;
const ADMIN = 'admin@internal-authz';

/**
 * Writes a believable three-day audit log ending at `now`, oldest first so indexes grow
 * with time: engine start, storage and host activation, logins, VM life cycles that end
 * in each VM's current state, migrations, snapshots, disk and NIC changes, warnings,
 * alerts and a few failed actions.
 */
export function seedEventHistory(store: Store, rnd: Prng, now: number, w: SeedWorld): number {
  const start = now - 72 * HOUR;
  const plan: Planned[] = [];
  const at = (time: number, name: string, params: EventParams, refs: EventRefs = {}, correlation?: string) => {
    if (!eventType(name)) throw new Error(`seed uses unknown event ${name}`);
    plan.push({ time: Math.min(Math.max(time, start), now - 1000), name, params, refs, correlation });
  };
  const somewhen = (from = start, to = now - 5 * 60_000) => from + Math.floor(rnd.next() * (to - from));
  const admin = { user: w.adminId };
  const dcOf = (clusterId: string) => w.clusters.find((c) => c.id === clusterId)?.dc;
  const upHosts = w.hosts.filter((h) => h.status === 'up');

  // Engine start and storage/host bring-up.
  at(start, 'VDC_START', {});
  w.storageDomains.forEach((sd, i) => {
    at(start + 60_000 + i * 5000, 'USER_ACTIVATED_STORAGE_DOMAIN', { StorageDomainName: sd.name, StoragePoolName: sd.dcName, UserName: ADMIN },
      { storage_domain: sd.id, data_center: sd.dc, ...admin });
  });
  for (const dc of w.dcs) at(start + 90_000, 'SYSTEM_CHANGE_STORAGE_POOL_STATUS_UP_REPORTING_HOSTS', { StoragePoolName: dc.name }, { data_center: dc.id });
  w.hosts.forEach((h, i) => {
    const t = start + 120_000 + i * 7000;
    if (h.status === 'pending_approval') {
      at(now - 5 * HOUR, 'VDS_DETECTED', { VdsName: h.name, HostStatus: 'PendingApproval' }, { host: h.id, cluster: h.cluster });
      return;
    }
    at(t, 'VDS_DETECTED', { VdsName: h.name, HostStatus: 'Up' }, { host: h.id, cluster: h.cluster });
    at(t + 2000, 'VDS_ALERT_FENCE_IS_NOT_CONFIGURED', { VdsName: h.name }, { host: h.id, cluster: h.cluster });
  });
  for (const dc of w.dcs) {
    const spm = w.hosts.find((h) => h.status === 'up' && dcOf(h.cluster) === dc.id);
    if (spm) at(start + 200_000, 'IRS_HOSTED_ON_VDS', { VdsName: spm.name, ServerIp: `${spm.name}.example.com`, StoragePoolName: dc.name }, { host: spm.id, data_center: dc.id });
  }

  // Logins and logouts spread over the three days.
  const people = [{ id: w.adminId, name: ADMIN }, ...w.users];
  for (let i = 0; i < 24; i++) {
    const p = i % 3 === 0 ? people[0] : rnd.pick(people);
    const t = somewhen();
    const session = rnd.hex(16);
    const ip = `10.0.${rnd.int(0, 3)}.${rnd.int(10, 250)}`;
    at(t, 'USER_VDC_LOGIN', { UserName: p.name, SourceIP: ip, SessionID: session }, { user: p.id });
    if (rnd.chance(0.7)) at(t + rnd.int(5, 180) * 60_000, 'USER_VDC_LOGOUT', { UserName: p.name, SourceIP: ip, SessionID: session }, { user: p.id });
  }
  at(somewhen(), 'USER_VDC_LOGIN_FAILED', { UserName: 'erin@example.com', SourceIP: '10.0.2.77', LoginErrMsg: '' });

  // VM life cycles ending in the current state.
  for (const vm of w.vms) {
    const refs = { vm: vm.id, cluster: vm.cluster, data_center: dcOf(vm.cluster) };
    if (vm.createdMs > start) {
      const corr = rnd.hex(8);
      at(vm.createdMs, 'USER_ADD_VM', { VmName: vm.name, UserName: ADMIN }, { ...refs, ...admin }, corr);
      at(vm.createdMs + 20_000, 'USER_ADD_VM_FINISHED_SUCCESS', { VmName: vm.name }, refs, corr);
    }
    const hostRefs = vm.host ? { ...refs, host: vm.host } : refs;
    if (vm.startMs !== undefined) {
      const corr = rnd.hex(8);
      at(vm.startMs - 30_000, 'USER_INITIATED_RUN_VM', { VmName: vm.name, UserName: ADMIN }, { ...refs, ...admin }, corr);
      if (vm.status !== 'powering_up') at(vm.startMs, 'USER_RUN_VM', { VmName: vm.name, VdsName: vm.hostName }, hostRefs, corr);
      if (vm.status === 'paused') at(vm.startMs + 2 * HOUR, 'VM_PAUSED', { VmName: vm.name }, hostRefs);
    } else if (vm.status === 'down') {
      const t = somewhen(start + 4 * HOUR);
      if (rnd.chance(0.5)) {
        at(t, 'USER_INITIATED_SHUTDOWN_VM', { VmName: vm.name, UserName: ADMIN, VdsName: 'host01', OptionalReason: '' }, { ...refs, ...admin });
        at(t + 40_000, 'VM_DOWN', { VmName: vm.name, ExitMessage: 'Exit message: User shut down from within the guest' }, refs);
      } else {
        at(t, 'USER_STOP_VM', { VmName: vm.name, UserName: ADMIN, VdsName: 'host02', OptionalReason: '' }, { ...refs, ...admin });
      }
    } else if (vm.status === 'suspended') {
      const t = somewhen(start + 4 * HOUR);
      at(t, 'USER_SUSPEND_VM', { VmName: vm.name, UserName: ADMIN, VdsName: 'host01' }, { ...refs, ...admin });
      at(t + 30_000, 'USER_SUSPEND_VM_OK', { VmName: vm.name, VdsName: 'host01' }, refs);
    }
  }

  // Migrations between up hosts of the same cluster.
  const migratable = w.vms.filter((v) => v.status === 'up' && v.host && upHosts.filter((h) => h.cluster === v.cluster).length > 1);
  for (let i = 0; i < 6 && migratable.length; i++) {
    const vm = rnd.pick(migratable);
    const dst = upHosts.find((h) => h.cluster === vm.cluster && h.id === vm.host)!;
    const src = upHosts.find((h) => h.cluster === vm.cluster && h.id !== vm.host)!;
    const t = Math.max(somewhen(vm.startMs ?? start), (vm.startMs ?? start) + HOUR);
    const corr = rnd.hex(8);
    const secs = rnd.int(4, 40);
    at(t, 'VM_MIGRATION_START', { VmName: vm.name, VdsName: src.name, DestinationVdsName: dst.name, UserName: ADMIN, OptionalReason: '' }, { vm: vm.id, host: src.id, cluster: vm.cluster, ...admin }, corr);
    at(t + secs * 1000, 'VM_MIGRATION_DONE', { VmName: vm.name, VdsName: src.name, DestinationVdsName: dst.name, Duration: `${secs} seconds`, TotalDuration: `${secs + 1} seconds`, ActualDowntime: `${rnd.int(40, 300)}ms` }, { vm: vm.id, host: dst.id, cluster: vm.cluster }, corr);
  }

  // Snapshots, disks, NICs.
  for (let i = 0; i < 8; i++) {
    const vm = rnd.pick(w.vms);
    const t = somewhen();
    const corr = rnd.hex(8);
    const snap = rnd.pick(['nightly', 'before-upgrade', 'pre-patch', 'manual']);
    at(t, 'USER_CREATE_SNAPSHOT', { SnapshotName: snap, VmName: vm.name, UserName: ADMIN }, { vm: vm.id, cluster: vm.cluster, ...admin }, corr);
    at(t + rnd.int(20, 200) * 1000, 'USER_CREATE_SNAPSHOT_FINISHED_SUCCESS', { SnapshotName: snap, VmName: vm.name }, { vm: vm.id, cluster: vm.cluster }, corr);
  }
  for (let i = 0; i < 5; i++) {
    const vm = rnd.pick(w.vms);
    const t = somewhen();
    const corr = rnd.hex(8);
    at(t, 'USER_ADD_DISK_TO_VM', { DiskAlias: vm.disk, VmName: vm.name, UserName: ADMIN }, { vm: vm.id, ...admin }, corr);
    at(t + 15_000, 'USER_ADD_DISK_TO_VM_FINISHED_SUCCESS', { DiskAlias: vm.disk, VmName: vm.name }, { vm: vm.id }, corr);
  }
  const scratch = rnd.pick(w.vms);
  const tRemove = somewhen();
  at(tRemove, 'USER_REMOVE_DISK_INITIATED', { DiskAlias: `${scratch.name}_scratch`, StorageDomainName: 'data-nfs', UserName: ADMIN }, admin);
  at(tRemove + 10_000, 'USER_FINISHED_REMOVE_DISK', { DiskAlias: `${scratch.name}_scratch`, StorageDomainName: 'data-nfs', UserName: ADMIN }, admin);
  for (let i = 0; i < 4; i++) {
    const vm = rnd.pick(w.vms);
    at(somewhen(), 'NETWORK_ADD_VM_INTERFACE', { InterfaceName: 'nic2', InterfaceType: 'VirtIO', VmName: vm.name, UserName: ADMIN }, { vm: vm.id, cluster: vm.cluster, ...admin });
  }
  const removedVm = 'old-test-vm';
  at(somewhen(), 'USER_REMOVE_VM_FINISHED', { VmName: removedVm, UserName: ADMIN }, admin);

  // Host maintenance and install history.
  for (const h of w.hosts.filter((x) => x.status === 'maintenance')) {
    at(now - 20 * HOUR, 'USER_VDS_MAINTENANCE', { VdsName: h.name, UserName: ADMIN, Reason: 'Firmware upgrade' }, { host: h.id, cluster: h.cluster, ...admin });
    at(now - 20 * HOUR + 60_000, 'VDS_MAINTENANCE', { VdsName: h.name }, { host: h.id, cluster: h.cluster });
  }
  const reinstalled = upHosts[upHosts.length - 1];
  if (reinstalled) {
    const t = somewhen(start + 6 * HOUR, now - 30 * HOUR);
    at(t, 'VDS_ANSIBLE_INSTALL_STARTED', { VdsName: reinstalled.name }, { host: reinstalled.id, cluster: reinstalled.cluster });
    at(t + 8 * 60_000, 'VDS_ANSIBLE_INSTALL_FINISHED', { VdsName: reinstalled.name }, { host: reinstalled.id, cluster: reinstalled.cluster });
    at(t + 8 * 60_000 + 5000, 'VDS_INSTALL', { VdsName: reinstalled.name }, { host: reinstalled.id, cluster: reinstalled.cluster });
  }

  // Warnings, errors, failed actions.
  const nfs = w.storageDomains.find((s) => s.name === 'data-nfs');
  if (nfs) {
    for (let i = 0; i < 3; i++) {
      at(somewhen(), 'IRS_DISK_SPACE_LOW', { StorageDomainName: 'export', DiskSpace: rnd.int(40, 90) }, { storage_domain: w.storageDomains.find((s) => s.name === 'export')?.id, data_center: nfs.dc });
    }
  }
  const flappy = upHosts[0];
  if (flappy) {
    for (let i = 0; i < 3; i++) {
      const t = somewhen();
      at(t, 'HOST_INTERFACE_STATE_DOWN', { InterfaceName: 'eth1', VdsName: flappy.name }, { host: flappy.id, cluster: flappy.cluster });
      if (i < 2) at(t + rnd.int(1, 20) * 60_000, 'HOST_INTERFACE_STATE_UP', { InterfaceName: 'eth1', VdsName: flappy.name }, { host: flappy.id, cluster: flappy.cluster });
    }
  }
  for (const vm of w.vms.filter((v) => v.status === 'paused')) {
    at((vm.startMs ?? start) + 2 * HOUR - 1000, 'VM_NOT_RESPONDING', { VmName: vm.name }, { vm: vm.id, host: vm.host });
  }
  const failing = w.vms.filter((v) => v.status === 'down');
  for (let i = 0; i < 3 && failing.length; i++) {
    const vm = rnd.pick(failing);
    at(somewhen(), 'USER_FAILED_RUN_VM', { VmName: vm.name, DueToError: ' due to a failed validation: [Cannot run VM. There is no host that satisfies current scheduling constraints.]', UserName: ADMIN }, { vm: vm.id, cluster: vm.cluster, ...admin });
  }
  at(somewhen(), 'GENERIC_ERROR_MESSAGE', { Message: 'Failed to migrate VM legacy-erp: the VM is pinned to its host.' }, admin);
  at(somewhen(), 'VM_MIGRATION_FAILED', { VmName: 'legacy-erp', VdsName: 'host04', DueToMigrationError: ' due to an Error: Fatal error during migration' }, {});
  at(now - 90 * 60_000, 'VDS_HIGH_CPU_USE', { HostName: upHosts[1]?.name ?? 'host02', UsedCpu: 93, Threshold: 80 }, { host: upHosts[1]?.id });

  // Routine updates to fill the log.
  for (let i = 0; i < 12; i++) {
    const vm = rnd.pick(w.vms);
    at(somewhen(), 'USER_UPDATE_VM', { VmName: vm.name, UserName: rnd.chance(0.6) ? ADMIN : rnd.pick(w.users).name }, { vm: vm.id, cluster: vm.cluster, ...admin });
  }
  for (let i = 0; i < 6; i++) {
    const vm = rnd.pick(w.vms.filter((v) => v.status === 'up'));
    const who = rnd.pick(people);
    at(somewhen(vm.startMs ?? start), 'VM_CONSOLE_CONNECTED', { VmName: vm.name, UserName: who.name }, { vm: vm.id, user: who.id });
  }

  plan.sort((a, b) => a.time - b.time);
  for (const p of plan) {
    const type = eventType(p.name)!;
    const refs: EventRefs = {};
    for (const [k, v] of Object.entries(p.refs)) if (v) (refs as Record<string, unknown>)[k] = v;
    store.addEvent({
      code: type.code, severity: type.severity, description: renderEvent(p.name, p.params), time: p.time,
      correlation_id: p.correlation, refs,
    });
  }
  return plan.length;
}
