// Asks before running an action; on refusal shows the engine's own reason in the dialog, so
// the admin can read it and decide (no vanishing toast for errors that need reading).
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { describeError } from '../../app/api-errors.ts';

export interface ConfirmActionModalProps {
  label: string;
  objectName: string;
  kindTitle: string;
  isRunning: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

const RISKY = /^(Power off|Reset|Shutdown|Reboot|Maintenance|Deactivate|Fence|Remove|Stop)/;

export function ConfirmActionModal({ label, objectName, kindTitle, isRunning, error, onConfirm, onCancel }: ConfirmActionModalProps) {
  const err = error ? describeError(error) : null;
  return (
    <Modal isOpen variant="small" onClose={onCancel} aria-labelledby="confirm-action-title" aria-describedby="confirm-action-body" data-testid="confirm-action">
      <ModalHeader title={`${label}: ${objectName}`} labelId="confirm-action-title" titleIconVariant={RISKY.test(label) ? 'warning' : undefined} />
      <ModalBody id="confirm-action-body">
        {err ? (
          <Alert variant="danger" isInline title={err.title} data-testid="action-fault">
            {err.detail}
          </Alert>
        ) : (
          <>
            {label} the {kindTitle.toLowerCase()} <strong>{objectName}</strong>?
          </>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant={RISKY.test(label) ? 'danger' : 'primary'} onClick={onConfirm} isLoading={isRunning} isDisabled={isRunning}>
          {err ? 'Try again' : label}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {err ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
