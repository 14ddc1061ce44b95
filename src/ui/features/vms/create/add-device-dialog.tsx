// The frame of "New disk" and "New network interface" on a VM: the title names the VM, the
// engine's refusal (or a failed lookup of the choices) shows first, a parent the engine does not
// add the device to gets a notice instead of the form, and the form waits for its choices.
import { Alert, Form, Modal, ModalBody, ModalHeader, Skeleton } from '@patternfly/react-core';
import type { ReactNode } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { displayName } from '../../../lib/fields.ts';
import { kindTitle } from '../../../lib/titles.ts';

export interface AddDeviceDialogProps {
  /** Prefix of the ids and test ids: `<id>-dialog`, `<id>-form`, `<id>-dialog-submit`, … */
  id: string;
  /** "disk", "network interface": the title reads "New <title>". */
  title: string;
  /** "disks", "network interfaces": for the notice when the parent takes none. */
  plural: string;
  parent?: Resource;
  allowed: boolean;
  loading: boolean;
  /** What the skeleton stands for while the choices load, and its height. */
  loadingText: string;
  loadingHeight: string;
  error: unknown;
  busy: boolean;
  onSubmit: () => void;
  onClose: () => void;
  /** The form's fields. */
  children: ReactNode;
}

export function AddDeviceDialog(props: AddDeviceDialogProps) {
  const { id, title, plural, parent, allowed, loading, loadingText, loadingHeight, error, busy, onSubmit, onClose, children } = props;
  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby={`${id}-dialog-title`} data-testid={`${id}-dialog`}>
      <ModalHeader title={`New ${title}${parent ? `: ${displayName(parent)}` : ''}`} labelId={`${id}-dialog-title`} />
      <ModalBody>
        <FaultAlert error={error} testId={`${id}-dialog-fault`} />
        {!allowed ? (
          <Alert variant="info" isInline title={`The engine does not add ${plural} to a ${kindTitle(parent?.kind ?? '').toLowerCase()} here.`} data-testid={`${id}-dialog-readonly`} />
        ) : loading ? (
          <Skeleton height={loadingHeight} screenreaderText={loadingText} />
        ) : (
          <Form id={`${id}-form`} isHorizontal onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
            {children}
          </Form>
        )}
      </ModalBody>
      <DialogFooter label="Add" busy={busy} disabled={loading || !allowed} form={`${id}-form`} onCancel={onClose} testId={`${id}-dialog-submit`} />
    </Modal>
  );
}
