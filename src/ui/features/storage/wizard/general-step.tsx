// Name, description, what the domain is for, what storage it lives on, and which host
// connects to it (hosts that are up, from the entry point's hosts link).
import { Form, FormGroup, FormSelect, FormSelectOption, TextArea, TextInput } from '@patternfly/react-core';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { displayName } from '../../../lib/fields.ts';
import { generalProblems, type DomainAnswers, type DomainFunction, type StorageKind } from './domain-request.ts';
import { FieldHelp, validatedOf } from './field-help.tsx';

const FUNCTIONS: { value: DomainFunction; label: string }[] = [
  { value: 'data', label: 'Data: disks of virtual machines and templates' },
  { value: 'iso', label: 'ISO: installation images for CD-ROMs' },
  { value: 'export', label: 'Export: moving VMs and templates between data centers' },
];

const STORAGE: { value: StorageKind; label: string }[] = [
  { value: 'nfs', label: 'NFS' },
  { value: 'iscsi', label: 'iSCSI' },
];

export function GeneralStep({ answers, touched, onChange }: { answers: DomainAnswers; touched: Set<string>; onChange: (patch: Partial<DomainAnswers>) => void }) {
  const { data: entry } = useEntryPoint();
  const hosts = useChoices(entry?.links.hosts, 'status=up');
  const problems = generalProblems(answers);
  const upHosts = hosts.data?.items ?? [];

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label="Name" isRequired fieldId="sd-name">
        <TextInput id="sd-name" value={answers.name} onChange={(_e, v) => onChange({ name: v })} validated={validatedOf(problems.name, touched.has('name'))} aria-describedby="sd-name-help" data-testid="sd-name" />
        <FieldHelp id="sd-name-help" problem={touched.has('name') ? problems.name : undefined} hint="Letters, digits, '-', '_' and '.'." />
      </FormGroup>
      <FormGroup label="Description" fieldId="sd-description">
        <TextArea id="sd-description" value={answers.description} onChange={(_e, v) => onChange({ description: v })} rows={2} data-testid="sd-description" />
      </FormGroup>
      <FormGroup label="Domain function" isRequired fieldId="sd-function">
        <FormSelect id="sd-function" value={answers.domainFunction} onChange={(_e, v) => onChange({ domainFunction: v as DomainFunction })} data-testid="sd-function">
          {FUNCTIONS.map((f) => (
            <FormSelectOption key={f.value} value={f.value} label={f.label} />
          ))}
        </FormSelect>
      </FormGroup>
      <FormGroup label="Storage type" isRequired fieldId="sd-storage-type">
        <FormSelect id="sd-storage-type" value={answers.storageType} onChange={(_e, v) => onChange({ storageType: v as StorageKind })} validated={validatedOf(problems.storageType, true)} aria-describedby="sd-storage-type-help" data-testid="sd-storage-type">
          {STORAGE.map((s) => (
            <FormSelectOption key={s.value} value={s.value} label={s.label} />
          ))}
        </FormSelect>
        <FieldHelp id="sd-storage-type-help" problem={problems.storageType} />
      </FormGroup>
      <FormGroup label="Host to use" isRequired fieldId="sd-host">
        <FormSelect id="sd-host" value={answers.hostId} onChange={(_e, v) => onChange({ hostId: v })} validated={validatedOf(problems.hostId, touched.has('hostId'))} aria-describedby="sd-host-help" data-testid="sd-host">
          <FormSelectOption value="" label={hosts.isPending ? 'Loading hosts…' : 'Choose a host'} isPlaceholder />
          {upHosts.map((h) => (
            <FormSelectOption key={h.id} value={h.id} label={displayName(h)} />
          ))}
        </FormSelect>
        <FieldHelp
          id="sd-host-help"
          problem={touched.has('hostId') ? problems.hostId : hosts.isSuccess && upHosts.length === 0 ? 'No host is up: activate or approve one first.' : undefined}
          hint="The host mounts the storage and prepares it; only hosts that are up can."
        />
      </FormGroup>
    </Form>
  );
}
