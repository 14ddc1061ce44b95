// Labelled inputs shared by the provisioning dialogs: each control's id ties it to its
// label, so journeys (and screen readers) find it by the label text.
import { FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import type { ReactNode } from 'react';

export interface Option {
  value: string;
  label: string;
}

function Problem({ text, hint }: { text?: string; hint?: ReactNode }) {
  if (!text && !hint) return null;
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant={text ? 'error' : 'default'}>{text ?? hint}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

export function TextField(props: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; hint?: ReactNode; isRequired?: boolean; type?: 'text' | 'number'; placeholder?: string }) {
  const { id, label, value, onChange, error, hint, isRequired, type = 'text', placeholder } = props;
  return (
    <FormGroup label={label} fieldId={id} isRequired={isRequired}>
      <TextInput id={id} type={type} value={value} onChange={(_e, v) => onChange(v)} validated={error ? 'error' : 'default'} isRequired={isRequired} placeholder={placeholder} />
      <Problem text={error} hint={hint} />
    </FormGroup>
  );
}

export function SelectField(props: { id: string; label: string; value: string; options: Option[]; onChange: (v: string) => void; error?: string; hint?: ReactNode; isRequired?: boolean; isDisabled?: boolean; placeholder?: string }) {
  const { id, label, value, options, onChange, error, hint, isRequired, isDisabled, placeholder } = props;
  return (
    <FormGroup label={label} fieldId={id} isRequired={isRequired}>
      <FormSelect id={id} value={value} onChange={(_e, v) => onChange(v)} validated={error ? 'error' : 'default'} isDisabled={isDisabled} data-testid={`select-${id}`}>
        {placeholder !== undefined && <FormSelectOption value="" label={placeholder} isPlaceholder />}
        {options.map((o) => (
          <FormSelectOption key={o.value} value={o.value} label={o.label} />
        ))}
      </FormSelect>
      <Problem text={error} hint={hint} />
    </FormGroup>
  );
}
