// An object's Permissions tab: who holds which role on it, with Add and a Remove per row (the
// admin portal's Permissions sub-tab). Roles, users and groups come inlined with `follow`, so
// the list is one request.
import { Button, Skeleton } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { ConfirmRemove } from '../../../components/confirm-remove.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { HrefLink } from '../../../components/href-link.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { isStructure } from '../../../lib/fields.ts';
import { useCollection } from '../../collections/api/get-collection.ts';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import type { TabProps } from '../../resources/extension-types.ts';
import { AddPermissionDialog } from './add-permission-dialog.tsx';
import { principalLabel } from './permission-body.ts';

export function PermissionsTab({ resource, href }: TabProps) {
  const list = useCollection(href, { follow: 'role,user,group' });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Resource | null>(null);
  const items = list.data?.items ?? [];
  return (
    <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }} data-testid="permissions-tab">
      <Button variant="primary" size="sm" icon={<PlusCircleIcon />} onClick={() => setAdding(true)} data-testid="add-permission">
        Add permission
      </Button>
      {list.error ? (
        <ErrorState error={list.error} what="permissions" onRetry={() => list.refetch()} />
      ) : list.isPending ? (
        <Skeleton height="6rem" screenreaderText="Loading permissions" />
      ) : (
        <Table aria-label="Permissions" variant="compact" data-testid="permissions-table">
          <Thead>
            <Tr>
              <Th>User or group</Th>
              <Th>Type</Th>
              <Th>Role</Th>
              <Th>Role type</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            {items.length === 0 && (
              <Tr>
                <Td colSpan={5}>No permission is given directly on this object.</Td>
              </Tr>
            )}
            {items.map((p, i) => {
              const who = holderOf(p);
              const role = isStructure(p.fields.role) ? p.fields.role : undefined;
              return (
                <Tr key={p.id ?? i} data-testid="permission-row">
                  <Td dataLabel="User or group">{who ? <HrefLink href={who.href}>{principalLabel(who)}</HrefLink> : '—'}</Td>
                  <Td dataLabel="Type">{who?.kind === 'group' ? 'Group' : 'User'}</Td>
                  <Td dataLabel="Role">{role ? <HrefLink href={role.href}>{String(role.fields.name ?? role.id)}</HrefLink> : '—'}</Td>
                  <Td dataLabel="Role type">{role?.fields.administrative === true ? 'Administrator' : role?.fields.administrative === false ? 'User' : ''}</Td>
                  <Td isActionCell>
                    <Button variant="link" isDanger size="sm" onClick={() => setRemoving(p)} data-testid="remove-permission" aria-label={`Remove ${role ? String(role.fields.name) : 'role'} from ${who ? principalLabel(who) : 'holder'}`}>
                      Remove
                    </Button>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      {adding && <AddPermissionDialog collectionHref={href} parent={resource} onClose={() => setAdding(false)} />}
      {removing && <RemovePermissionDialog permission={removing} onClose={() => setRemoving(null)} />}
    </div>
  );
}

function holderOf(p: Resource): Resource | undefined {
  for (const kind of ['user', 'group'] as const) {
    const v = p.fields[kind];
    if (isStructure(v)) return { ...v, kind };
  }
  return undefined;
}

function RemovePermissionDialog({ permission, onClose }: { permission: Resource; onClose: () => void }) {
  const remove = useRemoveResource();
  const toast = useToast();
  const who = holderOf(permission);
  const role = isStructure(permission.fields.role) ? String(permission.fields.role.fields.name ?? permission.fields.role.id) : 'the role';
  const submit = () => {
    if (!permission.href) return;
    remove.mutate(
      { href: permission.href },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `Permission removed: ${role}` });
          onClose();
        },
      },
    );
  };
  return (
    <ConfirmRemove id="remove-permission" title="Remove permission" error={remove.error} busy={remove.isPending} onConfirm={submit} onClose={onClose}>
      Take the role <strong>{role}</strong> away from <strong>{who ? principalLabel(who) : 'this holder'}</strong>?
    </ConfirmRemove>
  );
}
