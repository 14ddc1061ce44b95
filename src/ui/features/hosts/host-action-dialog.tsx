// What the hosts' confirming action dialogs (activate, approve, install, maintenance) share:
// `useHostAction` runs the engine action and, once the engine accepted it, refreshes the page,
// says so in a toast and closes; `HostActionDialog` is their frame — the engine's refusal on
// top, and "Try again" / "Close" once it refused.
import { Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { InputFields } from '../../../api/write.ts';
import { DialogFooter } from '../../components/dialog-footer.tsx';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { useToast } from '../../components/toasts.tsx';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

/** The toast shown once the engine accepted the action. */
export interface Accepted {
  title: string;
  body: string;
}

export function useHostAction({ resource, onDone, onClose }: Pick<ActionDialogProps, 'resource' | 'onDone' | 'onClose'>) {
  const run = useRunAction();
  const toast = useToast();
  /** For a dialog that runs the request itself and decides what success is. */
  const accepted = ({ title, body }: Accepted) => {
    onDone();
    toast({ variant: 'success', title, body });
    onClose();
  };
  const start = (name: string, params: InputFields | undefined, success: Accepted) => {
    if (!resource.href) return;
    run.mutate({ href: resource.href, name, params }, { onSuccess: () => accepted(success) });
  };
  return { run, start, accepted };
}

export interface HostActionDialogProps {
  title: string;
  /** Prefix of the title's id (`activate` → `activate-title`). */
  id: string;
  testId: string;
  variant?: 'small' | 'medium';
  warning?: boolean;
  error: unknown;
  busy: boolean;
  confirmLabel: string;
  danger?: boolean;
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function HostActionDialog({ title, id, testId, variant = 'small', warning, error, busy, confirmLabel, danger, disabled, onConfirm, onClose, children }: HostActionDialogProps) {
  return (
    <Modal isOpen variant={variant} onClose={onClose} aria-labelledby={`${id}-title`} data-testid={testId}>
      <ModalHeader title={title} labelId={`${id}-title`} titleIconVariant={warning ? 'warning' : undefined} />
      <ModalBody>
        <FaultAlert error={error} testId="action-fault" />
        {children}
      </ModalBody>
      <DialogFooter
        label={error ? 'Try again' : confirmLabel}
        cancelLabel={error ? 'Close' : 'Cancel'}
        danger={danger}
        busy={busy}
        disabled={disabled}
        onConfirm={onConfirm}
        onCancel={onClose}
        testId="action-submit"
      />
    </Modal>
  );
}
