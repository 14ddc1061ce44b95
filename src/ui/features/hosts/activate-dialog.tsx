// Activate: bring a host back from maintenance (or a failed state); the engine reconnects to it
// and it may run VMs again once Up.
import { Content } from '@patternfly/react-core';
import { displayName } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { HostActionDialog, useHostAction } from './host-action-dialog.tsx';

export function ActivateDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const { run, start } = useHostAction({ resource, onDone, onClose });
  const name = displayName(resource);
  const status = typeof resource.fields.status === 'string' ? humanize(resource.fields.status) : undefined;

  const submit = () => start('activate', undefined, { title: `${label}: ${name}`, body: 'The engine is activating the host.' });

  return (
    <HostActionDialog title={`${label}: ${name}`} id="activate" testId="action-dialog" error={run.error} busy={run.isPending} confirmLabel="Activate" onConfirm={submit} onClose={onClose}>
      <Content component="p">
        Activate <strong>{name}</strong>{status ? ` (now ${status})` : ''}? The engine reconnects to the host; once it is Up, VMs may run on it again.
      </Content>
    </HostActionDialog>
  );
}
