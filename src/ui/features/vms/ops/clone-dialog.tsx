// Clone VM: a copy with a new name (the engine copies the disks, so the VM must be down; both
// stay locked until the copy is done). The result links to the new VM.
import { useState } from 'react';
import type { ActionResult, Structure } from '../../../../api/resource.ts';
import { displayName, isReference } from '../../../lib/fields.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';
import { NewObjectDialog } from './new-object-dialog.tsx';

export function CloneDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const [made, setMade] = useState<{ vm?: Structure; name: string } | null>(null);
  const run = useRunAction();

  const submit = (name: string) => {
    if (!resource.href) return;
    run.mutate(
      { href: resource.href, name: action, params: { vm: { name } } },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const vm = result.resource?.fields.vm;
          setMade({ vm: isReference(vm) ? vm : undefined, name });
        },
      },
    );
  };

  return (
    <NewObjectDialog
      resource={resource}
      label={label}
      id="clone"
      confirmLabel="Clone"
      error={run.error}
      busy={run.isPending}
      name={{ id: 'clone-name', label: 'Name of the new VM', initial: `${displayName(resource)}-clone` }}
      mustBeDown="The VM must be down to be cloned"
      onSubmit={submit}
      outcome={made && {
        title: 'Clone requested',
        testId: 'clone-result',
        body: <>{made.vm ? <CreatedLink value={made.vm} fallbackName={made.name} /> : made.name} is being created from {displayName(resource)}; both stay locked while the disks are copied.</>,
      }}
      onClose={onClose}
    />
  );
}
