// The actions the selected items share, as the detail page shows them: the portal's common
// ones as buttons, the rest in an overflow menu; each disabled (with the reason) while any
// selected item's status refuses it.
import { Button, Dropdown, DropdownItem, DropdownList, MenuToggle, ToolbarGroup, ToolbarItem, Tooltip } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { actionLabel, splitActions } from '../../../app/action-rules.ts';
import { displayName } from '../../../lib/fields.ts';
import { commonActions, type BulkAction } from './bulk-actions.ts';

export function BulkActionButtons({ items, onRun }: { items: Resource[]; onRun: (action: string) => void }) {
  const [menuOpen, setMenuOpen] = useState(false);
  if (items.length === 0) return null;
  const kind = items[0].kind;
  const actions = commonActions(items);
  if (actions.length === 0) return null;
  const { primary } = splitActions(
    kind,
    actions.map((a) => a.name),
  );
  const main = actions.filter((a) => primary.includes(a.name));
  const rest = actions.filter((a) => !primary.includes(a.name));
  const why = (a: BulkAction) => `Not possible for ${a.refusedBy.map((it) => displayName(it)).slice(0, 5).join(', ')}${a.refusedBy.length > 5 ? ` and ${a.refusedBy.length - 5} more` : ''} in their current status`;
  return (
    <ToolbarGroup variant="action-group" data-testid="bulk-actions">
      {main.map((a) => {
        const button = (
          <Button variant="secondary" size="sm" isAriaDisabled={a.refusedBy.length > 0} onClick={() => onRun(a.name)} data-testid={`bulk-action-${a.name}`}>
            {actionLabel(kind, a.name)}
          </Button>
        );
        return <ToolbarItem key={a.name}>{a.refusedBy.length ? <Tooltip content={why(a)}>{button}</Tooltip> : button}</ToolbarItem>;
      })}
      {rest.length > 0 && (
        <ToolbarItem>
          <Dropdown
            isOpen={menuOpen}
            onOpenChange={setMenuOpen}
            onSelect={() => setMenuOpen(false)}
            toggle={(ref) => <MenuToggle ref={ref} variant="plain" aria-label="More actions for the selection" isExpanded={menuOpen} onClick={() => setMenuOpen((o) => !o)} icon={<EllipsisVIcon />} />}
          >
            <DropdownList>
              {rest.map((a) => (
                <DropdownItem key={a.name} isAriaDisabled={a.refusedBy.length > 0} tooltipProps={a.refusedBy.length ? { content: why(a) } : undefined} onClick={() => onRun(a.name)} data-testid={`bulk-action-${a.name}`}>
                  {actionLabel(kind, a.name)}
                </DropdownItem>
              ))}
            </DropdownList>
          </Dropdown>
        </ToolbarItem>
      )}
    </ToolbarGroup>
  );
}
