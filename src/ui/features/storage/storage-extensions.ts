// What this area adds to the generic collection and detail pages (see
// ../resources/extension-types.ts). Components are lazy so they load with their page.
import { lazy } from 'react';
import type { Resource } from '../../../api/resource.ts';
import type { Extensions } from '../resources/extension-types.ts';

const CreateStorageDomainDialog = lazy(() => import('./create-storage-domain-dialog.tsx').then((m) => ({ default: m.CreateStorageDomainDialog })));
const DcStorageTab = lazy(() => import('./attachments/dc-storage-tab.tsx').then((m) => ({ default: m.DcStorageTab })));
const SdDataCentersTab = lazy(() => import('./attachments/sd-data-centers-tab.tsx').then((m) => ({ default: m.SdDataCentersTab })));
const SdStatusPanel = lazy(() => import('./attachments/sd-status-panel.tsx').then((m) => ({ default: m.SdStatusPanel })));
const IsoFilesTab = lazy(() => import('./iso-files-tab.tsx').then((m) => ({ default: m.IsoFilesTab })));

/** The top-level domain, not its view inside a data center (which has the activate/deactivate actions). */
const isTopLevel = (sd: Resource) => !sd.actions.activate && !sd.actions.deactivate;

export const storageExtensions: Extensions = {
  storage_domain: {
    create: { label: 'New storage domain', dialog: CreateStorageDomainDialog },
    panels: [SdStatusPanel],
    tabs: { files: IsoFilesTab },
    extraTabs: [{ key: 'datacenters', title: 'Data centers', component: SdDataCentersTab, shown: isTopLevel }],
  },
  data_center: {
    tabs: { storagedomains: DcStorageTab },
  },
};
