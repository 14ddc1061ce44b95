// Allocate a VM from a pool: the engine hands out a VM (a prestarted one first) and starts it;
// the result names it and links to it.
import { Content } from '@patternfly/react-core';
import { useState } from 'react';
import type { ActionResult, Structure } from '../../../../api/resource.ts';
import { displayName, isReference, isStructure, valueAt } from '../../../lib/fields.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';
import { NewObjectDialog } from './new-object-dialog.tsx';

export function AllocateVmDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const [allocated, setAllocated] = useState<Structure | 'unnamed' | null>(null);
  const run = useRunAction();
  const size = valueAt(resource, 'size');
  const prestarted = valueAt(resource, 'prestarted_vms');
  const type = valueAt(resource, 'type');

  const submit = () => {
    if (!resource.href) return;
    run.mutate(
      { href: resource.href, name: action },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const vm = result.resource?.fields.vm;
          setAllocated(isReference(vm) || (isStructure(vm) && vm.id) ? vm : 'unnamed');
        },
      },
    );
  };

  return (
    <NewObjectDialog
      resource={resource}
      label={label}
      id="allocate"
      confirmLabel="Allocate VM"
      error={run.error}
      busy={run.isPending}
      onSubmit={submit}
      outcome={allocated && {
        title: 'VM allocated',
        testId: 'allocate-result',
        body: allocated === 'unnamed' ? 'The engine allocated a VM but did not say which.' : <>You got <CreatedLink value={allocated} />. The engine starts it if it was not running yet.</>,
      }}
      onClose={onClose}
    >
      <Content component="p">
        Take a VM from the pool <strong>{displayName(resource)}</strong>
        {typeof size === 'number' ? ` (${size} VMs${typeof prestarted === 'number' && prestarted > 0 ? `, ${prestarted} kept running` : ''}${typeof type === 'string' ? `, ${type} assignment` : ''})` : ''}. A running one is handed out first; otherwise one is started.
      </Content>
    </NewObjectDialog>
  );
}
