// First choice of the wizard: a new domain (the engine formats the storage) or an existing
// one to import (its VMs, templates, disks or ISO images are kept).
import { Content, Form, FormGroup, Radio } from '@patternfly/react-core';
import type { DomainAnswers } from './domain-request.ts';

const MODES: { mode: DomainAnswers['mode']; label: string; description: string }[] = [
  { mode: 'new', label: 'Create a new storage domain', description: 'The host prepares empty storage for the engine. Anything already on it is not used.' },
  {
    mode: 'import',
    label: 'Import an existing storage domain',
    description: 'Register storage that already holds a domain (from another engine, or detached earlier): its virtual machines, templates, disks or ISO images are kept.',
  },
];

export function ModeStep({ answers, onChange }: { answers: DomainAnswers; onChange: (patch: Partial<DomainAnswers>) => void }) {
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup role="radiogroup" isStack fieldId="sd-mode" label="What do you want to do?">
        {MODES.map(({ mode, label, description }) => (
          <Radio
            key={mode}
            id={`sd-mode-${mode}`}
            name="sd-mode"
            label={label}
            description={description}
            isChecked={answers.mode === mode}
            onChange={() => onChange({ mode })}
            data-testid={`sd-mode-${mode}`}
          />
        ))}
      </FormGroup>
      <Content component="small">Both end with the domain unattached, or attached to the data center you choose on the last step.</Content>
    </Form>
  );
}
