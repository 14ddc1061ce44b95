// Make template: a new template from this VM, POSTed to the engine's templates collection (the
// entry point's link) with the VM as its source. The VM must be down; it stays locked while
// its disks are copied into the template.
import { Alert, FormGroup, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';
import { NewObjectDialog } from './new-object-dialog.tsx';

export function MakeTemplateDialog({ resource, label: labelNow, onClose, onDone }: ActionDialogProps) {
  // The title keeps the name it opened with, even if the action's entry changes meanwhile.
  const [label] = useState(labelNow);
  const entry = useEntryPoint();
  const templatesHref = entry.data?.links.templates;
  const [description, setDescription] = useState('');
  const [made, setMade] = useState<{ template: Resource; name: string } | null>(null);
  const create = useCreateResource();

  const submit = (name: string) => {
    if (!templatesHref || !resource.id) return;
    create.mutate(
      { collectionHref: templatesHref, kind: 'template', fields: { name, ...(description.trim() ? { description: description.trim() } : {}), vm: { id: resource.id } } },
      {
        onSuccess: (template) => {
          onDone();
          setMade({ template, name });
        },
      },
    );
  };

  return (
    <NewObjectDialog
      resource={resource}
      label={label}
      id="make-template"
      confirmLabel="Make template"
      error={create.error}
      busy={create.isPending}
      disabled={!templatesHref}
      name={{ id: 'template-name', label: 'Template name', initial: `${displayName(resource)}-template` }}
      mustBeDown="The VM must be down to make a template"
      notice={!entry.isPending && !templatesHref && <Alert variant="danger" isInline title="This engine offers no templates collection." />}
      onSubmit={submit}
      outcome={made && {
        title: 'Template requested',
        testId: 'template-result',
        body: <><CreatedLink value={made.template} fallbackName={made.name} /> is being made from {displayName(resource)}; the VM stays locked while its disks are copied.</>,
      }}
      onClose={onClose}
    >
      <FormGroup label="Description" fieldId="template-description">
        <TextInput id="template-description" value={description} onChange={(_e, v) => setDescription(v)} />
      </FormGroup>
    </NewObjectDialog>
  );
}
