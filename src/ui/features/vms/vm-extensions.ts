// What this area adds to the generic collection and detail pages (see
// ../resources/extension-types.ts): the VM's status panel, console, migration, snapshots, run
// once, clone and make template, allocation from a pool, and hot-plugging NICs and disks from
// their own pages. Components are lazy so they load with their page.
import { lazy } from 'react';
import type { Resource } from '../../../api/resource.ts';
import type { Extensions, ExtraAction } from '../resources/extension-types.ts';
import { DEVICE_TOGGLES, toggleApplies } from './ops/device-toggles.ts';

const VmStatusPanel = lazy(() => import('./ops/vm-status-panel.tsx').then((m) => ({ default: m.VmStatusPanel })));
const ConsoleTicketDialog = lazy(() => import('./ops/console-ticket-dialog.tsx').then((m) => ({ default: m.ConsoleTicketDialog })));
const MigrateDialog = lazy(() => import('./ops/migrate-dialog.tsx').then((m) => ({ default: m.MigrateDialog })));
const SnapshotsTab = lazy(() => import('./ops/snapshots-tab.tsx').then((m) => ({ default: m.SnapshotsTab })));
const RunOnceDialog = lazy(() => import('./ops/run-once-dialog.tsx').then((m) => ({ default: m.RunOnceDialog })));
const CloneDialog = lazy(() => import('./ops/clone-dialog.tsx').then((m) => ({ default: m.CloneDialog })));
const MakeTemplateDialog = lazy(() => import('./ops/make-template-dialog.tsx').then((m) => ({ default: m.MakeTemplateDialog })));
const AllocateVmDialog = lazy(() => import('./ops/allocate-vm-dialog.tsx').then((m) => ({ default: m.AllocateVmDialog })));
const DeviceToggleDialog = lazy(() => import('./ops/device-toggle-dialog.tsx').then((m) => ({ default: m.DeviceToggleDialog })));

// Run once and make template are for a VM that is down (the engine refuses them otherwise).
const isDown = (vm: Resource) => vm.fields.status === 'down';

/** Plug / unplug, link up / down, activate / deactivate on a NIC's or disk attachment's page. */
const toggles = (kind: 'nic' | 'disk_attachment'): ExtraAction[] =>
  DEVICE_TOGGLES.filter((t) => t.kind === kind).map((t) => ({ id: t.id, label: t.label, dialog: DeviceToggleDialog, primary: true, shown: (d) => toggleApplies(t, d) }));

// An extra action hidden by the state change it causes (a VM no longer down, a NIC no longer
// plugged) would lose its open dialog to the generic one; the same dialog registered under its
// id keeps it mounted until it closes.
const keepOpen = (extras: ExtraAction[]) => Object.fromEntries(extras.map((x) => [x.id, x.dialog]));

const vmExtras: ExtraAction[] = [
  { id: 'run-once', label: 'Run once', dialog: RunOnceDialog, shown: (vm) => 'start' in vm.actions && isDown(vm) },
  { id: 'make-template', label: 'Make template', dialog: MakeTemplateDialog, shown: isDown },
];

export const vmExtensions: Extensions = {
  vm: {
    panels: [VmStatusPanel],
    actionDialogs: { ticket: ConsoleTicketDialog, migrate: MigrateDialog, clone: CloneDialog, ...keepOpen(vmExtras) },
    extraActions: vmExtras,
    tabs: { snapshots: SnapshotsTab },
  },
  vm_pool: {
    actionDialogs: { allocatevm: AllocateVmDialog },
  },
  nic: { extraActions: toggles('nic'), actionDialogs: keepOpen(toggles('nic')) },
  disk_attachment: { extraActions: toggles('disk_attachment'), actionDialogs: keepOpen(toggles('disk_attachment')) },
};
