// A data center's Storage tab: the domains attached to it with their status HERE (the
// top-level domain only says whether it is attached), and per row what the state machine
// allows: activate, maintenance, detach. Plus attaching another domain or creating one.
import { Alert, AlertActionCloseButton, Button, Flex, FlexItem, Skeleton, Toolbar, ToolbarContent, ToolbarItem, Tooltip } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { HrefLink } from '../../../components/href-link.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { formatBytes } from '../../../lib/format.ts';
import { displayName, statusOf } from '../../../lib/fields.ts';
import { humanize } from '../../../lib/titles.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { TabProps } from '../../resources/extension-types.ts';
import { useChangeAttachedDomain } from '../api/change-attached-domain.ts';
import { useAttachedDomains } from '../api/list-attached-domains.ts';
import { domainType, storageTypeOf, whyNot, type AttachedVerb } from '../attach-rules.ts';
import { NewDomainWizard } from '../wizard/new-domain-wizard.tsx';
import { AttachDomainModal } from './attach-domain-modal.tsx';
import { ConfirmChangeModal, VERB_LABEL } from './confirm-change-modal.tsx';

const VERBS: AttachedVerb[] = ['activate', 'deactivate', 'detach'];

export function DcStorageTab({ resource: dc, href }: TabProps) {
  const attached = useAttachedDomains(href);
  const { data: entry } = useEntryPoint();
  const all = useChoices(entry?.links.storagedomains);
  const [attaching, setAttaching] = useState(false);
  const [creating, setCreating] = useState(false);
  const [confirm, setConfirm] = useState<{ verb: AttachedVerb; item: Resource } | null>(null);
  const activate = useChangeAttachedDomain();
  const dcName = displayName(dc);
  const topLevel = (id: string | undefined) => all.data?.items.find((sd) => sd.id === id);

  const run = (verb: AttachedVerb, item: Resource) => {
    if (!item.href) return;
    if (verb === 'activate') activate.mutate({ href: item.href, verb });
    else setConfirm({ verb, item });
  };

  return (
    <div data-testid="dc-storage-tab">
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Button variant="primary" size="sm" onClick={() => setAttaching(true)} data-testid="dc-storage-attach">
              Attach storage
            </Button>
          </ToolbarItem>
          {entry?.links.storagedomains && (
            <ToolbarItem>
              <Button variant="secondary" size="sm" onClick={() => setCreating(true)} data-testid="dc-storage-new">
                New storage domain
              </Button>
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      {activate.error && (
        <Alert variant="danger" isInline title={describeError(activate.error).title} data-testid="dc-storage-fault" actionClose={<AlertActionCloseButton onClose={() => activate.reset()} />}>
          {describeError(activate.error).detail}
        </Alert>
      )}
      {attached.error && !attached.data ? (
        <ErrorState error={attached.error} what="the attached storage domains" onRetry={() => attached.refetch()} />
      ) : attached.isPending ? (
        <Skeleton height="8rem" screenreaderText="Loading attached storage domains" />
      ) : (
        <Table aria-label={`Storage domains of ${dcName}`} variant="compact" data-testid="dc-storage-table">
          <Thead>
            <Tr>
              <Th>Name</Th>
              <Th modifier="wrap">Domain function</Th>
              <Th modifier="wrap">Storage type</Th>
              <Th modifier="wrap">Status in {dcName}</Th>
              <Th modifier="wrap">Master</Th>
              <Th modifier="wrap">Free space</Th>
              <Th modifier="wrap">Used space</Th>
              <Th screenReaderText="Actions" />
            </Tr>
          </Thead>
          <Tbody>
            {attached.data.items.length === 0 && (
              <Tr>
                <Td colSpan={8}>No storage domain is attached to {dcName}. Attach one, or create a new one.</Td>
              </Tr>
            )}
            {attached.data.items.map((item) => {
              const status = statusOf(item);
              const name = displayName(item);
              const sd = topLevel(item.id);
              return (
                <Tr key={item.id} data-testid="dc-storage-row" data-name={name} data-status={status}>
                  <Td dataLabel="Name" modifier="nowrap">
                    <HrefLink href={sd?.href ?? item.href}>{name}</HrefLink>
                  </Td>
                  <Td dataLabel="Domain function">{humanize(domainType(item))}</Td>
                  <Td dataLabel="Storage type">{humanize(storageTypeOf(item) || 'unknown')}</Td>
                  <Td dataLabel={`Status in ${dcName}`} modifier="nowrap">{status ? <StatusLabel status={status} /> : '—'}</Td>
                  <Td dataLabel="Master">{item.fields.master === true ? 'Yes' : 'No'}</Td>
                  <Td dataLabel="Free space" modifier="nowrap">{typeof item.fields.available === 'number' ? formatBytes(item.fields.available) : ''}</Td>
                  <Td dataLabel="Used space" modifier="nowrap">{typeof item.fields.used === 'number' ? formatBytes(item.fields.used) : ''}</Td>
                  <Td isActionCell>
                    <Flex gap={{ default: 'gapMd' }} flexWrap={{ default: 'nowrap' }}>
                      {VERBS.map((verb) => {
                        const reason = whyNot(verb, status);
                        const button = (
                          <Button variant="link" isInline size="sm" isAriaDisabled={!!reason} onClick={() => run(verb, item)} isLoading={verb === 'activate' && activate.isPending && activate.variables?.href === item.href} data-testid={`dc-storage-${verb}`}>
                            {VERB_LABEL[verb]}
                          </Button>
                        );
                        return <FlexItem key={verb}>{reason ? <Tooltip content={reason}>{button}</Tooltip> : button}</FlexItem>;
                      })}
                    </Flex>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      {attaching && <AttachDomainModal dataCenter={dc} attachedHref={href} onClose={() => setAttaching(false)} />}
      {creating && entry?.links.storagedomains && <NewDomainWizard collectionHref={entry.links.storagedomains} dataCenterId={dc.id} onClose={() => setCreating(false)} />}
      {confirm?.item.href && (
        <ConfirmChangeModal verb={confirm.verb} href={confirm.item.href} domainName={displayName(confirm.item)} dcName={dcName} onClose={() => setConfirm(null)} />
      )}
    </div>
  );
}
