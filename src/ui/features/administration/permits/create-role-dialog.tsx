// "New role": name, account type (user or administrator) and the permits, chosen in the same
// grouped checklist the role's page shows; one POST carries the role with its permits.
import { FormGroup, Modal, ModalBody, ModalHeader, Radio, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRouteOf } from '../../../components/api-base-context.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { NameDescriptionForm } from '../name-description-form.tsx';
import { usePermitCatalog } from '../api/get-permit-catalog.ts';
import { permitsForRoleType } from './permit-groups.ts';
import { PermitChecklist } from './permit-checklist.tsx';

export function CreateRoleDialog({ collectionHref, onClose }: CreateDialogProps) {
  const { data: entry } = useEntryPoint();
  const catalog = usePermitCatalog(entry?.links.clusterlevels);
  const create = useCreateResource();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [administrative, setAdministrative] = useState(false);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [touched, setTouched] = useState(false);
  const offered = useMemo(() => permitsForRoleType(catalog.data ?? [], administrative), [catalog.data, administrative]);
  // Everyone needs `login` to use what a role gives, so a new role starts with it.
  const loginId = catalog.data?.find((p) => p.name === 'login')?.id;
  const chosen = useMemo(() => {
    const ids = new Set([...checked].filter((id) => offered.some((p) => p.id === id)));
    if (loginId && !touched) ids.add(loginId);
    return ids;
  }, [checked, offered, loginId, touched]);
  const nameMissing = name.trim() === '';

  const submit = () => {
    if (nameMissing) return;
    create.mutate(
      {
        collectionHref,
        kind: 'role',
        fields: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), administrative, permits: [...chosen].map((id) => ({ id })) },
      },
      {
        onSuccess: (role) => {
          toast({ variant: 'success', title: `Role ${role.fields.name ?? name} created` });
          onClose();
          const route = routeOf(role.href);
          if (route) navigate(`${route}?tab=permits`);
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="create-role-title" data-testid="create-role-dialog">
      <ModalHeader title="New role" labelId="create-role-title" />
      <ModalBody>
        <FaultAlert error={create.error} testId="create-fault" />
        <NameDescriptionForm id="create-role-form" prefix="role" name={name} description={description} onName={setName} onDescription={setDescription} onSubmit={submit}>
          <FormGroup label="Account type" role="radiogroup" isInline fieldId="role-type">
            <Radio id="role-type-user" name="role-type" label="User" isChecked={!administrative} onChange={() => setAdministrative(false)} />
            <Radio id="role-type-admin" name="role-type" label="Administrator" isChecked={administrative} onChange={() => setAdministrative(true)} data-testid="role-type-admin" />
          </FormGroup>
          <FormGroup label="Permits" fieldId="role-permits">
            {catalog.isPending ? (
              <Skeleton height="8rem" screenreaderText="Loading permits" />
            ) : (
              <PermitChecklist
                permits={offered}
                checked={chosen}
                onToggle={(p, on) => {
                  setTouched(true);
                  setChecked(() => {
                    const next = new Set(chosen);
                    if (on) next.add(p.id);
                    else next.delete(p.id);
                    return next;
                  });
                }}
              />
            )}
          </FormGroup>
        </NameDescriptionForm>
      </ModalBody>
      <DialogFooter label="Create" busy={create.isPending} disabled={nameMissing} onConfirm={submit} onCancel={onClose} testId="create-role-submit" />
    </Modal>
  );
}
