// Attaching a storage domain from its own page: choose the data center (those it is not in).
import { Alert, Button, Form, FormGroup, FormSelect, FormSelectOption, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useAttachStorageDomain } from '../api/attach-storage-domain.ts';

export function AttachToDataCenterModal({ sd, exclude, onClose }: { sd: Resource; exclude: string[]; onClose: () => void }) {
  const { data: entry } = useEntryPoint();
  const dcs = useChoices(entry?.links.datacenters);
  const [dcId, setDcId] = useState('');
  const attach = useAttachStorageDomain();
  const toast = useToast();
  const options = (dcs.data?.items ?? []).filter((d) => !exclude.includes(d.id ?? ''));
  const dc = options.find((d) => d.id === dcId);
  const fault = attach.error ? describeError(attach.error) : null;

  const submit = () => {
    if (!dc?.links.storagedomains || !sd.id) return;
    attach.mutate(
      { attachedHref: dc.links.storagedomains, storageDomainId: sd.id },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `${displayName(sd)} attached to ${displayName(dc)}`, body: 'The engine activates it in a moment.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="sd-attach-dc-title" data-testid="sd-attach-dc-dialog">
      <ModalHeader title={`Attach ${displayName(sd)}`} labelId="sd-attach-dc-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="sd-attach-dc-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <FormGroup label="Data center" isRequired fieldId="sd-attach-dc">
            <FormSelect id="sd-attach-dc" value={dcId} onChange={(_e, v) => setDcId(v)} data-testid="sd-attach-dc-select">
              <FormSelectOption value="" label={dcs.isPending ? 'Loading data centers…' : 'Choose a data center'} isPlaceholder />
              {options.map((d) => (
                <FormSelectOption key={d.id} value={d.id} label={displayName(d)} />
              ))}
            </FormSelect>
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={submit} isDisabled={!dc || attach.isPending} isLoading={attach.isPending} data-testid="sd-attach-dc-submit">
          {fault ? 'Try again' : 'Attach'}
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
