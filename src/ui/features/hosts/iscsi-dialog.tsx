// iSCSI discovery from a host: ask a portal (address, port, optional CHAP credentials) for its
// targets with `iscsidiscover`, then log the host in to a chosen one with `iscsilogin`.
import { Alert, Button, Flex, FlexItem, Form, FormGroup, Label, Modal, ModalBody, ModalFooter, ModalHeader, TextInput, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { displayName } from '../../lib/fields.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { targetsOf } from './iscsi-targets.ts';

export function IscsiDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const [address, setAddress] = useState('');
  const [port, setPort] = useState('3260');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [targets, setTargets] = useState<string[] | null>(null);
  const [loggedIn, setLoggedIn] = useState<string[]>([]);
  const [loggingIn, setLoggingIn] = useState<string | null>(null);
  const discover = useRunAction();
  const login = useRunAction();
  const error = login.error ?? discover.error;
  const portNumber = Number(port);
  const portValid = port === '' || (Number.isInteger(portNumber) && portNumber > 0 && portNumber < 65536);

  const iscsi = (target?: string) => ({
    address: address.trim(),
    ...(port ? { port: portNumber } : {}),
    ...(target ? { target } : {}),
    ...(user ? { username: user, password } : {}),
  });

  const runDiscover = () => {
    if (!resource.href || !address.trim() || !portValid) return;
    login.reset();
    setTargets(null);
    discover.mutate({ href: resource.href, name: 'iscsidiscover', params: { iscsi: iscsi() } }, { onSuccess: (r) => setTargets(targetsOf(r)) });
  };
  const runLogin = (target: string) => {
    if (!resource.href) return;
    setLoggingIn(target);
    login.mutate({ href: resource.href, name: 'iscsilogin', params: { iscsi: iscsi(target) } }, {
      onSuccess: () => {
        setLoggedIn((cur) => [...cur, target]);
        onDone();
      },
    });
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="iscsi-title" data-testid="iscsi-dialog">
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId="iscsi-title" description="Discover the targets of an iSCSI portal and log the host in to one." />
      <ModalBody>
        <FaultAlert error={error} testId="action-fault" />
        <Form onSubmit={(e) => { e.preventDefault(); runDiscover(); }}>
          <Flex gap={{ default: 'gapMd' }} alignItems={{ default: 'alignItemsFlexStart' }}>
            <FlexItem grow={{ default: 'grow' }}>
              <FormGroup label="Address" isRequired fieldId="iscsi-address">
                <TextInput id="iscsi-address" value={address} onChange={(_e, v) => setAddress(v)} placeholder="192.168.20.5 or storage.example.com" />
              </FormGroup>
            </FlexItem>
            <FlexItem>
              <FormGroup label="Port" fieldId="iscsi-port">
                <TextInput id="iscsi-port" value={port} validated={portValid ? 'default' : 'error'} onChange={(_e, v) => setPort(v.trim())} style={{ width: '7rem' }} />
              </FormGroup>
            </FlexItem>
          </Flex>
          <Flex gap={{ default: 'gapMd' }}>
            <FlexItem grow={{ default: 'grow' }}>
              <FormGroup label="CHAP user name" fieldId="iscsi-user">
                <TextInput id="iscsi-user" value={user} autoComplete="off" onChange={(_e, v) => setUser(v)} placeholder="Optional" />
              </FormGroup>
            </FlexItem>
            <FlexItem grow={{ default: 'grow' }}>
              <FormGroup label="CHAP password" fieldId="iscsi-password">
                <TextInput id="iscsi-password" type="password" autoComplete="new-password" value={password} onChange={(_e, v) => setPassword(v)} isDisabled={!user} />
              </FormGroup>
            </FlexItem>
          </Flex>
          <div>
            <Button type="submit" variant="secondary" isLoading={discover.isPending} isDisabled={!address.trim() || !portValid || discover.isPending} data-testid="iscsi-discover">
              Discover
            </Button>
          </div>
        </Form>
        {targets && (
          <>
            <Title headingLevel="h3" size="md" style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
              Targets at {address}
            </Title>
            {targets.length === 0 ? (
              <Alert variant="info" isInline title="The portal offers no targets." />
            ) : (
              <Table aria-label="Discovered targets" variant="compact" data-testid="iscsi-targets">
                <Thead>
                  <Tr>
                    <Th>Target</Th>
                    <Th screenReaderText="Log in" />
                  </Tr>
                </Thead>
                <Tbody>
                  {targets.map((t) => (
                    <Tr key={t}>
                      <Td dataLabel="Target">{t}</Td>
                      <Td isActionCell>
                        {loggedIn.includes(t) ? (
                          <Label color="green" data-testid="iscsi-logged-in">Logged in</Label>
                        ) : (
                          <Button variant="secondary" size="sm" onClick={() => runLogin(t)} isLoading={login.isPending && loggingIn === t} isDisabled={login.isPending} aria-label={`Log in to ${t}`}>
                            Log in
                          </Button>
                        )}
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="link" onClick={onClose}>
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}
