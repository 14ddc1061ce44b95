// The footer every confirming dialog shares: the action button (busy while the request runs)
// and Cancel.
//   <DialogFooter label="Remove" danger busy={remove.isPending} onConfirm={confirm} onCancel={onClose} testId="remove-confirm" />
// `form` submits a <form id=…> in the body instead of calling onConfirm (Enter works too).
import { Button, ModalFooter } from '@patternfly/react-core';

export interface DialogFooterProps {
  label: string;
  onCancel: () => void;
  onConfirm?: () => void;
  /** Id of the body's <form>: the button submits it. */
  form?: string;
  busy?: boolean;
  disabled?: boolean;
  danger?: boolean;
  testId?: string;
  cancelLabel?: string;
}

export function DialogFooter({ label, onCancel, onConfirm, form, busy = false, disabled = false, danger = false, testId, cancelLabel = 'Cancel' }: DialogFooterProps) {
  return (
    <ModalFooter>
      <Button
        variant={danger ? 'danger' : 'primary'}
        type={form ? 'submit' : 'button'}
        form={form}
        onClick={form ? undefined : onConfirm}
        isLoading={busy}
        isDisabled={busy || disabled}
        data-testid={testId}
      >
        {label}
      </Button>
      <Button variant="link" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </ModalFooter>
  );
}
