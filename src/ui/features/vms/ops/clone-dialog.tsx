// Clone VM: a copy with a new name (the engine copies the disks, so the VM must be down; both
// stay locked until the copy is done). The result links to the new VM.
import { Alert, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter, ModalHeader, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { ActionResult, Structure } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { displayName, isReference, statusOf } from '../../../lib/fields.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';
import { nameProblem } from './names.ts';

export function CloneDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const [name, setName] = useState(`${displayName(resource)}-clone`);
  const [touched, setTouched] = useState(false);
  const [made, setMade] = useState<{ vm?: Structure; name: string } | null>(null);
  const run = useRunAction();
  const fault = run.error ? describeError(run.error) : null;
  const problem = nameProblem(name);
  const down = statusOf(resource) === 'down';

  const submit = () => {
    setTouched(true);
    if (problem || !resource.href) return;
    run.mutate(
      { href: resource.href, name: action, params: { vm: { name: name.trim() } } },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const vm = result.resource?.fields.vm;
          setMade({ vm: isReference(vm) ? vm : undefined, name: name.trim() });
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="clone-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId="clone-title" />
      <ModalBody>
        {made ? (
          <Alert variant="success" isInline title="Clone requested" data-testid="clone-result">
            {made.vm ? <CreatedLink value={made.vm} fallbackName={made.name} /> : made.name} is being created from {displayName(resource)}; both stay locked while the disks are copied.
          </Alert>
        ) : (
          <>
            {fault && (
              <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
                {fault.detail}
              </Alert>
            )}
            {!down && (
              <Alert variant="warning" isInline title="The VM must be down to be cloned" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
                Shut it down first; the engine refuses to copy the disks of a running VM.
              </Alert>
            )}
            <Form id="clone-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
              <FormGroup label="Name of the new VM" isRequired fieldId="clone-name">
                <TextInput id="clone-name" isRequired value={name} onChange={(_e, v) => setName(v)} validated={touched && problem ? 'error' : 'default'} />
                {touched && problem && (
                  <FormHelperText>
                    <HelperText>
                      <HelperTextItem variant="error">{problem}</HelperTextItem>
                    </HelperText>
                  </FormHelperText>
                )}
              </FormGroup>
            </Form>
          </>
        )}
      </ModalBody>
      <ModalFooter>
        {!made && (
          <Button variant="primary" type="submit" form="clone-form" isLoading={run.isPending} isDisabled={run.isPending} data-testid="action-submit">
            {fault ? 'Try again' : 'Clone'}
          </Button>
        )}
        <Button variant={made ? 'primary' : 'link'} onClick={onClose}>
          {made ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
