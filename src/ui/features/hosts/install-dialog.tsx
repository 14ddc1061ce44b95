// Install / Reinstall: how the engine logs in to the host (root password, or its own SSH public
// key already in root's authorized_keys), whether to override the host's firewall, reboot and
// activate afterwards. The password goes to the engine only.
import { Checkbox, Content, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Radio, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { InputFields } from '../../../api/write.ts';
import { displayName } from '../../lib/fields.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { HostActionDialog, useHostAction } from './host-action-dialog.tsx';

export function InstallDialog({ resource, onClose, onDone }: ActionDialogProps) {
  const [auth, setAuth] = useState<'password' | 'publickey'>('password');
  const [password, setPassword] = useState('');
  const [firewall, setFirewall] = useState(true);
  const [reboot, setReboot] = useState(true);
  const [activate, setActivate] = useState(true);
  const [missing, setMissing] = useState(false);
  const { run, start } = useHostAction({ resource, onDone, onClose });
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
    start('install', params, { title: `${title}: ${name}`, body: 'The engine is installing the host.' });
  };

  return (
    <HostActionDialog title={`${title}: ${name}`} id="install" testId="install-dialog" variant="medium" error={run.error} busy={run.isPending} confirmLabel={title} onConfirm={submit} onClose={onClose}>
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
    </HostActionDialog>
  );
}
