// Setup host networks: the admin edits a plan of the host's interfaces (attach and detach
// logical networks, create and break bonds), sees the changes in words, then one
// `setupnetworks` request applies them all (optionally verifying connectivity), followed by
// `commitnetconfig` when the configuration is to survive a reboot. The engine's refusal stays
// in the dialog, with the plan, so the admin can fix it.
import {
  Alert, Button, Checkbox, Content, Flex, FlexItem, Form, FormGroup, FormSelect, FormSelectOption, Grid, GridItem, Label, LabelGroup, List, ListItem,
  Modal, ModalBody, ModalFooter, ModalHeader, Skeleton, TextInput, Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useMemo, useState } from 'react';
import { describeError } from '../../app/api-errors.ts';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { useHostNetworking, type HostNetworking } from './api/get-host-networking.ts';
import {
  attachNetwork, BOND_MODES, bondModeLabel, breakBond, createBond, currentPlan, describeChanges, detachNetwork, freeNics, nextBondName,
  planInterfaces, setupNetworksBody, type NetworkPlan, type PlanResult,
} from './network-setup.ts';

export function SetupNetworksDialog(props: ActionDialogProps) {
  const { data, error, isPending } = useHostNetworking(props.resource, { poll: false });
  if (isPending || !data) {
    const e = error ? describeError(error) : null;
    return (
      <Modal isOpen variant="large" onClose={props.onClose} aria-labelledby="setup-networks-title">
        <ModalHeader title={`${props.label}: ${displayName(props.resource)}`} labelId="setup-networks-title" />
        <ModalBody>{e ? <Alert variant="danger" isInline title={e.title}>{e.detail}</Alert> : <Skeleton height="10rem" screenreaderText="Loading the host's networks" />}</ModalBody>
      </Modal>
    );
  }
  return <SetupNetworksEditor {...props} data={data} />;
}

