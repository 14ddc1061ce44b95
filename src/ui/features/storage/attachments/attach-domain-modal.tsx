// "Attach storage" on a data center: the domains it can take (unattached; one ISO and one
// export domain at most), chosen by radio; the engine activates what it attaches.
import { Content, EmptyState, EmptyStateBody, Radio, Skeleton } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { formatBytes } from '../../../lib/format.ts';
import { displayName } from '../../../lib/fields.ts';
import { humanize } from '../../../lib/titles.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useAttachedDomains } from '../api/list-attached-domains.ts';
import { attachableDomains, domainType, storageTypeOf } from '../attach-rules.ts';
import { AttachDialog, useAttach } from './attach-dialog.tsx';

export function AttachDomainModal({ dataCenter, attachedHref, onClose }: { dataCenter: Resource; attachedHref: string; onClose: () => void }) {
  const { data: entry } = useEntryPoint();
  const all = useChoices(entry?.links.storagedomains);
  const attached = useAttachedDomains(attachedHref);
  const [chosen, setChosen] = useState<string>('');
  const { attach, submit: send } = useAttach(onClose);
  const candidates = attachableDomains(all.data?.items ?? [], attached.data?.items ?? [], dataCenter);
  const dcName = displayName(dataCenter);
  const loading = all.isPending || attached.isPending;

  const submit = () => {
    const sd = candidates.find((c) => c.id === chosen);
    if (!sd?.id) return;
    send({ attachedHref, storageDomainId: sd.id }, displayName(sd), dcName);
  };

  return (
    <AttachDialog id="sd-attach" title={`Attach storage to ${dcName}`} variant="medium" error={attach.error} busy={attach.isPending} disabled={!chosen} onConfirm={submit} onClose={onClose}>
      {loading ? (
        <Skeleton height="5rem" screenreaderText="Loading storage domains" />
      ) : candidates.length === 0 ? (
        <EmptyState headingLevel="h3" titleText="No storage domain to attach" variant="xs">
          <EmptyStateBody>Every domain is attached somewhere, or this data center already has its ISO and export domains. Create a new domain or detach one elsewhere first.</EmptyStateBody>
        </EmptyState>
      ) : (
        <div role="radiogroup" aria-label="Storage domains that can be attached">
          {candidates.map((sd) => {
            // A domain the engine has not measured yet reports 0: say nothing rather than "0 B free".
            const free = typeof sd.fields.available === 'number' && sd.fields.available > 0 ? `, ${formatBytes(sd.fields.available)} free` : '';
            return (
              <Radio
                key={sd.id}
                id={`sd-attach-${sd.id}`}
                name="sd-attach"
                isChecked={chosen === sd.id}
                onChange={() => setChosen(sd.id ?? '')}
                label={displayName(sd)}
                description={`${humanize(domainType(sd))} domain on ${humanize(storageTypeOf(sd) || 'unknown')} storage${free}`}
                data-testid={`sd-attach-choice-${displayName(sd)}`}
              />
            );
          })}
        </div>
      )}
      <Content component="small" style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
        A data center takes any number of data domains, one ISO domain and one export domain.
      </Content>
    </AttachDialog>
  );
}
