// Where the domain lives: for NFS the `server:/path` export (checked as it is typed) and the
// NFS version; for iSCSI the target the chosen host discovers and the LUNs to use.
import { Form, FormGroup, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import { NFS_EXAMPLE } from '../nfs-export.ts';
import { storageProblems, type DomainAnswers } from './domain-request.ts';
import { FieldHelp, validatedOf } from './field-help.tsx';
import { IscsiFields } from './iscsi-fields.tsx';

const NFS_VERSIONS = [
  { value: 'auto', label: 'Auto negotiate (default)' },
  { value: 'v3', label: 'V3' },
  { value: 'v4', label: 'V4' },
  { value: 'v4_1', label: 'V4.1' },
  { value: 'v4_2', label: 'V4.2' },
];

export function StorageStep({ answers, touched, onChange }: { answers: DomainAnswers; touched: Set<string>; onChange: (patch: Partial<DomainAnswers>) => void }) {
  const problems = storageProblems(answers);
  if (answers.storageType === 'iscsi') return <IscsiFields answers={answers} onChange={onChange} problem={touched.has('lunIds') ? problems.lunIds : undefined} />;
  const showProblem = touched.has('nfsExport') || answers.nfsExport.trim() !== '';
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label="Export path" isRequired fieldId="sd-nfs-export">
        <TextInput
          id="sd-nfs-export"
          value={answers.nfsExport}
          placeholder={NFS_EXAMPLE}
          onChange={(_e, v) => onChange({ nfsExport: v })}
          validated={validatedOf(problems.nfsExport, showProblem)}
          aria-describedby="sd-nfs-export-help"
          data-testid="sd-nfs-export"
        />
        <FieldHelp id="sd-nfs-export-help" problem={showProblem ? problems.nfsExport : undefined} hint={`server:/path, for example ${NFS_EXAMPLE}`} />
      </FormGroup>
      <FormGroup label="NFS version" fieldId="sd-nfs-version">
        <FormSelect id="sd-nfs-version" value={answers.nfsVersion} onChange={(_e, v) => onChange({ nfsVersion: v })} data-testid="sd-nfs-version">
          {NFS_VERSIONS.map((v) => (
            <FormSelectOption key={v.value} value={v.value} label={v.label} />
          ))}
        </FormSelect>
      </FormGroup>
    </Form>
  );
}
