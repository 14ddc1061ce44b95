// Make template: a new template from this VM, POSTed to the engine's templates collection (the
// entry point's link) with the VM as its source. The VM must be down; it stays locked while
// its disks are copied into the template.
import { Alert, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter, ModalHeader, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { displayName, statusOf } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';
import { nameProblem } from './names.ts';

export function MakeTemplateDialog({ resource, label: labelNow, onClose, onDone }: ActionDialogProps) {
  // The title keeps the name it opened with, even if the action's entry changes meanwhile.
  const [label] = useState(labelNow);
  const entry = useEntryPoint();
  const templatesHref = entry.data?.links.templates;
  const [name, setName] = useState(`${displayName(resource)}-template`);
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const [made, setMade] = useState<Resource | null>(null);
  const create = useCreateResource();
  const fault = create.error ? describeError(create.error) : null;
  const problem = nameProblem(name);
  const down = statusOf(resource) === 'down';

  const submit = () => {
    setTouched(true);
    if (problem || !templatesHref || !resource.id) return;
    create.mutate(
      { collectionHref: templatesHref, kind: 'template', fields: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), vm: { id: resource.id } } },
      {
        onSuccess: (template) => {
          onDone();
          setMade(template);
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="make-template-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId="make-template-title" />
      <ModalBody>
        {made ? (
          <Alert variant="success" isInline title="Template requested" data-testid="template-result">
            <CreatedLink value={made} fallbackName={name.trim()} /> is being made from {displayName(resource)}; the VM stays locked while its disks are copied.
          </Alert>
        ) : (
          <>
            {fault && (
              <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
                {fault.detail}
              </Alert>
            )}
            {!down && (
              <Alert variant="warning" isInline title="The VM must be down to make a template" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
                Shut it down first; the engine refuses to copy the disks of a running VM.
              </Alert>
            )}
            {!entry.isPending && !templatesHref && <Alert variant="danger" isInline title="This engine offers no templates collection." />}
            <Form id="make-template-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
              <FormGroup label="Template name" isRequired fieldId="template-name">
                <TextInput id="template-name" isRequired value={name} onChange={(_e, v) => setName(v)} validated={touched && problem ? 'error' : 'default'} />
                {touched && problem && (
                  <FormHelperText>
                    <HelperText>
                      <HelperTextItem variant="error">{problem}</HelperTextItem>
                    </HelperText>
                  </FormHelperText>
                )}
              </FormGroup>
              <FormGroup label="Description" fieldId="template-description">
                <TextInput id="template-description" value={description} onChange={(_e, v) => setDescription(v)} />
              </FormGroup>
            </Form>
          </>
        )}
      </ModalBody>
      <ModalFooter>
        {!made && (
          <Button variant="primary" type="submit" form="make-template-form" isLoading={create.isPending} isDisabled={create.isPending || !templatesHref} data-testid="action-submit">
            {fault ? 'Try again' : 'Make template'}
          </Button>
        )}
        <Button variant={made ? 'primary' : 'link'} onClick={onClose}>
          {made ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
