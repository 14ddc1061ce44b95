// "Add user" / "Add group": an engine user or group is an entry of an authz domain (LDAP/AD
// or the internal one) that has been added to the engine. The admin picks a domain, searches
// its directory through the domain's `users` / `groups` link, picks an entry and POSTs it.
import {
  Button, Form, FormGroup, FormSelect, FormSelectOption, InputGroup, InputGroupItem, Modal, ModalBody, ModalHeader, Skeleton, TextInput,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMemo, useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { directorySearch, principalFields, preferredDomain } from './principal-entry.ts';

type PrincipalKind = 'user' | 'group';

export function AddUserDialog(props: CreateDialogProps) {
  return <AddPrincipalDialog {...props} kind="user" />;
}

export function AddGroupDialog(props: CreateDialogProps) {
  return <AddPrincipalDialog {...props} kind="group" />;
}

function AddPrincipalDialog({ collectionHref, onClose, kind }: CreateDialogProps & { kind: PrincipalKind }) {
  const { data: entry } = useEntryPoint();
  const domains = useChoices(entry?.links.domains);
  const [domainId, setDomainId] = useState<string | undefined>();
  const domainItems = useMemo(() => domains.data?.items ?? [], [domains.data]);
  const domain = domainItems.find((d) => d.id === domainId) ?? preferredDomain(domainItems);
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const found = useChoices(domain?.links[kind === 'user' ? 'users' : 'groups'], directorySearch(query));
  const existing = useChoices(collectionHref);
  const added = useMemo(() => new Set((existing.data?.items ?? []).map((u) => u.id)), [existing.data]);
  const [picked, setPicked] = useState<Resource | null>(null);
  const create = useCreateResource();
  const toast = useToast();
  const what = kind === 'user' ? 'user' : 'group';

  const submit = () => {
    if (!picked || !domain) return;
    create.mutate(
      { collectionHref, kind, fields: principalFields(kind, picked, domain) },
      {
        onSuccess: (r) => {
          toast({ variant: 'success', title: `${kind === 'user' ? 'User' : 'Group'} ${displayName(r)} added` });
          onClose();
        },
      },
    );
  };

  const results = found.data?.items ?? [];
  return (
    <Modal isOpen variant="large" onClose={onClose} aria-labelledby="add-principal-title" data-testid="add-principal-dialog">
      <ModalHeader title={`Add ${what}`} description={`Find the ${what} in a directory domain, then add it to the engine.`} labelId="add-principal-title" />
      <ModalBody>
        <FaultAlert error={create.error ?? found.error} testId="create-fault" />
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(draft.trim());
            setPicked(null);
          }}
        >
          <FormGroup label="Domain" fieldId="principal-domain">
            {domains.isPending ? (
              <Skeleton height="2rem" screenreaderText="Loading domains" />
            ) : (
              <FormSelect
                id="principal-domain"
                value={domain?.id ?? ''}
                onChange={(_e, v) => {
                  setDomainId(v);
                  setPicked(null);
                }}
                data-testid="principal-domain"
              >
                {domainItems.map((d) => (
                  <FormSelectOption key={d.id} value={d.id} label={displayName(d)} />
                ))}
              </FormSelect>
            )}
          </FormGroup>
          <FormGroup label="Search" fieldId="principal-search">
            <InputGroup>
              <InputGroupItem isFill>
                <TextInput id="principal-search" value={draft} onChange={(_e, v) => setDraft(v)} placeholder={kind === 'user' ? 'Name, e.g. dave' : 'Group name'} data-testid="principal-search" />
              </InputGroupItem>
              <InputGroupItem>
                <Button variant="control" type="submit" data-testid="principal-search-go">
                  Go
                </Button>
              </InputGroupItem>
            </InputGroup>
          </FormGroup>
        </Form>
        {found.isPending && !!domain ? (
          <Skeleton height="6rem" screenreaderText="Searching the directory" />
        ) : (
          <Table aria-label={`Directory ${what}s`} variant="compact" data-testid="principal-results">
            <Thead>
              <Tr>
                <Th screenReaderText="Select" />
                <Th>Name</Th>
                {kind === 'user' ? (
                  <>
                    <Th>User name</Th>
                    <Th>E-mail</Th>
                    <Th>Department</Th>
                  </>
                ) : (
                  <Th>Namespace</Th>
                )}
              </Tr>
            </Thead>
            <Tbody>
              {results.length === 0 && (
                <Tr>
                  <Td colSpan={5}>Nothing found{query ? ` for “${query}”` : ''}.</Td>
                </Tr>
              )}
              {results.map((r, i) => {
                const already = !!r.id && added.has(r.id);
                return (
                  <Tr key={r.id ?? i} isClickable={!already} isRowSelected={picked?.id === r.id} onRowClick={() => !already && setPicked(r)} data-testid="principal-row">
                    <Td select={{ rowIndex: i, variant: 'radio', isSelected: picked?.id === r.id, isDisabled: already, onSelect: () => setPicked(r) }} />
                    <Td dataLabel="Name">
                      {[r.fields.name, r.fields.last_name].filter(Boolean).join(' ')}
                      {already && <em> (already added)</em>}
                    </Td>
                    {kind === 'user' ? (
                      <>
                        <Td dataLabel="User name">{String(r.fields.principal ?? r.fields.user_name ?? '')}</Td>
                        <Td dataLabel="E-mail">{String(r.fields.email ?? '')}</Td>
                        <Td dataLabel="Department">{String(r.fields.department ?? '')}</Td>
                      </>
                    ) : (
                      <Td dataLabel="Namespace">{String(r.fields.namespace ?? '')}</Td>
                    )}
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </ModalBody>
      <DialogFooter label="Add" busy={create.isPending} disabled={!picked} onConfirm={submit} onCancel={onClose} testId="add-principal-submit" />
    </Modal>
  );
}
