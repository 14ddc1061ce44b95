// Journey: "New disk" button (Disks tab, testid tab-diskattachments) opens testid disk-dialog; getByRole(role, { name, exact: true }): spinbutton "Size (GiB)", textbox "Alias" (prefilled <vm>_DiskN), "Description", combobox "Interface", "Allocation policy" (thin, preallocated), "Storage domain" (labels "<name> (<free> free)"), checkbox "Bootable", "Activate"; button "Add" (testid disk-dialog-submit); testid disk-dialog-fault.
// "New disk" on a VM: a new image created by POSTing a disk attachment with the disk nested
// in it, on a data domain active in the VM's data center (its `storagedomains` carry the
// per-data-center status).
import { Checkbox, FormGroup } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useToast } from '../../../components/toasts.tsx';
import { displayName, isStructure } from '../../../lib/fields.ts';
import { formatBytes } from '../../../lib/format.ts';
import { useCollection } from '../../collections/api/get-collection.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { AddDeviceDialog } from './add-device-dialog.tsx';
import { useVmDataCenter } from './api/get-vm-data-center.ts';
import { activeDataDomains, freeSpace } from './choices.ts';
import { ALLOCATIONS, buildDiskAttachmentBody, DISK_INTERFACES, diskProblems, nextDiskAlias, type Allocation, type DiskInterface, type DiskValues } from './disk-body.ts';
import { canAddDiskTo } from './create-targets.ts';
import { SelectField, TextField } from './form-fields.tsx';

export function NewDiskDialog({ collectionHref, parent, onClose }: CreateDialogProps) {
  // The disks inline (`follow=disk`): their names give the next free alias.
  const existing = useCollection(collectionHref, { follow: 'disk', max: 500 }, { poll: false });
  const { dataCenter, isPending: placing, error: placementError } = useVmDataCenter(parent);
  const attached = useChoices(dataCenter?.links.storagedomains);
  const create = useCreateResource();
  const toast = useToast();

  const domains = useMemo(() => activeDataDomains(attached.data?.items ?? []), [attached.data]);
  const attachments = existing.data?.items ?? [];
  const aliases = attachments.map((a) => (isStructure(a.fields.disk) ? String(a.fields.disk.fields.name ?? a.fields.disk.fields.alias ?? '') : ''));
  const hasBootable = attachments.some((a) => a.fields.bootable === true);
  const vmName = parent ? displayName(parent) : 'vm';
  const [edits, setEdits] = useState<Partial<DiskValues>>({});
  const [tried, setTried] = useState(false);
  const values: DiskValues = {
    sizeGiB: '10',
    alias: nextDiskAlias(vmName, aliases),
    description: '',
    iface: 'virtio_scsi',
    allocation: 'thin',
    storageDomainId: domains[0]?.id ?? '',
    // The first disk of a VM is usually the one it boots from.
    bootable: !hasBootable,
    active: true,
    ...edits,
  };
  const problems = diskProblems(values);
  const errors = tried ? problems : {};
  const set = (patch: Partial<DiskValues>) => setEdits((cur) => ({ ...cur, ...patch }));
  const loading = existing.isPending || placing || (!!dataCenter?.links.storagedomains && attached.isPending);

  const allowed = canAddDiskTo(parent?.kind);

  const submit = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { collectionHref, kind: 'disk_attachment', fields: buildDiskAttachmentBody(values) },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `Disk ${values.alias} added${parent ? ` to ${vmName}` : ''}`, body: 'The engine creates the image; the disk is locked until it is ready.' });
          onClose();
        },
      },
    );
  };

  return (
    <AddDeviceDialog id="disk" title="disk" plural="disks" parent={parent} allowed={allowed} loading={loading} loadingText="Loading the data center's storage domains" loadingHeight="14rem"
      error={create.error ?? placementError ?? attached.error} busy={create.isPending} onSubmit={submit} onClose={onClose}>
      <TextField id="disk-size" label="Size (GiB)" type="number" isRequired value={values.sizeGiB} onChange={(sizeGiB) => set({ sizeGiB })} error={errors.sizeGiB} />
      <TextField id="disk-alias" label="Alias" isRequired value={values.alias} onChange={(alias) => set({ alias })} error={errors.alias} />
      <TextField id="disk-description" label="Description" value={values.description} onChange={(description) => set({ description })} />
      <SelectField id="disk-interface" label="Interface" value={values.iface} onChange={(v) => set({ iface: v as DiskInterface })} options={DISK_INTERFACES} />
      <SelectField id="disk-allocation" label="Allocation policy" value={values.allocation} onChange={(v) => set({ allocation: v as Allocation })} options={ALLOCATIONS} />
      <SelectField id="disk-storage-domain" label="Storage domain" isRequired value={values.storageDomainId} onChange={(storageDomainId) => set({ storageDomainId })} error={errors.storageDomainId}
        options={domains.map((d) => ({ value: d.id!, label: `${displayName(d)}${freeSpace(d, formatBytes)}` }))}
        placeholder={domains.length ? undefined : 'No active data domain in this data center'}
        hint={dataCenter ? `Data domains active in data center ${displayName(dataCenter)}` : undefined} />
      <FormGroup label="Options" fieldId="disk-bootable" role="group" isStack hasNoPaddingTop>
        <Checkbox id="disk-bootable" label="Bootable" isChecked={values.bootable} onChange={(_e, bootable) => set({ bootable })} />
        <Checkbox id="disk-active" label="Activate" description="Plug the disk into the VM once it is created." isChecked={values.active} onChange={(_e, active) => set({ active })} />
      </FormGroup>
    </AddDeviceDialog>
  );
}
