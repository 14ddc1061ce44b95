// Attaching a storage domain from its own page: choose the data center (those it is not in).
import { Form, FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { AttachDialog, useAttach } from './attach-dialog.tsx';

export function AttachToDataCenterModal({ sd, exclude, onClose }: { sd: Resource; exclude: string[]; onClose: () => void }) {
  const { data: entry } = useEntryPoint();
  const dcs = useChoices(entry?.links.datacenters);
  const [dcId, setDcId] = useState('');
  const { attach, submit: send } = useAttach(onClose);
  const options = (dcs.data?.items ?? []).filter((d) => !exclude.includes(d.id ?? ''));
  const dc = options.find((d) => d.id === dcId);

  const submit = () => {
    if (!dc?.links.storagedomains || !sd.id) return;
    send({ attachedHref: dc.links.storagedomains, storageDomainId: sd.id }, displayName(sd), displayName(dc));
  };

  return (
    <AttachDialog id="sd-attach-dc" title={`Attach ${displayName(sd)}`} variant="small" error={attach.error} busy={attach.isPending} disabled={!dc} onConfirm={submit} onClose={onClose}>
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
    </AttachDialog>
  );
}
