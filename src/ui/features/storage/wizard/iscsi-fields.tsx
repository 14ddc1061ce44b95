// iSCSI in three moves, as in the Administration Portal: the chosen host discovers the
// targets of a portal (`iscsidiscover`), logs in to one (`iscsilogin`), and the LUNs it then
// sees (its `storage` sub-collection) are offered for the domain.
import { Alert, Button, Checkbox, Flex, FlexItem, Form, FormGroup, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import { describeError } from '../../../app/api-errors.ts';
import { formatBytes } from '../../../lib/format.ts';
import { useCollection } from '../../collections/api/get-collection.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import { useDiscoverIscsi } from '../api/discover-iscsi.ts';
import type { DomainAnswers } from './domain-request.ts';
import { FieldHelp } from './field-help.tsx';
import { lunsOf } from './iscsi-luns.ts';

export function IscsiFields({ answers, onChange, problem }: { answers: DomainAnswers; onChange: (patch: Partial<DomainAnswers>) => void; problem?: string }) {
  const { data: entry } = useEntryPoint();
  const hosts = useChoices(entry?.links.hosts, 'status=up');
  const host = hosts.data?.items.find((h) => h.id === answers.hostId);
  const discover = useDiscoverIscsi();
  const login = useRunAction();
  const [loggedIn, setLoggedIn] = useState(false);
  const storage = useCollection(loggedIn ? host?.links.storage : undefined, {}, { poll: false });
  const luns = lunsOf(storage.data?.items ?? [], answers.iscsiTarget);
  const fault = discover.error ?? login.error ?? storage.error;

  const runDiscover = () => {
    if (!host?.href) return;
    setLoggedIn(false);
    onChange({ iscsiTarget: '', lunIds: [] });
    discover.mutate({ hostHref: host.href, address: answers.iscsiAddress.trim(), port: Number(answers.iscsiPort) || 3260 });
  };
  const runLogin = () => {
    if (!host?.href) return;
    login.mutate(
      { href: host.href, name: 'iscsilogin', params: { iscsi: { address: answers.iscsiAddress.trim(), port: Number(answers.iscsiPort) || 3260, target: answers.iscsiTarget } } },
      { onSuccess: () => setLoggedIn(true) },
    );
  };
  const toggleLun = (id: string, on: boolean) => onChange({ lunIds: on ? [...answers.lunIds, id] : answers.lunIds.filter((x) => x !== id) });

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      {fault && <Alert variant="danger" isInline title={describeError(fault).title} data-testid="sd-iscsi-fault">{describeError(fault).detail}</Alert>}
      <Flex alignItems={{ default: 'alignItemsFlexEnd' }} gap={{ default: 'gapSm' }}>
        <FlexItem grow={{ default: 'grow' }}>
          <FormGroup label="Portal address" isRequired fieldId="sd-iscsi-address">
            <TextInput id="sd-iscsi-address" value={answers.iscsiAddress} onChange={(_e, v) => onChange({ iscsiAddress: v })} data-testid="sd-iscsi-address" />
          </FormGroup>
        </FlexItem>
        <FlexItem>
          <FormGroup label="Port" fieldId="sd-iscsi-port">
            <TextInput id="sd-iscsi-port" type="number" value={answers.iscsiPort} onChange={(_e, v) => onChange({ iscsiPort: v })} style={{ width: '7rem' }} />
          </FormGroup>
        </FlexItem>
        <FlexItem>
          <Button variant="secondary" onClick={runDiscover} isDisabled={!host || !answers.iscsiAddress.trim()} isLoading={discover.isPending} data-testid="sd-iscsi-discover">
            Discover
          </Button>
        </FlexItem>
      </Flex>
      {discover.isSuccess && (
        <FormGroup label="Target" fieldId="sd-iscsi-target">
          {discover.data.length === 0 ? (
            <FieldHelp id="sd-iscsi-target-help" problem={`${host ? host.fields.name : 'The host'} found no target on this portal.`} />
          ) : (
            <Flex gap={{ default: 'gapSm' }}>
              <FlexItem grow={{ default: 'grow' }}>
                <FormSelect id="sd-iscsi-target" data-testid="sd-iscsi-target" value={answers.iscsiTarget} onChange={(_e, v) => onChange({ iscsiTarget: v, lunIds: [] })}>
                  <FormSelectOption value="" label="Choose a target" isPlaceholder />
                  {discover.data.map((t) => (
                    <FormSelectOption key={t} value={t} label={t} />
                  ))}
                </FormSelect>
              </FlexItem>
              <FlexItem>
                <Button variant="secondary" onClick={runLogin} isDisabled={!answers.iscsiTarget} isLoading={login.isPending} data-testid="sd-iscsi-login">
                  Log in
                </Button>
              </FlexItem>
            </Flex>
          )}
        </FormGroup>
      )}
      {loggedIn && (
        <FormGroup label="LUNs" isRequired fieldId="sd-iscsi-luns" role="group">
          {storage.isSuccess && luns.length === 0 && <FieldHelp id="sd-iscsi-luns-none" problem="The host sees no LUN behind this target." />}
          {luns.map((l) => (
            <Checkbox
              key={l.id}
              id={`sd-lun-${l.id}`}
              label={`${l.label}${l.size ? `, ${formatBytes(l.size)}` : ''}${l.used ? ' (used by a storage domain)' : ''}`}
              isDisabled={l.used}
              isChecked={answers.lunIds.includes(l.id)}
              onChange={(_e, on) => toggleLun(l.id, on)}
              data-testid="sd-lun"
              data-used={l.used}
            />
          ))}
        </FormGroup>
      )}
      <FieldHelp id="sd-iscsi-help" problem={problem} hint="Discover the portal's targets with the chosen host, log in to one, then choose its LUNs." />
    </Form>
  );
}
