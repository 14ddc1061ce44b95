// Remove, with a confirmation naming the object; destructive types (storage domains, data
// centers, clusters) ask for the name to be typed. Refusals stay in the dialog.
import { Content, Form, FormGroup, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Resource } from '../../../api/resource.ts';
import { useRouteOf } from '../../components/api-base-context.ts';
import { ConfirmRemove } from '../../components/confirm-remove.tsx';
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
    <ConfirmRemove id="remove" title={`Remove ${kind}: ${name}`} error={remove.error} busy={remove.isPending} disabled={needName && typed !== name} onConfirm={confirm} onClose={onClose}>
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
    </ConfirmRemove>
  );
}
