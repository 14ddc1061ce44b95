// On a storage domain's General tab: its status in each data center it is attached to. The
// top-level domain has no status of its own once attached (api-reference §12), so without
// this the page would not say whether the domain is active anywhere.
import { Card, CardBody, Flex, FlexItem, Skeleton } from '@patternfly/react-core';
import type { Structure } from '../../../../api/resource.ts';
import { HrefLink } from '../../../components/href-link.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { displayName, statusOf } from '../../../lib/fields.ts';
import type { PanelProps } from '../../resources/extension-types.ts';
import { useResource } from '../../resources/api/get-resource.ts';
import { useAttachedDomains } from '../api/list-attached-domains.ts';
import { dataCenterRefs } from '../attach-rules.ts';

function StatusIn({ dcRef, sdId }: { dcRef: Structure & { href: string }; sdId: string | undefined }) {
  const dc = useResource(dcRef.href, { staleTime: 60_000 });
  const attached = useAttachedDomains(dc.data?.links.storagedomains);
  const here = attached.data?.items.find((a) => a.id === sdId);
  const status = here ? statusOf(here) : undefined;
  return (
    <Flex gap={{ default: 'gapSm' }} alignItems={{ default: 'alignItemsCenter' }} data-testid="sd-status-in-dc" data-status={status}>
      <FlexItem>
        <HrefLink href={dcRef.href}>{dc.data ? displayName(dc.data) : dcRef.id}</HrefLink>
      </FlexItem>
      <FlexItem>{status ? <StatusLabel status={status} /> : <Skeleton width="4rem" screenreaderText="Loading status" />}</FlexItem>
      {here?.fields.master === true && <FlexItem>(master)</FlexItem>}
    </Flex>
  );
}

export function SdStatusPanel({ resource: sd }: PanelProps) {
  // Only the top-level domain: its view inside a data center shows its status in the header.
  if (sd.actions.activate || sd.actions.deactivate) return null;
  const refs = dataCenterRefs(sd);
  return (
    <Card isCompact isPlain component="section" aria-label="Status in data centers" data-testid="sd-status-panel" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
      <CardBody>
        <Flex gap={{ default: 'gapLg' }} alignItems={{ default: 'alignItemsCenter' }}>
          <FlexItem>
            <strong>Status in data centers</strong>
          </FlexItem>
          {refs.length === 0 ? (
            <FlexItem>
              <StatusLabel status={statusOf(sd) ?? 'unattached'} /> not attached to any data center
            </FlexItem>
          ) : (
            refs.map((r) => (
              <FlexItem key={r.id ?? r.href}>
                <StatusIn dcRef={r} sdId={sd.id} />
              </FlexItem>
            ))
          )}
        </Flex>
      </CardBody>
    </Card>
  );
}
