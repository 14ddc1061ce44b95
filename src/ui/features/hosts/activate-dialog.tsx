// Activate: bring a host back from maintenance (or a failed state); the engine reconnects to it
// and it may run VMs again once Up.
import { Alert, Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { describeError } from '../../app/api-errors.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

export function ActivateDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const run = useRunAction();
  const toast = useToast();
  const fault = run.error ? describeError(run.error) : null;
  const name = displayName(resource);
  const status = typeof resource.fields.status === 'string' ? humanize(resource.fields.status) : undefined;

  const submit = () => {
    if (!resource.href) return;
    run.mutate(
      { href: resource.href, name: 'activate' },
      {
        onSuccess: () => {
          onDone();
          toast({ variant: 'success', title: `${label}: ${name}`, body: 'The engine is activating the host.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="activate-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="activate-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Content component="p">
          Activate <strong>{name}</strong>{status ? ` (now ${status})` : ''}? The engine reconnects to the host; once it is Up, VMs may run on it again.
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={submit} isLoading={run.isPending} isDisabled={run.isPending} data-testid="action-submit">
          {fault ? 'Try again' : 'Activate'}
        </Button>
        <Button variant="link" onClick={onClose}>
          {fault ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
