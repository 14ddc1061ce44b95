// Maintenance: what moving a host to maintenance means for its VMs, and an optional reason the
// engine records in the event log.
import { Content, Form, FormGroup, TextArea } from '@patternfly/react-core';
import { useState } from 'react';
import { faultOf } from '../../app/api-errors.ts';
import { displayName, isStructure } from '../../lib/fields.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { HostActionDialog, useHostAction } from './host-action-dialog.tsx';

export function MaintenanceDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const [reason, setReason] = useState('');
  const { run, accepted } = useHostAction({ resource, onDone, onClose });
  const [failure, setFailure] = useState<unknown>(null);
  const name = displayName(resource);
  const summary = resource.fields.summary;
  const running = isStructure(summary) && typeof summary.fields.active === 'number' ? summary.fields.active : undefined;

  const submit = async () => {
    if (!resource.href) return;
    const why = reason.trim();
    setFailure(null);
    try {
      await run.mutateAsync({ href: resource.href, name: 'deactivate', params: why ? { reason: why } : undefined });
    } catch (err) {
      // The engine echoes the parameters in its answer, and the client core reads an echoed
      // `reason` as a fault; a 2xx answer whose "fault" is our own reason is the success it is.
      const f = faultOf(err);
      if (!(f && f.status < 400 && f.reason === why)) return setFailure(err);
    }
    accepted({ title: `${label}: ${name}`, body: 'The host is moving to maintenance.' });
  };

  return (
    <HostActionDialog title={`${label}: ${name}`} id="maintenance" testId="action-dialog" warning error={failure} busy={run.isPending} confirmLabel="Maintenance" danger onConfirm={() => void submit()} onClose={onClose}>
      <Content component="p">
        Move <strong>{name}</strong> to maintenance?{' '}
        {running ? `Its ${running} running VM${running === 1 ? '' : 's'} will migrate to other hosts of the cluster first.` : 'No VMs run on it.'}
      </Content>
      <Form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <FormGroup label="Reason" fieldId="maintenance-reason">
          <TextArea id="maintenance-reason" value={reason} onChange={(_e, v) => setReason(v)} rows={2} placeholder="Optional; recorded in the event log" />
        </FormGroup>
      </Form>
    </HostActionDialog>
  );
}
