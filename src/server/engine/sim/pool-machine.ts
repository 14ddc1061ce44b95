/** VM pools: creating one makes its VMs from the template; allocatevm hands out (and starts) one. */
import type { Doc } from '../store/store.ts';
import { refId, type ActionCtx, type ActionResult, type SimCore } from './core.ts';
import { ActionRefused } from './refusals.ts';
import { vmAdded } from './template-machine.ts';
import { startVm } from './vm-machine.ts';

export function poolAdded(core: SimCore, pool: Doc, ctx: ActionCtx): void {
  const size = Math.max(0, Math.min(1000, Math.floor(Number(pool.size ?? 0)) || 0));
  const tid = refId(pool.template);
  const template = tid ? core.store.get('templates', tid, '') : undefined;
  const existing = core.store.list('vms', '').filter((v) => refId(v.vm_pool) === pool.id).length;
  for (let i = existing + 1; i <= size; i++) {
    const vm = core.store.insert('vms', {
      name: `${String(pool.name)}-${i}`, status: 'down', type: 'desktop', stateless: pool.stateful !== true,
      memory: template?.memory ?? 1024 ** 3, cpu: template?.cpu, os: template?.os, display: template?.display,
      high_availability: { enabled: false, priority: 0 }, delete_protected: false, origin: 'ovirt', creation_time: core.iso(),
      cluster: pool.cluster, template: pool.template, original_template: pool.template, vm_pool: { id: pool.id },
    });
    vmAdded(core, vm, ctx);
  }
  core.emit(302, { VmPoolName: String(pool.name), VmsCount: size }, { cluster: refId(pool.cluster), template: tid }, ctx);
}

export function poolAction(core: SimCore, pool: Doc, action: string, _params: Record<string, unknown>, ctx: ActionCtx): ActionResult {
  if (action !== 'allocatevm') return { status: 'complete' };
  const vms = core.store.list('vms', '').filter((v) => refId(v.vm_pool) === pool.id);
  // Prestarted VMs first, then any down one.
  const ready = vms.find((v) => v.status === 'up') ?? vms.find((v) => v.status === 'down');
  if (!ready) throw ActionRefused.cannot('allocate and run VM from VM-Pool', 'There are no available VMs in the VM-Pool.');
  core.emit(316, { AdUserName: core.userName(ctx), VmName: String(ready.name), VmPoolName: String(pool.name) }, { vm: ready.id }, ctx);
  if (ready.status === 'down') startVm(core, ready, {}, ctx);
  return { status: 'complete', extra: { vm: { id: ready.id } } };
}
