// Editing a host's power management: enable it and set its (first) fence agent. The agent is
// written before the host, so enabling finds an agent to use. The password field always starts
// empty — the stored password is never shown — and stays unchanged unless typed.
import { Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, Modal, ModalBody, ModalHeader, Switch, TextInput } from '@patternfly/react-core';
import { useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { DialogFooter } from '../../components/dialog-footer.tsx';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { useCreateResource } from '../forms/api/create-resource.ts';
import { useUpdateResource } from '../forms/api/update-resource.ts';
import { AGENT_TYPES, initialForm, planPowerManagement, type AgentView, type PmForm } from './power-management.ts';

export function PowerManagementDialog({ host, agent, onClose }: { host: Resource; agent?: AgentView; onClose: () => void }) {
  const [form, setForm] = useState<PmForm>(() => initialForm(host, agent));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const create = useCreateResource();
  const update = useUpdateResource();
  const toast = useToast();
  const set = (k: keyof PmForm, v: string | boolean) => {
    setForm((cur) => ({ ...cur, [k]: v }));
    setErrors(({ [k]: _fixed, ...rest }) => rest);
  };

  const save = async () => {
    const r = planPowerManagement(host, agent, form);
    if (r.errors) return setErrors(r.errors);
    setFailure(null);
    setBusy(true);
    try {
      const { plan } = r;
      if (plan.agent?.op === 'create' && host.links.fenceagents) await create.mutateAsync({ collectionHref: host.links.fenceagents, kind: 'agent', fields: plan.agent.fields });
      if (plan.agent?.op === 'update') await update.mutateAsync({ href: plan.agent.href, kind: 'agent', fields: plan.agent.fields });
      if (plan.host && host.href) await update.mutateAsync({ href: host.href, kind: 'host', fields: plan.host });
      toast({ variant: 'success', title: `Power management: ${displayName(host)}`, body: plan.host || plan.agent ? 'Saved.' : 'Nothing to change.' });
      onClose();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (k: 'address' | 'username' | 'password' | 'port', label: string, input: React.ReactNode, required = false) => (
    <FormGroup label={label} fieldId={`pm-${k}`} isRequired={required}>
      {input}
      {errors[k] && (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant="error">{errors[k]}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="pm-title" data-testid="power-management-dialog">
      <ModalHeader title={`Power management: ${displayName(host)}`} labelId="pm-title" />
      <ModalBody>
        <FaultAlert error={failure} testId="action-fault" />
        <Form onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <Switch id="pm-enabled" label="Enable power management" isChecked={form.enabled} onChange={(_e, v) => set('enabled', v)} />
          <FormGroup label="Agent type" fieldId="pm-type">
            <FormSelect id="pm-type" value={form.type} onChange={(_e, v) => set('type', v)}>
              {AGENT_TYPES.map((t) => (
                <FormSelectOption key={t} value={t} label={t} />
              ))}
            </FormSelect>
          </FormGroup>
          {field('address', 'Address', <TextInput id="pm-address" value={form.address} validated={errors.address ? 'error' : 'default'} onChange={(_e, v) => set('address', v)} />, form.enabled)}
          {field('username', 'User name', <TextInput id="pm-username" value={form.username} autoComplete="off" validated={errors.username ? 'error' : 'default'} onChange={(_e, v) => set('username', v)} />, form.enabled)}
          {field('password', 'Password', (
            <TextInput id="pm-password" type="password" autoComplete="new-password" value={form.password} placeholder={agent ? 'Unchanged' : ''} validated={errors.password ? 'error' : 'default'} onChange={(_e, v) => set('password', v)} />
          ), form.enabled && !agent)}
          {field('port', 'Port', <TextInput id="pm-port" value={form.port} placeholder="Agent default" validated={errors.port ? 'error' : 'default'} onChange={(_e, v) => set('port', v)} style={{ width: '8rem' }} />)}
        </Form>
      </ModalBody>
      <DialogFooter label={failure ? 'Try again' : 'Save'} cancelLabel={failure ? 'Close' : 'Cancel'} busy={busy} onConfirm={() => void save()} onCancel={onClose} testId="pm-save" />
    </Modal>
  );
}
