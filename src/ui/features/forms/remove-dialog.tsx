// Remove, with a confirmation naming the object; destructive types (storage domains, data
// centers, clusters) ask for the name to be typed. Refusals stay in the dialog.
import { Alert, Button, Content, Form, FormGroup, Modal, ModalBody, ModalFooter, ModalHeader, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Resource } from '../../../api/resource.ts';
import { describeError } from '../../app/api-errors.ts';
import { useRouteOf } from '../../components/api-base-context.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { kindTitle } from '../../lib/titles.ts';
import { useRemoveResource } from './api/remove-resource.ts';
import { ParamForm } from './param-form.tsx';
import { initialValues, type FormValues } from './param-fields.ts';
import { mustTypeName, removeFields, removeQuery } from './remove-params.ts';

export function RemoveDialog({ resource, onClose }: { resource: Resource; onClose: () => void }) {
  const fields = removeFields(resource.kind);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  const [typed, setTyped] = useState('');
  const remove = useRemoveResource();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const name = displayName(resource);
  const kind = kindTitle(resource.kind).toLowerCase();
  const needName = mustTypeName(resource.kind);
  const fault = remove.error ? describeError(remove.error) : null;

  const confirm = () => {
    if (!resource.href || (needName && typed !== name)) return;
    const parent = resource.href.replace(/\/[^/]+$/, '');
    remove.mutate(
      { href: resource.href, params: removeQuery(fields, values) },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `${kindTitle(resource.kind)} ${name} removed` });
          onClose();
          navigate(routeOf(parent) ?? '/', { replace: true });
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="remove-title" data-testid="remove-dialog">
      <ModalHeader title={`Remove ${kind}: ${name}`} labelId="remove-title" titleIconVariant="warning" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="remove-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Content component="p" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
          Remove the {kind} <strong>{name}</strong>? This cannot be undone.
        </Content>
        {fields.length > 0 && <ParamForm id="remove-form" fields={fields} values={values} errors={{}} subject={resource} onChange={(p, v) => setValues((cur) => ({ ...cur, [p]: v }))} onSubmit={confirm} />}
        {needName && (
          <Form onSubmit={(e) => { e.preventDefault(); confirm(); }} style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
            <FormGroup label={`Type ${name} to confirm`} fieldId="remove-confirm-name" isRequired>
              <TextInput id="remove-confirm-name" value={typed} onChange={(_e, v) => setTyped(v)} autoComplete="off" />
            </FormGroup>
          </Form>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={confirm} isLoading={remove.isPending} isDisabled={remove.isPending || (needName && typed !== name)} data-testid="remove-confirm">
          Remove
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
