// "Add permission" on an object's Permissions tab: pick a user or group (searched among the
// engine's users and groups) and a role; the engine gives that role on this object. Under a
// user or group the permission is system-wide, so only the role is asked.
import {
  Form, FormGroup, FormSelect, FormSelectOption, FormSelectOptionGroup, Modal, ModalBody, ModalHeader, Radio, SearchInput, Skeleton,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMemo, useState } from 'react';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { kindTitle } from '../../../lib/titles.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { isPrincipal, matchPrincipals, permissionFields, principalLabel, roleOptions, type PrincipalKind } from './permission-body.ts';

const MAX_ROWS = 50;

export function AddPermissionDialog({ collectionHref, parent, onClose }: CreateDialogProps) {
  const { data: entry } = useEntryPoint();
  const fixed = isPrincipal(parent) ? parent : undefined;
  const [kind, setKind] = useState<PrincipalKind>('user');
  const [typed, setTyped] = useState('');
  const principals = useChoices(fixed ? undefined : entry?.links[kind === 'user' ? 'users' : 'groups']);
  const roles = useChoices(entry?.links.roles);
  const [principalId, setPrincipalId] = useState<string | null>(null);
  const [roleId, setRoleId] = useState('');
  const create = useCreateResource();
  const toast = useToast();
  const options = useMemo(() => roleOptions(roles.data?.items ?? []), [roles.data]);
  const matches = useMemo(() => matchPrincipals(principals.data?.items ?? [], typed), [principals.data, typed]);
  const principal = fixed ? { kind: fixed.kind, id: fixed.id ?? '' } : principalId ? { kind, id: principalId } : null;
  const where = parent ? `${kindTitle(parent.kind).toLowerCase()} ${displayName(parent)}` : 'the system';

  const submit = () => {
    if (!principal || !roleId) return;
    create.mutate(
      { collectionHref, kind: 'permission', fields: permissionFields(roleId, principal) },
      {
        onSuccess: () => {
          const role = roles.data?.items.find((r) => r.id === roleId);
          toast({ variant: 'success', title: `Role ${role ? displayName(role) : ''} given on ${fixed ? 'the system' : where}` });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="add-permission-title" data-testid="add-permission-dialog">
      <ModalHeader
        title={fixed ? `Add system permission to ${displayName(fixed)}` : 'Add permission'}
        description={fixed ? 'The role applies to every object of the engine.' : `Give a user or a group a role on ${where}.`}
        labelId="add-permission-title"
      />
      <ModalBody>
        <FaultAlert error={create.error} testId="create-fault" />
        <Form onSubmit={(e) => e.preventDefault()}>
          {!fixed && (
            <>
              <FormGroup role="radiogroup" isInline fieldId="permission-kind" label="Give the role to">
                {(['user', 'group'] as const).map((k) => (
                  <Radio
                    key={k}
                    id={`permission-kind-${k}`}
                    name="permission-kind"
                    label={k === 'user' ? 'A user' : 'A group'}
                    isChecked={kind === k}
                    onChange={() => {
                      setKind(k);
                      setPrincipalId(null);
                    }}
                  />
                ))}
              </FormGroup>
              <FormGroup label={kind === 'user' ? 'User' : 'Group'} isRequired fieldId="permission-principal-search">
                <SearchInput
                  id="permission-principal-search"
                  value={typed}
                  onChange={(_e, v) => setTyped(v)}
                  onClear={() => setTyped('')}
                  placeholder={kind === 'user' ? 'Search users by name, login or e-mail' : 'Search groups'}
                  aria-label={kind === 'user' ? 'Search users' : 'Search groups'}
                  data-testid="permission-principal-search"
                />
                {principals.isPending ? (
                  <Skeleton height="5rem" screenreaderText="Loading" />
                ) : (
                  <Table aria-label={kind === 'user' ? 'Users' : 'Groups'} variant="compact" data-testid="permission-principals">
                    <Thead>
                      <Tr>
                        <Th screenReaderText="Select" />
                        <Th>{kind === 'user' ? 'User' : 'Group'}</Th>
                      </Tr>
                    </Thead>
                    <Tbody>
                      {matches.length === 0 && (
                        <Tr>
                          <Td colSpan={2}>No {kind} matches.</Td>
                        </Tr>
                      )}
                      {matches.slice(0, MAX_ROWS).map((r, i) => (
                        <Tr key={r.id ?? i} isClickable isRowSelected={principalId === r.id} onRowClick={() => setPrincipalId(r.id ?? null)} data-testid="permission-principal-row">
                          <Td select={{ rowIndex: i, variant: 'radio', isSelected: principalId === r.id, onSelect: () => setPrincipalId(r.id ?? null) }} />
                          <Td>{principalLabel(r)}</Td>
                        </Tr>
                      ))}
                    </Tbody>
                  </Table>
                )}
                {matches.length > MAX_ROWS && <small>Showing {MAX_ROWS} of {matches.length}: refine the search.</small>}
              </FormGroup>
            </>
          )}
          <FormGroup label="Role" isRequired fieldId="permission-role">
            {roles.isPending ? (
              <Skeleton height="2rem" screenreaderText="Loading roles" />
            ) : (
              <FormSelect id="permission-role" value={roleId} onChange={(_e, v) => setRoleId(v)} data-testid="permission-role">
                <FormSelectOption value="" label="Choose a role" isPlaceholder />
                <FormSelectOptionGroup label="User roles">
                  {options.user.map((r) => (
                    <FormSelectOption key={r.id} value={r.id} label={r.name} />
                  ))}
                </FormSelectOptionGroup>
                <FormSelectOptionGroup label="Administrator roles">
                  {options.admin.map((r) => (
                    <FormSelectOption key={r.id} value={r.id} label={r.name} />
                  ))}
                </FormSelectOptionGroup>
              </FormSelect>
            )}
          </FormGroup>
        </Form>
      </ModalBody>
      <DialogFooter label="Add" busy={create.isPending} disabled={!principal || !roleId} onConfirm={submit} onCancel={onClose} testId="add-permission-submit" />
    </Modal>
  );
}
