// The frame the VM operation dialogs share: the title names the operation and its object, the
// engine's refusal stays readable above the body, and the footer confirms ("Try again" once
// refused). The body brings its own <form id={form}> when it has fields, so Enter submits too.
import { Modal, ModalBody, ModalHeader, type ModalProps } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { displayName } from '../../../lib/fields.ts';

export interface OperationDialogProps {
  /** The object operated on: its name follows the label in the title. */
  resource: Resource;
  label: string;
  /** Prefix of the title's id (`<id>-title`). */
  id: string;
  variant?: ModalProps['variant'];
  description?: ReactNode;
  titleIconVariant?: 'warning';
  testId?: string;
  error: unknown;
  /** The confirm button's text before any refusal. */
  confirmLabel: string;
  busy: boolean;
  disabled?: boolean;
  danger?: boolean;
  /** Id of the body's form, submitted by the confirm button; otherwise it calls onConfirm. */
  form?: string;
  onConfirm?: () => void;
  onClose: () => void;
  /** Replaces the confirm footer (a result shown after success). */
  footer?: ReactNode;
  children: ReactNode;
}

export function OperationDialog(props: OperationDialogProps) {
  const { resource, label, id, variant = 'small', description, titleIconVariant, testId = 'action-dialog', error, confirmLabel, busy, disabled, danger, form, onConfirm, onClose, footer, children } = props;
  return (
    <Modal isOpen variant={variant} onClose={onClose} aria-labelledby={`${id}-title`} data-testid={testId}>
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId={`${id}-title`} description={description} titleIconVariant={titleIconVariant} />
      <ModalBody>
        <FaultAlert error={error} testId="action-fault" />
        {children}
      </ModalBody>
      {footer ?? <DialogFooter label={error ? 'Try again' : confirmLabel} danger={danger} busy={busy} disabled={disabled} form={form} onConfirm={onConfirm} onCancel={onClose} testId="action-submit" />}
    </Modal>
  );
}
