// A storage domain's "Data centers" tab: where it is attached and its status in each (read
// from the data center's own storagedomains list, since the top-level domain carries no
// per-data-center status), with activate / maintenance / detach, and attaching it elsewhere.
import { Button, Content, Flex, FlexItem, Skeleton, Toolbar, ToolbarContent, ToolbarItem, Tooltip } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import type { Resource, Structure } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { HrefLink } from '../../../components/href-link.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { displayName, statusOf } from '../../../lib/fields.ts';
import type { PanelProps } from '../../resources/extension-types.ts';
import { useResource } from '../../resources/api/get-resource.ts';
import { useChangeAttachedDomain } from '../api/change-attached-domain.ts';
import { useAttachedDomains } from '../api/list-attached-domains.ts';
import { dataCenterRefs, whyNot, type AttachedVerb } from '../attach-rules.ts';
import { AttachToDataCenterModal } from './attach-to-dc-modal.tsx';
import { ConfirmChangeModal, VERB_LABEL } from './confirm-change-modal.tsx';

const VERBS: AttachedVerb[] = ['activate', 'deactivate', 'detach'];

function AttachmentRow({ dcRef, sd }: { dcRef: Structure & { href: string }; sd: Resource }) {
  const dc = useResource(dcRef.href, { staleTime: 60_000 });
  const attached = useAttachedDomains(dc.data?.links.storagedomains);
  const here = attached.data?.items.find((a) => a.id === sd.id);
  const status = here ? statusOf(here) : undefined;
  const activate = useChangeAttachedDomain();
  const [confirm, setConfirm] = useState<AttachedVerb | null>(null);
  const dcName = dc.data ? displayName(dc.data) : dcRef.id ?? '';
  const fault = activate.error ? describeError(activate.error) : null;

  return (
    <Tr data-testid="sd-dc-row" data-name={dcName} data-status={status}>
      <Td dataLabel="Data center">
        <HrefLink href={dcRef.href}>{dc.isPending ? <Skeleton width="6rem" /> : dcName}</HrefLink>
      </Td>
      <Td dataLabel="Status in the data center">
        {status ? <StatusLabel status={status} /> : attached.isPending || dc.isPending ? <Skeleton width="5rem" /> : '—'}
        {fault && <Content component="small" style={{ color: 'var(--pf-t--global--text--color--status--danger--default)' }} data-testid="sd-dc-fault">{fault.title}{fault.detail ? `: ${fault.detail}` : ''}</Content>}
      </Td>
      <Td dataLabel="Master">{here?.fields.master === true ? 'Yes' : 'No'}</Td>
      <Td isActionCell>
        <Flex gap={{ default: 'gapMd' }} flexWrap={{ default: 'nowrap' }}>
          {VERBS.map((verb) => {
            const reason = here ? whyNot(verb, status) : 'Loading…';
            const button = (
              <Button
                variant="link"
                isInline
                size="sm"
                isAriaDisabled={!!reason}
                isLoading={verb === 'activate' && activate.isPending}
                onClick={() => (verb === 'activate' ? here?.href && activate.mutate({ href: here.href, verb }) : setConfirm(verb))}
                data-testid={`sd-dc-${verb}`}
              >
                {VERB_LABEL[verb]}
              </Button>
            );
            return <FlexItem key={verb}>{reason ? <Tooltip content={reason}>{button}</Tooltip> : button}</FlexItem>;
          })}
        </Flex>
        {confirm && here?.href && <ConfirmChangeModal verb={confirm} href={here.href} domainName={displayName(sd)} dcName={dcName} onClose={() => setConfirm(null)} />}
      </Td>
    </Tr>
  );
}

export function SdDataCentersTab({ resource: sd }: PanelProps) {
  const refs = dataCenterRefs(sd);
  const [attaching, setAttaching] = useState(false);
  // A data or export domain serves one data center; the engine refuses a second attach.
  const canAttach = statusOf(sd) === 'unattached' || (refs.length > 0 && sd.fields.type === 'iso');
  return (
    <div data-testid="sd-data-centers-tab">
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <Tooltip content="Detach the domain from its data center first." trigger={canAttach ? 'manual' : 'mouseenter focus'}>
              <Button variant="primary" size="sm" isAriaDisabled={!canAttach} onClick={() => setAttaching(true)} data-testid="sd-dc-attach">
                Attach to data center
              </Button>
            </Tooltip>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <Table aria-label={`Data centers of ${displayName(sd)}`} variant="compact">
        <Thead>
          <Tr>
            <Th>Data center</Th>
            <Th>Status in the data center</Th>
            <Th>Master</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {refs.length === 0 && (
            <Tr>
              <Td colSpan={4} data-testid="sd-dc-none">{displayName(sd)} is not attached to any data center.</Td>
            </Tr>
          )}
          {refs.map((ref) => (
            <AttachmentRow key={ref.id ?? ref.href} dcRef={ref} sd={sd} />
          ))}
        </Tbody>
      </Table>
      {attaching && <AttachToDataCenterModal sd={sd} exclude={refs.map((r) => r.id ?? '')} onClose={() => setAttaching(false)} />}
    </div>
  );
}
