// Install / Reinstall: how the engine logs in to the host (root password, or its own SSH public
// key already in root's authorized_keys), whether to override the host's firewall, reboot and
// activate afterwards. The password goes to the engine only.
import { Alert, Button, Checkbox, Content, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter, ModalHeader, Radio, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { InputFields } from '../../../api/write.ts';
import { describeError } from '../../app/api-errors.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

export function InstallDialog({ resource, onClose, onDone }: ActionDialogProps) {
  const [auth, setAuth] = useState<'password' | 'publickey'>('password');
  const [password, setPassword] = useState('');
  const [firewall, setFirewall] = useState(true);
  const [reboot, setReboot] = useState(true);
  const [activate, setActivate] = useState(true);
  const [missing, setMissing] = useState(false);
  const run = useRunAction();
  const toast = useToast();
  const fault = run.error ? describeError(run.error) : null;
  const name = displayName(resource);
  const title = resource.fields.status === 'pending_approval' ? 'Install' : 'Reinstall';

  const submit = () => {
    if (!resource.href) return;
    if (auth === 'password' && !password) return setMissing(true);
    const params: InputFields = {
      ...(auth === 'password' ? { root_password: password } : { ssh: { authentication_method: 'publickey' } }),
      host: { override_iptables: firewall },
      reboot,
      activate,
    };
    run.mutate(
      { href: resource.href, name: 'install', params },
      {
        onSuccess: () => {
          onDone();
          toast({ variant: 'success', title: `${title}: ${name}`, body: 'The engine is installing the host.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="install-title" data-testid="install-dialog">
      <ModalHeader title={`${title}: ${name}`} labelId="install-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
        <Form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <FormGroup role="radiogroup" fieldId="install-auth" label="SSH authentication" isStack>
            <Radio id="install-auth-password" name="install-auth" label="Password" isChecked={auth === 'password'} onChange={() => setAuth('password')} />
            <Radio id="install-auth-key" name="install-auth" label="SSH public key" isChecked={auth === 'publickey'} onChange={() => setAuth('publickey')} />
          </FormGroup>
          {auth === 'password' ? (
            <FormGroup label="Root password" isRequired fieldId="install-password">
              <TextInput id="install-password" type="password" autoComplete="new-password" value={password} validated={missing && !password ? 'error' : 'default'} onChange={(_e, v) => { setPassword(v); setMissing(false); }} />
              {missing && !password && (
                <FormHelperText>
                  <HelperText>
                    <HelperTextItem variant="error">The engine needs root's password to log in to the host.</HelperTextItem>
                  </HelperText>
                </FormHelperText>
              )}
            </FormGroup>
          ) : (
            <Content component="p">The engine logs in with its own SSH key; it must be in root&apos;s authorized_keys on the host.</Content>
          )}
          <Checkbox id="install-firewall" label="Override firewall (iptables / firewalld)" description="Let the engine configure the host's firewall." isChecked={firewall} onChange={(_e, v) => setFirewall(v)} />
          <Checkbox id="install-reboot" label="Reboot host after installation" isChecked={reboot} onChange={(_e, v) => setReboot(v)} />
          <Checkbox id="install-activate" label="Activate host after installation" isChecked={activate} onChange={(_e, v) => setActivate(v)} />
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={submit} isLoading={run.isPending} isDisabled={run.isPending} data-testid="action-submit">
          {fault ? 'Try again' : title}
        </Button>
        <Button variant="link" onClick={onClose}>
          {fault ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
