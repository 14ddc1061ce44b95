// Clone, make template and allocate run the same course: name the new object (when the user
// chooses it), ask the engine for it, then — instead of closing — link to what the engine made
// or handed out and follow its status (created-link.tsx): a copy stays locked while its disks
// are copied, an allocated VM is still starting.
import { Alert, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, ModalFooter, TextInput } from '@patternfly/react-core';
import { useState, type ReactNode } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { statusOf } from '../../../lib/fields.ts';
import { nameProblem } from './names.ts';
import { OperationDialog } from './operation-dialog.tsx';

/** The name field of the new object: checked before anything is sent. */
export interface NewName {
  id: string;
  label: string;
  initial: string;
}

/** What the success message says; `body` links to the new object. */
export interface Outcome {
  title: string;
  testId: string;
  body: ReactNode;
}

export interface NewObjectDialogProps {
  resource: Resource;
  label: string;
  /** Prefix of the title's and the form's ids. */
  id: string;
  confirmLabel: string;
  error: unknown;
  busy: boolean;
  disabled?: boolean;
  name?: NewName;
  /** Title of the warning shown while the VM is not down (its disks cannot be copied). */
  mustBeDown?: string;
  /** Shown above the form. */
  notice?: ReactNode;
  /** Further fields of the form, or the body when there is no name to give. */
  children?: ReactNode;
  /** Receives the trimmed name ('' without a name field). */
  onSubmit: (name: string) => void;
  outcome: Outcome | null;
  onClose: () => void;
}

export function NewObjectDialog(props: NewObjectDialogProps) {
  const { resource, label, id, confirmLabel, error, busy, disabled, name: field, mustBeDown, notice, children, onSubmit, outcome, onClose } = props;
  const [name, setName] = useState(field?.initial ?? '');
  const [touched, setTouched] = useState(false);
  const problem = field ? nameProblem(name) : undefined;
  const form = field ? `${id}-form` : undefined;

  const submit = () => {
    setTouched(true);
    if (!problem) onSubmit(name.trim());
  };

  const closeOnly = (
    <ModalFooter>
      <Button variant="primary" onClick={onClose}>
        Close
      </Button>
    </ModalFooter>
  );

  return (
    <OperationDialog resource={resource} label={label} id={id} error={error} confirmLabel={confirmLabel} busy={busy} disabled={disabled} form={form} onConfirm={form ? undefined : submit} onClose={onClose} footer={outcome ? closeOnly : undefined}>
      {outcome ? (
        <Alert variant="success" isInline title={outcome.title} data-testid={outcome.testId}>
          {outcome.body}
        </Alert>
      ) : (
        <>
          {mustBeDown && statusOf(resource) !== 'down' && (
            <Alert variant="warning" isInline title={mustBeDown} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
              Shut it down first; the engine refuses to copy the disks of a running VM.
            </Alert>
          )}
          {notice}
          {field ? (
            <Form id={form} onSubmit={(e) => { e.preventDefault(); submit(); }}>
              <FormGroup label={field.label} isRequired fieldId={field.id}>
                <TextInput id={field.id} isRequired value={name} onChange={(_e, v) => setName(v)} validated={touched && problem ? 'error' : 'default'} />
                {touched && problem && (
                  <FormHelperText>
                    <HelperText>
                      <HelperTextItem variant="error">{problem}</HelperTextItem>
                    </HelperText>
                  </FormHelperText>
                )}
              </FormGroup>
              {children}
            </Form>
          ) : (
            children
          )}
        </>
      )}
    </OperationDialog>
  );
}
