// Confirms and applies one device toggle (device-toggles.ts) with a partial PUT; a refusal
// (the VM is not running, the guest refused the unplug) stays readable in the dialog.
import { Content } from '@patternfly/react-core';
import { useState } from 'react';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useUpdateResource } from '../../forms/api/update-resource.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { toggleById } from './device-toggles.ts';
import { OperationDialog } from './operation-dialog.tsx';

export function DeviceToggleDialog({ resource, action, label: labelNow, onClose, onDone }: ActionDialogProps) {
  // The title keeps the name it opened with, even if the action's entry changes meanwhile.
  const [label] = useState(labelNow);
  const toggle = toggleById(action);
  const update = useUpdateResource();
  const toast = useToast();
  const name = displayName(resource);

  const confirm = () => {
    if (!toggle || !resource.href) return;
    update.mutate(
      { href: resource.href, kind: resource.kind, fields: { [toggle.field]: toggle.value } },
      {
        onSuccess: () => {
          onDone();
          toast({ variant: 'success', title: `${label}: ${name}` });
          onClose();
        },
      },
    );
  };

  return (
    <OperationDialog resource={resource} label={label} id="device-toggle" error={update.error} confirmLabel={label} busy={update.isPending} disabled={!toggle} onConfirm={confirm} onClose={onClose}>
      <Content component="p">{toggle?.effect ?? 'Unknown operation.'}</Content>
    </OperationDialog>
  );
}
