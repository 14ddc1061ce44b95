// The permits of a role as the portal's role dialog shows them: one expandable section per
// object type, a checkbox per permit. Used both when creating a role and on a role's page.
import { Badge, Checkbox, ExpandableSection, Flex, FlexItem } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { groupPermits, permitLabel, type PermitInfo } from './permit-groups.ts';

export interface PermitChecklistProps {
  permits: readonly PermitInfo[];
  checked: ReadonlySet<string>;
  onToggle?: (permit: PermitInfo, on: boolean) => void;
  /** Read-only (a built-in role): boxes shown, not changeable. */
  readOnly?: boolean;
  /** Permits whose change is on its way to the engine. */
  busy?: ReadonlySet<string>;
}

export function PermitChecklist({ permits, checked, onToggle, readOnly, busy }: PermitChecklistProps) {
  const groups = useMemo(() => groupPermits(permits), [permits]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(groups.filter((g) => g.permits.some((p) => checked.has(p.id))).map((g) => g.id)));
  return (
    <div data-testid="permit-checklist">
      {groups.map((g) => {
        const count = g.permits.filter((p) => checked.has(p.id)).length;
        return (
          <ExpandableSection
            key={g.id}
            isExpanded={open.has(g.id)}
            onToggle={(_e, on) =>
              setOpen((cur) => {
                const next = new Set(cur);
                if (on) next.add(g.id);
                else next.delete(g.id);
                return next;
              })
            }
            toggleContent={
              <span>
                {g.title}{' '}
                <Badge isRead={count === 0} screenReaderText="permits granted">
                  {count}/{g.permits.length}
                </Badge>
              </span>
            }
            data-testid={`permit-group-${g.id}`}
          >
            <Flex direction={{ default: 'column' }} gap={{ default: 'gapXs' }} style={{ paddingLeft: 'var(--pf-t--global--spacer--lg)' }}>
              {g.permits.map((p) => (
                <FlexItem key={p.id}>
                  <Checkbox
                    id={`permit-${p.id}`}
                    label={permitLabel(p.name)}
                    description={p.administrative ? 'Administrative' : undefined}
                    isChecked={checked.has(p.id)}
                    isDisabled={readOnly || !onToggle || busy?.has(p.id)}
                    onChange={(_e, on) => onToggle?.(p, on)}
                    data-testid={`permit-${p.name}`}
                  />
                </FlexItem>
              ))}
            </Flex>
          </ExpandableSection>
        );
      })}
    </div>
  );
}
