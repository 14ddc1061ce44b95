/**
 * Seeded trouble, every so often: a host stops responding (its VMs go unknown, highly available
 * ones restart elsewhere, the host comes back a minute later), a data domain runs low on space,
 * or a VM stops answering for a while. Choices come from the simulator's seeded generator over
 * the inventory in a stable order, so a seed replays the same story.
 */
import { refId, type SimCore } from './core.ts';
import { hostStopsResponding } from './host-machine.ts';
import { sdRunsLow } from './storage-machine.ts';
import { T } from './timings.ts';

const byId = <D extends { id: string }>(a: D, b: D) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isLow(sd: Record<string, unknown>): boolean {
  const available = Number(sd.available ?? 0);
  const total = available + Number(sd.used ?? 0);
  return total > 0 && (available * 100) / total < Number(sd.warning_low_space_indicator ?? 10);
}

export function scheduleTrouble(core: SimCore, meanGapMs: number): void {
  const gap = meanGapMs * (0.5 + core.rng.next());
  core.after(gap, 'trouble', () => {
    causeTrouble(core);
    scheduleTrouble(core, meanGapMs);
  });
}

/** One random fault; returns what happened (for tests and logs). */
export function causeTrouble(core: SimCore): string {
  const roll = core.rng.next();
  if (roll < 0.2) {
    // Keep at least one up host per cluster so HA VMs have somewhere to go.
    const hosts = core.store.list('hosts', '').filter((h) => h.status === 'up').sort(byId);
    const candidates = hosts.filter((h) => hosts.some((o) => o.id !== h.id && refId(o.cluster) === refId(h.cluster)));
    const host = core.rng.pick(candidates);
    if (host) {
      hostStopsResponding(core, host);
      return `host ${String(host.name)} not responding`;
    }
  }
  if (roll < 0.45) {
    const attached = core.store.list('data_centers', '').sort(byId).flatMap((dc) =>
      core.store.list('attached_storage_domains', dc.id).filter((a) => a.status === 'active').map((a) => ({ dc: dc.id, sd: core.store.get('storage_domains', a.id, '') })),
    );
    // Domains already under their warning threshold have had their warning.
    const roomy = attached.filter((a) => a.sd?.type === 'data' && !isLow(a.sd));
    const pick = core.rng.pick(roomy);
    if (pick?.sd) {
      sdRunsLow(core, pick.sd, pick.dc);
      return `storage domain ${String(pick.sd.name)} low on space`;
    }
  }
  const vms = core.store.list('vms', '').filter((v) => v.status === 'up').sort(byId);
  const vm = core.rng.pick(vms);
  if (!vm) return 'nothing';
  core.setVm(vm.id, { status: 'not_responding' });
  core.emit(126, { VmName: String(vm.name) }, { vm: vm.id, host: refId(vm.host) });
  core.after(T.vmNotResponding, `vm:${vm.id}`, () => {
    if (core.vm(vm.id)?.status === 'not_responding') core.setVm(vm.id, { status: 'up' });
  });
  return `vm ${String(vm.name)} not responding`;
}
