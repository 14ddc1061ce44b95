// Optionally attach the new domain to a data center at the end (POST to the data center's
// storagedomains, which activates it). The host's own data center is proposed.
import { Content, Form, FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { useEffect } from 'react';
import { displayName, isReference } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useResource } from '../../resources/api/get-resource.ts';
import { useAttachedDomains } from '../api/list-attached-domains.ts';
import { domainType } from '../attach-rules.ts';
import type { DomainAnswers } from './domain-request.ts';
import { FieldHelp } from './field-help.tsx';

export const NO_DC = '';

export function DataCenterStep({ answers, proposeDefault, onChange }: { answers: DomainAnswers; proposeDefault: boolean; onChange: (patch: Partial<DomainAnswers>) => void }) {
  const { data: entry } = useEntryPoint();
  const dcs = useChoices(entry?.links.datacenters);
  const hosts = useChoices(entry?.links.hosts, 'status=up');
  const host = hosts.data?.items.find((h) => h.id === answers.hostId);
  const clusterRef = host?.fields.cluster;
  const cluster = useResource(isReference(clusterRef) ? clusterRef.href : undefined, { staleTime: 300_000 });
  const hostDcRef = cluster.data?.fields.data_center;
  const hostDcId = isReference(hostDcRef) ? hostDcRef.id : undefined;
  const chosen = dcs.data?.items.find((d) => d.id === answers.dataCenterId);
  const attached = useAttachedDomains(chosen?.links.storagedomains);
  const clash = (answers.domainFunction === 'iso' || answers.domainFunction === 'export') && attached.data?.items.find((a) => domainType(a) === answers.domainFunction);

  useEffect(() => {
    if (proposeDefault && hostDcId && dcs.data?.items.some((d) => d.id === hostDcId)) onChange({ dataCenterId: hostDcId });
    // Only the first proposal: once the admin picked, the choice stays.
  }, [proposeDefault, hostDcId, dcs.data, onChange]);

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label="Attach to data center" fieldId="sd-dc">
        <FormSelect id="sd-dc" value={answers.dataCenterId} onChange={(_e, v) => onChange({ dataCenterId: v })} aria-describedby="sd-dc-help" data-testid="sd-dc">
          <FormSelectOption value={NO_DC} label="Do not attach now (leave unattached)" />
          {(dcs.data?.items ?? []).map((d) => (
            <FormSelectOption key={d.id} value={d.id} label={d.id === hostDcId ? `${displayName(d)} (the host's data center)` : displayName(d)} />
          ))}
        </FormSelect>
        <FieldHelp
          id="sd-dc-help"
          problem={clash ? `${chosen ? displayName(chosen) : 'This data center'} already has an ${answers.domainFunction} domain (${displayName(clash)}); the engine will likely refuse a second one.` : undefined}
          hint={answers.dataCenterId ? 'The domain is attached, then activated in this data center.' : 'You can attach it later from the data center\u2019s Storage tab.'}
        />
      </FormGroup>
      <Content component="small">A data domain can be attached to one data center at a time.</Content>
    </Form>
  );
}
