// New and Edit dialogs for the main types (fields from entity-fields.ts). Edit sends only
// what changed; a refusal stays in the dialog in the engine's words.
import { Alert, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Resource } from '../../../api/resource.ts';
import type { InputFields } from '../../../api/write.ts';
import { describeError } from '../../app/api-errors.ts';
import { useRouteOf } from '../../components/api-base-context.ts';
import { DialogFooter } from '../../components/dialog-footer.tsx';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { kindTitle } from '../../lib/titles.ts';
import { useActionCatalog } from './api/get-action-catalog.ts';
import { useCreateResource } from './api/create-resource.ts';
import { useUpdateResource } from './api/update-resource.ts';
import { entityFields, valuesFromResource } from './entity-fields.ts';
import { ParamForm } from './param-form.tsx';
import { changedValues, initialValues, validate, valuesToBody, type FormValues } from './param-fields.ts';

export type EntityFormModalProps =
  | { mode: 'create'; kind: string; collectionHref: string; onClose: () => void }
  | { mode: 'edit'; kind: string; resource: Resource; onClose: () => void };

export function EntityFormModal(props: EntityFormModalProps) {
  const { mode, kind, onClose } = props;
  const resource = props.mode === 'edit' ? props.resource : undefined;
  const model = useActionCatalog(mode === 'create');
  const modelRequired = model.data?.requirements[kind];
  const fields = useMemo(() => entityFields(kind, mode, modelRequired), [kind, mode, modelRequired]);
  const start = useMemo(() => (resource ? valuesFromResource(fields, resource) : initialValues(fields)), [fields, resource]);
  const [values, setValues] = useState<FormValues>(start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateResource();
  const update = useUpdateResource();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const mutation = mode === 'create' ? create : update;
  const fault = mutation.error ? describeError(mutation.error) : null;
  const title = mode === 'create' ? `New ${kindTitle(kind).toLowerCase()}` : `Edit ${kindTitle(kind).toLowerCase()}: ${resource ? displayName(resource) : ''}`;
  const formId = `entity-form-${kind}`;

  const submit = () => {
    const problems = validate(fields, values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (props.mode === 'create') {
      create.mutate(
        { collectionHref: props.collectionHref, kind, fields: valuesToBody(fields, values) as InputFields },
        {
          onSuccess: (created) => {
            toast({ variant: 'success', title: `${kindTitle(kind)} ${displayName(created)} created` });
            onClose();
            const route = routeOf(created.href);
            if (route) navigate(route);
          },
        },
      );
      return;
    }
    const changed = valuesToBody(fields, changedValues(fields, start, values), { edit: true });
    if (Object.keys(changed).length === 0 || !props.resource.href) {
      onClose();
      return;
    }
    update.mutate(
      { href: props.resource.href, kind, fields: changed as InputFields },
      {
        onSuccess: (updated) => {
          toast({ variant: 'success', title: `${kindTitle(kind)} ${displayName(updated)} saved` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="entity-form-title" data-testid="entity-form">
      <ModalHeader title={title} labelId="entity-form-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="form-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <ParamForm id={formId} fields={fields} values={values} errors={errors} subject={resource} onChange={(p, v) => {
            setValues((cur) => ({ ...cur, [p]: v }));
            setErrors(({ [p]: _fixed, ...rest }) => rest);
          }} onSubmit={submit} />
      </ModalBody>
      <DialogFooter label={mode === 'create' ? 'Create' : 'Save'} form={formId} onCancel={onClose} busy={mutation.isPending} testId="entity-form-submit" />
    </Modal>
  );
}
