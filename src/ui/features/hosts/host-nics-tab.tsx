// The host's Network interfaces tab as the Administration Portal shows it: one row per NIC or
// bond (a bond's slaves indented under it, with its mode), the logical networks each carries,
// link state, speed, MAC and IP.
import { Alert, Button, Label, LabelGroup, Skeleton } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Suspense, useState } from 'react';
import { describeError } from '../../app/api-errors.ts';
import { StatusLabel } from '../../components/status-label.tsx';
import type { TabProps } from '../resources/extension-types.ts';
import { useHostNetworking } from './api/get-host-networking.ts';
import { bondModeLabel, speedText, type HostNicView } from './network-setup.ts';
import { SetupNetworksDialog } from './setup-networks-dialog.tsx';

export function HostNicsTab({ resource }: TabProps) {
  const { data, error, isPending } = useHostNetworking(resource);
  const [setupOpen, setSetupOpen] = useState(false);
  if (isPending) return <Skeleton height="8rem" screenreaderText="Loading network interfaces" />;
  if (error || !data) {
    const e = describeError(error);
    return <Alert variant="danger" isInline title={e.title}>{e.detail}</Alert>;
  }
  const netName = (id: string) => data.networks.find((n) => n.id === id)?.name ?? id;
  const networksOn = (nic: HostNicView) => data.attachments.filter((a) => a.nicId === nic.id).map((a) => netName(a.networkId));
  const enslaved = new Set(data.nics.flatMap((n) => n.bond?.slaveIds ?? []));
  const top = data.nics.filter((n) => !enslaved.has(n.id)).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const rows: { nic: HostNicView; slaveOf?: HostNicView }[] = top.flatMap((nic) => [
    { nic },
    ...(nic.bond?.slaveIds ?? []).map((id) => data.nics.find((n) => n.id === id)).filter((n): n is HostNicView => !!n).map((n) => ({ nic: n, slaveOf: nic })),
  ]);
  const canSetup = !!resource.actions.setupnetworks;

  return (
    <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }}>
      {canSetup && (
        <Button variant="secondary" size="sm" onClick={() => setSetupOpen(true)} data-testid="nics-setup-networks">
          Setup host networks
        </Button>
      )}
      <Table aria-label="Network interfaces" variant="compact" data-testid="host-nics">
        <Thead>
          <Tr>
            <Th>Interface</Th>
            <Th>Bond</Th>
            <Th>Networks</Th>
            <Th>Link</Th>
            <Th>Speed</Th>
            <Th>MAC</Th>
            <Th>IPv4 address</Th>
          </Tr>
        </Thead>
        <Tbody>
          {rows.map(({ nic, slaveOf }) => {
            const nets = networksOn(nic);
            return (
              <Tr key={nic.id} data-testid={`nic-row-${nic.name}`}>
                <Td dataLabel="Interface" modifier="nowrap">
                  <span style={slaveOf ? { paddingLeft: 'var(--pf-t--global--spacer--lg)' } : undefined}>{nic.name}</span>
                </Td>
                <Td dataLabel="Bond" data-testid="nic-bond">
                  {nic.bond ? `${bondModeLabel(nic.bond.mode)}; slaves ${nic.bond.slaveIds.map((id) => data.nics.find((n) => n.id === id)?.name ?? id).join(', ')}` : slaveOf ? `slave of ${slaveOf.name}` : ''}
                </Td>
                <Td dataLabel="Logical networks" data-testid="nic-networks">
                  {nets.length > 0 && (
                    <LabelGroup numLabels={6}>
                      {nets.map((n) => (
                        <Label key={n} isCompact color="blue">
                          {n}
                        </Label>
                      ))}
                    </LabelGroup>
                  )}
                </Td>
                <Td dataLabel="Link">{nic.status ? <StatusLabel status={nic.status} /> : ''}</Td>
                <Td dataLabel="Speed" modifier="nowrap">{speedText(nic.speed)}</Td>
                <Td dataLabel="MAC">{nic.mac ?? ''}</Td>
                <Td dataLabel="IPv4 address">{nic.ip ?? ''}</Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      {setupOpen && (
        <Suspense fallback={null}>
          <SetupNetworksDialog resource={resource} action="setupnetworks" label="Setup host networks" onClose={() => setSetupOpen(false)} onDone={() => undefined} />
        </Suspense>
      )}
    </div>
  );
}
