// Maintenance and detach ask first, as in the Administration Portal; activate runs at once.
// A refusal stays in this dialog in the engine's words.
import { Content, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useChangeAttachedDomain } from '../api/change-attached-domain.ts';
import type { AttachedVerb } from '../attach-rules.ts';

export const VERB_LABEL: Record<AttachedVerb, string> = { activate: 'Activate', deactivate: 'Maintenance', detach: 'Detach' };

const EXPLAIN: Record<AttachedVerb, string> = {
  activate: 'The domain becomes usable by the data center again.',
  deactivate: 'Virtual machines with disks on this domain must be down. The domain is prepared for maintenance, then stops serving the data center.',
  detach: 'The domain leaves the data center and becomes unattached. Its data stays on the storage; it can be attached again or imported elsewhere.',
};

export function ConfirmChangeModal({ verb, href, domainName, dcName, onClose }: { verb: AttachedVerb; href: string; domainName: string; dcName: string; onClose: () => void }) {
  const change = useChangeAttachedDomain();
  const toast = useToast();
  const label = VERB_LABEL[verb];
  const submit = () =>
    change.mutate(
      { href, verb },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `${label}: ${domainName}`, body: `The engine accepted the request for ${dcName}.` });
          onClose();
        },
      },
    );
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="sd-change-title" data-testid="sd-change-dialog">
      <ModalHeader title={`${label}: ${domainName}`} labelId="sd-change-title" titleIconVariant={verb === 'activate' ? undefined : 'warning'} />
      <ModalBody>
        <FaultAlert error={change.error} testId="sd-change-fault" />
        <Content component="p" data-testid="sd-change-question">
          {verb === 'activate' ? (
            <>Activate the storage domain <strong>{domainName}</strong> in data center <strong>{dcName}</strong>?</>
          ) : verb === 'deactivate' ? (
            <>Put the storage domain <strong>{domainName}</strong> of data center <strong>{dcName}</strong> in maintenance?</>
          ) : (
            <>Detach the storage domain <strong>{domainName}</strong> from data center <strong>{dcName}</strong>?</>
          )}
        </Content>
        <Content component="small">{EXPLAIN[verb]}</Content>
      </ModalBody>
      <DialogFooter
        label={change.error ? 'Try again' : label}
        cancelLabel={change.error ? 'Close' : 'Cancel'}
        danger={verb !== 'activate'}
        busy={change.isPending}
        onConfirm={submit}
        onCancel={onClose}
        testId="sd-change-submit"
      />
    </Modal>
  );
}
