// Journey: "New network interface" button (Network interfaces tab, testid tab-nics) opens testid nic-dialog; getByRole(role, { name, exact: true }): textbox "Name" (prefilled nicN), combobox "Profile" (labels "<profile> / <network>", plus "No network"), combobox "Type" (virtio, e1000, rtl8139), textbox "Custom MAC address", checkbox "Linked", "Plugged"; button "Add" (testid nic-dialog-submit); testid nic-dialog-fault.
// "New network interface" on a VM: the next free nicN, a vNIC profile of a network of the
// VM's data center (reached by following the VM's cluster, then its data center's networks),
// the emulated device, an optional MAC (the engine's MAC pool picks one otherwise), link and
// plug state.
import { Checkbox, FormGroup } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { AddDeviceDialog } from './add-device-dialog.tsx';
import { useVmDataCenter } from './api/get-vm-data-center.ts';
import { defaultProfile, profilesForNetworks } from './choices.ts';
import { canAddNicTo } from './create-targets.ts';
import { SelectField, TextField } from './form-fields.tsx';
import { buildNicBody, NIC_INTERFACES, nextNicName, nicProblems, type NicInterface, type NicValues } from './nic-body.ts';

export function NewNicDialog({ collectionHref, parent, onClose }: CreateDialogProps) {
  const ep = useEntryPoint();
  const existing = useChoices(collectionHref);
  const { dataCenter, isPending: placing, error: placementError } = useVmDataCenter(parent);
  const networks = useChoices(dataCenter?.links.networks);
  const profiles = useChoices(ep.data?.links.vnicprofiles);
  const create = useCreateResource();
  const toast = useToast();

  const names = useMemo(() => (existing.data?.items ?? []).map((n) => String(n.fields.name ?? '')), [existing.data]);
  const choices = useMemo(() => profilesForNetworks(profiles.data?.items ?? [], networks.data?.items ?? []), [profiles.data, networks.data]);
  const [edits, setEdits] = useState<Partial<NicValues>>({});
  const [tried, setTried] = useState(false);
  const values: NicValues = { name: nextNicName(names), profileId: defaultProfile(choices), iface: 'virtio', mac: '', linked: true, plugged: true, ...edits };
  const problems = nicProblems(values, names);
  const errors = tried ? problems : {};
  const set = (patch: Partial<NicValues>) => setEdits((cur) => ({ ...cur, ...patch }));
  const loading = existing.isPending || profiles.isPending || placing || (!!dataCenter?.links.networks && networks.isPending);

  const allowed = canAddNicTo(parent?.kind);

  const submit = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { collectionHref, kind: 'nic', fields: buildNicBody(values) },
      {
        onSuccess: (nic) => {
          toast({ variant: 'success', title: `Network interface ${displayName(nic)} added${parent ? ` to ${displayName(parent)}` : ''}` });
          onClose();
        },
      },
    );
  };

  return (
    <AddDeviceDialog id="nic" title="network interface" plural="network interfaces" parent={parent} allowed={allowed} loading={loading} loadingText="Loading the data center's networks" loadingHeight="12rem"
      error={create.error ?? placementError ?? profiles.error ?? networks.error} busy={create.isPending} onSubmit={submit} onClose={onClose}>
      <TextField id="nic-name" label="Name" isRequired value={values.name} onChange={(name) => set({ name })} error={errors.name} />
      <SelectField id="nic-profile" label="Profile" value={values.profileId} onChange={(profileId) => set({ profileId })}
        options={[...choices.map((c) => ({ value: c.id, label: c.label })), { value: '', label: 'No network' }]}
        hint={dataCenter ? `vNIC profiles of the networks of data center ${displayName(dataCenter)}` : undefined} />
      <SelectField id="nic-type" label="Type" value={values.iface} onChange={(v) => set({ iface: v as NicInterface })} options={NIC_INTERFACES} />
      <TextField id="nic-mac" label="Custom MAC address" value={values.mac} onChange={(mac) => set({ mac })} error={errors.mac} placeholder="Taken from the MAC pool when empty" />
      <FormGroup label="Options" fieldId="nic-linked" role="group" isStack hasNoPaddingTop>
        <Checkbox id="nic-linked" label="Linked" description="The virtual cable is connected." isChecked={values.linked} onChange={(_e, linked) => set({ linked })} />
        <Checkbox id="nic-plugged" label="Plugged" description="The card is present in the VM." isChecked={values.plugged} onChange={(_e, plugged) => set({ plugged })} />
      </FormGroup>
    </AddDeviceDialog>
  );
}
