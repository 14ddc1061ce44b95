// The resource's actions as toolbar buttons (the common ones) and an overflow menu (the
// rest), enabled by status; each opens a dialog that asks for its parameters (or just for
// confirmation), then runs and reports.
import { Button, Dropdown, DropdownItem, DropdownList, Flex, FlexItem, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { isActionEnabled } from '../../../api/actions.ts';
import { actionLabel, splitActions } from '../../app/action-rules.ts';
import { statusOf } from '../../lib/fields.ts';
import { ActionDialog } from '../forms/action-dialog.tsx';

export function ResourceActions({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const names = Object.keys(resource.actions);
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  if (names.length === 0 || !resource.href) return null;

  const status = statusOf(resource);
  const { primary, more } = splitActions(resource.kind, names);
  const enabled = (a: string) => isActionEnabled(resource.kind, status, a);
  const open = (a: string) => {
    setPending(a);
    setMenuOpen(false);
  };

  return (
    <>
      <Flex gap={{ default: 'gapSm' }} data-testid="resource-actions">
        {primary.map((a) => (
          <FlexItem key={a}>
            <Button variant="secondary" size="sm" isDisabled={!enabled(a)} onClick={() => open(a)} data-testid={`action-${a}`}>
              {actionLabel(resource.kind, a)}
            </Button>
          </FlexItem>
        ))}
        {more.length > 0 && (
          <FlexItem>
            <Dropdown
              isOpen={menuOpen}
              onOpenChange={setMenuOpen}
              popperProps={{ position: 'right' }}
              toggle={(ref) => (
                <MenuToggle ref={ref} variant="plain" aria-label="More actions" isExpanded={menuOpen} onClick={() => setMenuOpen((o) => !o)} icon={<EllipsisVIcon />} />
              )}
            >
              <DropdownList>
                {more.map((a) => (
                  <DropdownItem key={a} isDisabled={!enabled(a)} onClick={() => open(a)} data-testid={`action-${a}`}>
                    {actionLabel(resource.kind, a)}
                  </DropdownItem>
                ))}
              </DropdownList>
            </Dropdown>
          </FlexItem>
        )}
      </Flex>
      {pending && <ActionDialog key={pending} resource={resource} action={pending} label={actionLabel(resource.kind, pending)} onClose={() => setPending(null)} onDone={onDone} />}
    </>
  );
}
