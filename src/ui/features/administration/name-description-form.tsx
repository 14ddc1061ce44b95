// The form of the administration dialogs that make or rename a named thing (a role, a tag):
// Name (required) and Description first, then what the kind adds. Enter submits.
// `prefix` names the fields for labels and tests: `${prefix}-name`, `${prefix}-description`.
import { Form, FormGroup, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';

export interface NameDescriptionFormProps {
  id: string;
  prefix: string;
  name: string;
  description: string;
  onName: (v: string) => void;
  onDescription: (v: string) => void;
  onSubmit: () => void;
  children?: ReactNode;
}

export function NameDescriptionForm({ id, prefix, name, description, onName, onDescription, onSubmit, children }: NameDescriptionFormProps) {
  return (
    <Form
      id={id}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <FormGroup label="Name" isRequired fieldId={`${prefix}-name`}>
        <TextInput id={`${prefix}-name`} value={name} onChange={(_e, v) => onName(v)} isRequired data-testid={`${prefix}-name`} />
      </FormGroup>
      <FormGroup label="Description" fieldId={`${prefix}-description`}>
        <TextInput id={`${prefix}-description`} value={description} onChange={(_e, v) => onDescription(v)} />
      </FormGroup>
      {children}
    </Form>
  );
}
