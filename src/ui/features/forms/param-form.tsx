// Renders form fields (see param-fields.ts): text, password, number, checkbox, enum select,
// and reference selects filled from the referenced collection. Rarely needed fields sit in a
// collapsed "Advanced" section.
import { Checkbox, ExpandableSection, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import { useState, type FormEvent } from 'react';
import type { Structure } from '../../../api/resource.ts';
import { useApiBase } from '../../components/api-base-context.ts';
import { displayName } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import { choicesHref, useChoices } from './api/list-choices.ts';
import type { FormField, FormValues } from './param-fields.ts';
import { choiceFilter } from './reference-filter.ts';

export interface ParamFormProps {
  id: string;
  fields: FormField[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (path: string, value: string | boolean) => void;
  onSubmit: () => void;
  /** The object the form is about (filters reference choices). */
  subject?: Structure;
}

export function ParamForm({ id, fields, values, errors, onChange, onSubmit, subject }: ParamFormProps) {
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const main = fields.filter((f) => !f.advanced);
  const advanced = fields.filter((f) => f.advanced);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  const render = (f: FormField) => <FieldControl key={f.path} formId={id} field={f} value={values[f.path]} error={errors[f.path]} onChange={onChange} subject={subject} />;
  return (
    <Form id={id} onSubmit={submit} noValidate data-testid="param-form">
      {main.map(render)}
      {advanced.length > 0 && (
        <ExpandableSection toggleText={advancedOpen ? 'Hide advanced options' : `Advanced options (${advanced.length})`} isExpanded={advancedOpen} onToggle={(_e, open) => setAdvancedOpen(open)}>
          <div style={{ display: 'grid', gap: 'var(--pf-t--global--spacer--md)' }}>{advanced.map(render)}</div>
        </ExpandableSection>
      )}
    </Form>
  );
}

interface FieldControlProps {
  formId: string;
  field: FormField;
  value: string | boolean | undefined;
  error?: string;
  onChange: (path: string, value: string | boolean) => void;
  subject?: Structure;
}

function FieldControl({ formId, field: f, value, error, onChange, subject }: FieldControlProps) {
  const inputId = `${formId}-${f.path.replace(/\./g, '-')}`;
  const validated = error ? 'error' : 'default';
  const helper = (error || f.help) && (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant={error ? 'error' : 'default'} id={`${inputId}-helper`}>
          {error ?? f.help}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
  if (f.control === 'checkbox') {
    return (
      <FormGroup fieldId={inputId}>
        <Checkbox id={inputId} label={f.label} isChecked={value === true} onChange={(_e, v) => onChange(f.path, v)} />
      </FormGroup>
    );
  }
  const str = typeof value === 'string' ? value : '';
  let control;
  if (f.control === 'select') {
    control = (
      <FormSelect id={inputId} value={str} onChange={(_e, v) => onChange(f.path, v)} validated={validated} aria-describedby={error ? `${inputId}-helper` : undefined}>
        <FormSelectOption value="" label={f.required ? 'Choose…' : '(engine default)'} isPlaceholder={f.required} />
        {(f.options ?? []).map((o) => (
          <FormSelectOption key={o} value={o} label={humanize(o)} />
        ))}
      </FormSelect>
    );
  } else if (f.control === 'reference') {
    control = <ReferenceSelect inputId={inputId} field={f} value={str} onChange={onChange} subject={subject} validated={validated} />;
  } else {
    control = (
      <TextInput
        id={inputId}
        type={f.control === 'password' ? 'password' : f.control === 'number' ? 'number' : 'text'}
        autoComplete={f.control === 'password' ? 'new-password' : 'off'}
        value={str}
        onChange={(_e, v) => onChange(f.path, v)}
        isRequired={f.required}
        validated={validated}
        aria-describedby={error ? `${inputId}-helper` : undefined}
      />
    );
  }
  return (
    <FormGroup label={f.label} isRequired={f.required} fieldId={inputId}>
      {control}
      {helper}
    </FormGroup>
  );
}

function ReferenceSelect({ inputId, field: f, value, onChange, subject, validated }: { inputId: string; field: FormField; value: string; onChange: (path: string, value: string) => void; subject?: Structure; validated: 'error' | 'default' }) {
  const apiBase = useApiBase();
  const { data, isPending, error } = useChoices(f.refType ? choicesHref(apiBase, f.refType) : undefined);
  const keep = choiceFilter(subject, f.refType ?? '', f.path);
  const items = (data?.items ?? []).filter(keep);
  if (error) {
    // the list cannot be read (no permission): let the admin type an id instead
    return <TextInput id={inputId} value={value} placeholder="ID" onChange={(_e, v) => onChange(f.path, v)} validated={validated} />;
  }
  return (
    <FormSelect id={inputId} value={value} onChange={(_e, v) => onChange(f.path, v)} validated={validated} isDisabled={isPending} data-testid={`ref-select-${f.path}`}>
      <FormSelectOption value="" label={isPending ? 'Loading…' : f.required ? 'Choose…' : items.length === 0 ? '(none suitable: engine decides)' : '(automatic)'} isPlaceholder={f.required} />
      {items.map((it) => (
        <FormSelectOption key={it.id} value={it.id ?? ''} label={displayName(it)} />
      ))}
    </FormSelect>
  );
}
