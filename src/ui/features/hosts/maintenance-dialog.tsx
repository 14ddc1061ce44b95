// Maintenance: what moving a host to maintenance means for its VMs, and an optional reason the
// engine records in the event log.
import { Alert, Button, Content, Form, FormGroup, Modal, ModalBody, ModalFooter, ModalHeader, TextArea } from '@patternfly/react-core';
import { useState } from 'react';
import { describeError, faultOf } from '../../app/api-errors.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName, isStructure } from '../../lib/fields.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

export function MaintenanceDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const [reason, setReason] = useState('');
  const run = useRunAction();
  const toast = useToast();
  const [failure, setFailure] = useState<unknown>(null);
  const fault = failure ? describeError(failure) : null;
  const name = displayName(resource);
  const summary = resource.fields.summary;
  const running = isStructure(summary) && typeof summary.fields.active === 'number' ? summary.fields.active : undefined;

  const submit = async () => {
    if (!resource.href) return;
    const why = reason.trim();
    setFailure(null);
    try {
      await run.mutateAsync({ href: resource.href, name: 'deactivate', params: why ? { reason: why } : undefined });
    } catch (err) {
      // The engine echoes the parameters in its answer, and the client core reads an echoed
      // `reason` as a fault; a 2xx answer whose "fault" is our own reason is the success it is.
      const f = faultOf(err);
      if (!(f && f.status < 400 && f.reason === why)) return setFailure(err);
    }
    onDone();
    toast({ variant: 'success', title: `${label}: ${name}`, body: 'The host is moving to maintenance.' });
    onClose();
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="maintenance-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="maintenance-title" titleIconVariant="warning" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Content component="p">
          Move <strong>{name}</strong> to maintenance?{' '}
          {running ? `Its ${running} running VM${running === 1 ? '' : 's'} will migrate to other hosts of the cluster first.` : 'No VMs run on it.'}
        </Content>
        <Form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <FormGroup label="Reason" fieldId="maintenance-reason">
            <TextArea id="maintenance-reason" value={reason} onChange={(_e, v) => setReason(v)} rows={2} placeholder="Optional; recorded in the event log" />
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={() => void submit()} isLoading={run.isPending} isDisabled={run.isPending} data-testid="action-submit">
          {fault ? 'Try again' : 'Maintenance'}
        </Button>
        <Button variant="link" onClick={onClose}>
          {fault ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
