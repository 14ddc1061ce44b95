// Fence: the power-management operations on a host (restart, start, stop, ask its power
// status) and the manual "host has been rebooted" confirmation. A status query keeps the dialog
// open and shows what the agent answered.
import { Alert, Form, FormGroup, Modal, ModalBody, ModalHeader, Radio } from '@patternfly/react-core';
import { useState } from 'react';
import { DialogFooter } from '../../components/dialog-footer.tsx';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { useToast } from '../../components/toasts.tsx';
import { displayName, isStructure } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

const TYPES: { value: string; label: string; description: string }[] = [
  { value: 'status', label: 'Power status', description: 'Ask the power-management agent whether the host is powered on.' },
  { value: 'restart', label: 'Restart', description: 'Power the host off and on again; its VMs stop.' },
  { value: 'start', label: 'Start', description: 'Power the host on.' },
  { value: 'stop', label: 'Stop', description: 'Power the host off; its VMs stop.' },
  { value: 'manual', label: 'Confirm "Host has been rebooted"', description: 'Tell the engine the host was rebooted by hand, so its VMs may run elsewhere.' },
];

export function FenceDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const [type, setType] = useState('status');
  const [power, setPower] = useState<string | null>(null);
  const run = useRunAction();
  const toast = useToast();
  const name = displayName(resource);

  const submit = () => {
    if (!resource.href) return;
    setPower(null);
    run.mutate(
      { href: resource.href, name: 'fence', params: { fence_type: type } },
      {
        onSuccess: (result) => {
          onDone();
          const pm = result.resource?.fields.power_management;
          if (type === 'status') {
            setPower(isStructure(pm) && typeof pm.fields.status === 'string' ? pm.fields.status : 'unknown');
            return;
          }
          toast({ variant: 'success', title: `${TYPES.find((t) => t.value === type)?.label ?? type}: ${name}`, body: 'The engine accepted the request.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="fence-title" data-testid="fence-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="fence-title" titleIconVariant={type === 'status' ? undefined : 'warning'} />
      <ModalBody>
        <FaultAlert error={run.error} testId="action-fault" />
        {power && (
          <Alert variant={power === 'on' ? 'success' : 'info'} isInline title={`Power status: ${humanize(power)}`} data-testid="fence-power-status" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} />
        )}
        <Form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <FormGroup role="radiogroup" fieldId="fence-type" label="Operation" isStack>
            {TYPES.map((t) => (
              <Radio key={t.value} id={`fence-${t.value}`} name="fence-type" label={t.label} description={t.description} isChecked={type === t.value} onChange={() => setType(t.value)} />
            ))}
          </FormGroup>
        </Form>
      </ModalBody>
      <DialogFooter
        label={type === 'status' ? 'Get power status' : (TYPES.find((t) => t.value === type)?.label ?? 'Fence')}
        cancelLabel="Close"
        danger={type !== 'status'}
        busy={run.isPending}
        onConfirm={submit}
        onCancel={onClose}
        testId="action-submit"
      />
    </Modal>
  );
}
