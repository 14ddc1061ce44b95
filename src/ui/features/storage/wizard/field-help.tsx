// Helper text under a wizard field: the problem when there is one, the hint otherwise.
import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';

export function FieldHelp({ id, problem, hint }: { id: string; problem?: string; hint?: string }) {
  if (!problem && !hint) return null;
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant={problem ? 'error' : 'default'} id={id} data-testid={problem ? `${id}-problem` : undefined}>
          {problem ?? hint}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** PatternFly's `validated` for a field: errors show once the admin typed something. */
export function validatedOf(problem: string | undefined, touched: boolean): 'error' | 'default' {
  return problem && touched ? 'error' : 'default';
}
