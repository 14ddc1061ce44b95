// Confirms and applies one device toggle (device-toggles.ts) with a partial PUT; a refusal
// (the VM is not running, the guest refused the unplug) stays readable in the dialog.
import { Alert, Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useState } from 'react';
import { describeError } from '../../../app/api-errors.ts';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useUpdateResource } from '../../forms/api/update-resource.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { toggleById } from './device-toggles.ts';

export function DeviceToggleDialog({ resource, action, label: labelNow, onClose, onDone }: ActionDialogProps) {
  // The title keeps the name it opened with, even if the action's entry changes meanwhile.
  const [label] = useState(labelNow);
  const toggle = toggleById(action);
  const update = useUpdateResource();
  const toast = useToast();
  const fault = update.error ? describeError(update.error) : null;
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
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="device-toggle-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="device-toggle-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Content component="p">{toggle?.effect ?? 'Unknown operation.'}</Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={confirm} isLoading={update.isPending} isDisabled={update.isPending || !toggle} data-testid="action-submit">
          {fault ? 'Try again' : label}
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