function SetupNetworksEditor({ resource, label, onClose, onDone, data }: ActionDialogProps & { data: HostNetworking }) {
  const live = useMemo(() => currentPlan(data.nics, data.attachments), [data]);
  // The plan is diffed against what the admin saw when opening; if the host changes meanwhile
  // (another admin, a refused request that refetched), say so and offer to start over.
  const [current, setCurrent] = useState<NetworkPlan>(live);
  const [plan, setPlan] = useState<NetworkPlan>(live);
  const outdated = JSON.stringify(live) !== JSON.stringify(current);
  const [problem, setProblem] = useState<string | null>(null);
  const [checkConnectivity, setCheckConnectivity] = useState(true);
  const [saveConfig, setSaveConfig] = useState(true);
  const [network, setNetwork] = useState('');
  const [target, setTarget] = useState('');
  const [bondName, setBondName] = useState('');
  const [bondMode, setBondMode] = useState('4');
  const [slaves, setSlaves] = useState<string[]>([]);
  const run = useRunAction();
  const toast = useToast();

  const interfaces = planInterfaces(plan, data.nics);
  const free = freeNics(plan, data.nics);
  const unattached = data.networks.filter((n) => !plan.attachments.some((a) => a.networkId === n.id));
  const changes = describeChanges(current, plan, data.networks);
  const netName = (id: string) => data.networks.find((n) => n.id === id)?.name ?? id;
  // A choice the plan has since made impossible (a broken bond, an attached network) falls back.
  const chosenNetwork = unattached.some((n) => n.id === network) ? network : (unattached[0]?.id ?? '');
  const chosenTarget = interfaces.some((i) => i.name === target) ? target : (interfaces[0]?.name ?? '');
  const chosenBondName = bondName || nextBondName(plan, data.nics);

  const apply = (res: PlanResult) => {
    if (res.error !== undefined) setProblem(res.error);
    else {
      setProblem(null);
      setPlan(res.plan);
    }
  };
  const attach = () => {
    const net = data.networks.find((n) => n.id === chosenNetwork);
    if (!net) return setProblem('Choose a network to attach.');
    apply(attachNetwork(plan, net, chosenTarget, data.nics, data.networks));
    setNetwork('');
  };
  const bond = () => {
    apply(createBond(plan, chosenBondName, bondMode, slaves, data.nics));
    setSlaves([]);
    setBondName('');
  };

  const submit = async () => {
    if (!resource.href) return;
    const body = setupNetworksBody(current, plan, { checkConnectivity });
    try {
      const result = await run.mutateAsync({ href: resource.href, name: 'setupnetworks', params: body });
      if (saveConfig && resource.actions.commitnetconfig) await run.mutateAsync({ href: resource.href, name: 'commitnetconfig' });
      onDone();
      toast({
        variant: result.status === 'failed' ? 'warning' : 'success',
        title: `${label}: ${displayName(resource)}`,
        body: saveConfig ? 'The engine applied the network changes and saved them on the host.' : 'The engine applied the network changes.',
      });
      onClose();
    } catch {
      // shown from run.error
    }
  };

  return (
    <Modal isOpen variant="large" onClose={onClose} aria-labelledby="setup-networks-title" data-testid="setup-networks-dialog" style={{ maxWidth: '1200px' }}>
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId="setup-networks-title" />
      <ModalBody>
        <FaultAlert error={run.error} testId="action-fault" />
        {outdated && (
          <Alert
            variant="info"
            isInline
            title="The host's networks changed since this dialog opened."
            data-testid="plan-outdated"
            actionLinks={
              <Button variant="link" isInline onClick={() => { setCurrent(live); setPlan(live); setProblem(null); run.reset(); }}>
                Start over from the current layout
              </Button>
            }
            style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}
          />
        )}
        {problem && (
          <Alert variant="warning" isInline title={problem} data-testid="plan-problem" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} />
        )}
        <Grid hasGutter>
          <GridItem md={7}>
            <Table aria-label="Interfaces and their networks" variant="compact" data-testid="plan-interfaces">
              <Thead>
                <Tr>
                  <Th>Interface</Th>
                  <Th>Bond</Th>
                  <Th>Assigned logical networks</Th>
                  <Th screenReaderText="Actions" />
                </Tr>
              </Thead>
              <Tbody>
                {interfaces.map((i) => {
                  const nets = plan.attachments.filter((a) => a.nicName === i.name);
                  return (
                    <Tr key={i.name} data-testid={`plan-row-${i.name}`}>
                      <Td dataLabel="Interface">{i.name}</Td>
                      <Td dataLabel="Bond">{i.bond ? `${bondModeLabel(i.bond.mode)}; ${i.bond.slaves.join(', ')}` : ''}</Td>
                      <Td dataLabel="Assigned logical networks">
                        <LabelGroup numLabels={6}>
                          {nets.map((a) => (
                            <Label key={a.networkId} color="blue" onClose={() => setPlan(detachNetwork(plan, a.networkId))} closeBtnAriaLabel={`Detach ${netName(a.networkId)} from ${i.name}`}>
                              {netName(a.networkId)}
                            </Label>
                          ))}
                        </LabelGroup>
                      </Td>
                      <Td dataLabel="Actions" isActionCell>
                        {i.bond && (
                          <Button variant="link" isInline onClick={() => setPlan(breakBond(plan, i.name))} data-testid={`break-${i.name}`}>
                            Break bond
                          </Button>
                        )}
                      </Td>
                    </Tr>
                  );
                })}
              </Tbody>
            </Table>

            <Title headingLevel="h3" size="md" style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
              Changes
            </Title>
            {changes.length === 0 ? (
              <Content component="p">No changes yet.</Content>
            ) : (
              <List data-testid="plan-changes">
                {changes.map((c) => (
                  <ListItem key={c}>{c}</ListItem>
                ))}
              </List>
            )}
          </GridItem>
          <GridItem md={5}>
            <Form isHorizontal={false} onSubmit={(e) => e.preventDefault()} >
              <Title headingLevel="h3" size="md">Attach a logical network</Title>
              <Flex alignItems={{ default: 'alignItemsFlexEnd' }} gap={{ default: 'gapMd' }}>
                <FlexItem>
                  <FormGroup label="Network" fieldId="attach-network">
                    <FormSelect id="attach-network" value={chosenNetwork} onChange={(_e, v) => setNetwork(v)} isDisabled={unattached.length === 0} aria-label="Network to attach">
                      {unattached.length === 0 && <FormSelectOption value="" label="Every network of the cluster is attached" />}
                      {unattached.map((n) => (
                        <FormSelectOption key={n.id} value={n.id} label={n.vlan !== undefined ? `${n.name} (VLAN ${n.vlan})` : n.name} />
                      ))}
                    </FormSelect>
                  </FormGroup>
                </FlexItem>
                <FlexItem>
                  <FormGroup label="Interface" fieldId="attach-interface">
                    <FormSelect id="attach-interface" value={chosenTarget} onChange={(_e, v) => setTarget(v)} aria-label="Interface to attach to">
                      {interfaces.map((i) => (
                        <FormSelectOption key={i.name} value={i.name} label={i.name} />
                      ))}
                    </FormSelect>
                  </FormGroup>
                </FlexItem>
                <FlexItem>
                  <Button variant="secondary" onClick={attach} isDisabled={unattached.length === 0} data-testid="attach-network">
                    Attach
                  </Button>
                </FlexItem>
              </Flex>

              <Title headingLevel="h3" size="md">Create a bond</Title>
              <Flex alignItems={{ default: 'alignItemsFlexEnd' }} gap={{ default: 'gapMd' }}>
                <FlexItem>
                  <FormGroup label="Bond name" fieldId="bond-name">
                    <TextInput id="bond-name" value={chosenBondName} onChange={(_e, v) => setBondName(v)} style={{ width: '8rem' }} />
                  </FormGroup>
                </FlexItem>
                <FlexItem>
                  <FormGroup label="Bonding mode" fieldId="bond-mode">
                    <FormSelect id="bond-mode" value={bondMode} onChange={(_e, v) => setBondMode(v)}>
                      {BOND_MODES.map((m) => (
                        <FormSelectOption key={m.value} value={m.value} label={m.label} />
                      ))}
                    </FormSelect>
                  </FormGroup>
                </FlexItem>
              </Flex>
              <FormGroup label="NICs to bond" role="group" fieldId="bond-slaves">
                {free.length === 0 ? (
                  <Content component="small">No free NICs: a NIC may join a bond when it carries no network and is in no bond.</Content>
                ) : (
                  <Flex gap={{ default: 'gapMd' }}>
                    {free.map((n) => (
                      <Checkbox key={n} id={`slave-${n}`} label={n} isChecked={slaves.includes(n)} onChange={(_e, on) => setSlaves((cur) => (on ? [...cur, n] : cur.filter((x) => x !== n)))} />
                    ))}
                  </Flex>
                )}
              </FormGroup>
              <div>
                <Button variant="secondary" onClick={bond} isDisabled={slaves.length < 2} data-testid="create-bond">
                  Create bond
                </Button>
              </div>

              <Title headingLevel="h3" size="md">Options</Title>
              <Checkbox id="check-connectivity" label="Verify connectivity between host and engine" title="The engine rolls the change back when it loses the host." isChecked={checkConnectivity} onChange={(_e, v) => setCheckConnectivity(v)} />
              <Checkbox id="save-config" label="Save network configuration" title="Make the change survive the host's next reboot (commitnetconfig)." isChecked={saveConfig} onChange={(_e, v) => setSaveConfig(v)} isDisabled={!resource.actions.commitnetconfig} />
            </Form>

          </GridItem>
        </Grid>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => void submit()} isLoading={run.isPending} isDisabled={run.isPending || changes.length === 0} data-testid="action-submit">
          {run.error ? 'Try again' : 'OK'}
        </Button>
        <Button variant="link" onClick={() => setPlan(current)} isDisabled={changes.length === 0 || run.isPending}>
          Reset
        </Button>
        <Button variant="link" onClick={onClose}>
          {run.error ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
