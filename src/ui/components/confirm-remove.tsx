// The "remove X?" confirmation every removal shares: a warning title, the engine's refusal
// above the question (so a retry can be read against it), a danger Remove and Cancel.
// `id` names the parts for tests and labels: `${id}-dialog`, `-title`, `-fault`, `-confirm`.
//   <ConfirmRemove id="remove-tag" title={`Remove tag ${name}`} error={remove.error} busy={remove.isPending} onConfirm={confirm} onClose={onClose}>…</ConfirmRemove>
import { Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { DialogFooter } from './dialog-footer.tsx';
import { FaultAlert } from './fault-alert.tsx';

export interface ConfirmRemoveProps {
  id: string;
  title: string;
  error: unknown;
  busy: boolean;
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function ConfirmRemove({ id, title, error, busy, disabled, onConfirm, onClose, children }: ConfirmRemoveProps) {
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby={`${id}-title`} data-testid={`${id}-dialog`}>
      <ModalHeader title={title} labelId={`${id}-title`} titleIconVariant="warning" />
      <ModalBody>
        <FaultAlert error={error} testId={`${id}-fault`} />
        {children}
      </ModalBody>
      <DialogFooter label="Remove" danger busy={busy} disabled={disabled} onConfirm={onConfirm} onCancel={onClose} testId={`${id}-confirm`} />
    </Modal>
  );
}
