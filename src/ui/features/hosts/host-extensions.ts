// What this area adds to the generic collection and detail pages (see
// ../resources/extension-types.ts). Components are lazy so they load with their page.
import { lazy } from 'react';
import type { Extensions } from '../resources/extension-types.ts';

const HostNicsTab = lazy(() => import('./host-nics-tab.tsx').then((m) => ({ default: m.HostNicsTab })));
const SetupNetworksDialog = lazy(() => import('./setup-networks-dialog.tsx').then((m) => ({ default: m.SetupNetworksDialog })));
const PowerManagementPanel = lazy(() => import('./power-management-panel.tsx').then((m) => ({ default: m.PowerManagementPanel })));
const FenceDialog = lazy(() => import('./fence-dialog.tsx').then((m) => ({ default: m.FenceDialog })));
const MaintenanceDialog = lazy(() => import('./maintenance-dialog.tsx').then((m) => ({ default: m.MaintenanceDialog })));
const ActivateDialog = lazy(() => import('./activate-dialog.tsx').then((m) => ({ default: m.ActivateDialog })));
const InstallDialog = lazy(() => import('./install-dialog.tsx').then((m) => ({ default: m.InstallDialog })));
const ApproveDialog = lazy(() => import('./approve-dialog.tsx').then((m) => ({ default: m.ApproveDialog })));
const IscsiDialog = lazy(() => import('./iscsi-dialog.tsx').then((m) => ({ default: m.IscsiDialog })));

export const hostExtensions: Extensions = {
  host: {
    tabs: { nics: HostNicsTab },
    panels: [PowerManagementPanel],
    actionDialogs: {
      setupnetworks: SetupNetworksDialog,
      fence: FenceDialog,
      deactivate: MaintenanceDialog,
      activate: ActivateDialog,
      install: InstallDialog,
      approve: ApproveDialog,
      iscsidiscover: IscsiDialog,
      iscsilogin: IscsiDialog,
    },
    extraActions: [
      { id: 'setup-host-networks', label: 'Setup host networks', dialog: SetupNetworksDialog, primary: true, shown: (h) => !!h.actions.setupnetworks },
      { id: 'iscsi', label: 'iSCSI', dialog: IscsiDialog, shown: (h) => !!h.actions.iscsidiscover && !!h.actions.iscsilogin },
    ],
  },
};
