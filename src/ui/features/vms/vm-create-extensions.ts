// What VM provisioning adds to the generic pages (see ../resources/extension-types.ts): the
// new-VM wizard and the dialogs that add a NIC, a disk or a CD to a VM. Components are lazy so
// they load with their page.
import { lazy } from 'react';
import type { Extensions } from '../resources/extension-types.ts';

const NewVmWizard = lazy(() => import('./create/new-vm-wizard.tsx').then((m) => ({ default: m.NewVmWizard })));
const NewNicDialog = lazy(() => import('./create/new-nic-dialog.tsx').then((m) => ({ default: m.NewNicDialog })));
const NewDiskDialog = lazy(() => import('./create/new-disk-dialog.tsx').then((m) => ({ default: m.NewDiskDialog })));
const ChangeCdDialog = lazy(() => import('./create/change-cd-dialog.tsx').then((m) => ({ default: m.ChangeCdDialog })));

export const vmCreateExtensions: Extensions = {
  vm: {
    create: { label: 'New virtual machine', dialog: NewVmWizard },
    // Every VM has one CD-ROM (api-reference §7); a VM without the link is from an old engine.
    extraActions: [{ id: 'change-cd', label: 'Change CD', dialog: ChangeCdDialog, primary: true, shown: (vm) => !!vm.links.cdroms }],
  },
  // VM NICs only: host NICs are `host_nic` and are changed through setupnetworks.
  nic: { create: { label: 'New network interface', dialog: NewNicDialog } },
  disk_attachment: { create: { label: 'New disk', dialog: NewDiskDialog } },
};
