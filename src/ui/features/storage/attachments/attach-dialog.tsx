// What both ways of attaching a domain share — from the data center's Storage tab
// (attach-domain-modal) and from the domain's Data center tab (attach-to-dc-modal): the request
// with its toast, and the frame around the choice with the engine's refusal and "Try again".
import { Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useAttachStorageDomain, type AttachRequest } from '../api/attach-storage-domain.ts';

export function useAttach(onClose: () => void) {
  const attach = useAttachStorageDomain();
  const toast = useToast();
  const submit = (request: AttachRequest, domainName: string, dcName: string) =>
    attach.mutate(request, {
      onSuccess: () => {
        toast({ variant: 'success', title: `${domainName} attached to ${dcName}`, body: 'The engine activates it in a moment.' });
        onClose();
      },
    });
  return { attach, submit };
}

export interface AttachDialogProps {
  /** Prefix of the dialog's test ids and title id (`sd-attach` → `sd-attach-dialog`, `sd-attach-submit`). */
  id: string;
  title: string;
  variant: 'small' | 'medium';
  error: unknown;
  busy: boolean;
  /** Nothing chosen yet. */
  disabled: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}

export function AttachDialog({ id, title, variant, error, busy, disabled, onConfirm, onClose, children }: AttachDialogProps) {
  return (
    <Modal isOpen variant={variant} onClose={onClose} aria-labelledby={`${id}-title`} data-testid={`${id}-dialog`}>
      <ModalHeader title={title} labelId={`${id}-title`} />
      <ModalBody>
        <FaultAlert error={error} testId={`${id}-fault`} />
        {children}
      </ModalBody>
      <DialogFooter label={error ? 'Try again' : 'Attach'} busy={busy} disabled={disabled} onConfirm={onConfirm} onCancel={onClose} testId={`${id}-submit`} />
    </Modal>
  );
}
