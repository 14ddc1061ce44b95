// The resource's actions as toolbar buttons (the common ones) and an overflow menu (the
// rest), enabled by status; each opens a dialog that asks for its parameters (or just for
// confirmation), then runs and reports.
import { Button, Dropdown, DropdownItem, DropdownList, Flex, FlexItem, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { Suspense, useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { isActionEnabled } from '../../../api/actions.ts';
import { actionLabel, splitActions } from '../../app/action-rules.ts';
import { statusOf } from '../../lib/fields.ts';
import { ActionDialog } from '../forms/action-dialog.tsx';
import { extensionFor } from './extension-registry.ts';

export function ResourceActions({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const names = Object.keys(resource.actions);
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const ext = extensionFor(resource.kind);
  const extras = (ext.extraActions ?? []).filter((x) => x.shown?.(resource) ?? true);
  if ((names.length === 0 && extras.length === 0) || !resource.href) return null;

  const status = statusOf(resource);
  const { primary, more } = splitActions(resource.kind, names);
  const extraPrimary = extras.filter((x) => x.primary);
  const extraMore = extras.filter((x) => !x.primary);
  // A dialog stays open even when its own result hides its button (Run once on a VM now up).
  const extra = (ext.extraActions ?? []).find((x) => x.id === pending);
  const Dialog = extra?.dialog ?? (pending ? ext.actionDialogs?.[pending] : undefined) ?? ActionDialog;
  const label = extra?.label ?? (pending ? actionLabel(resource.kind, pending) : '');
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
        {extraPrimary.map((x) => (
          <FlexItem key={x.id}>
            <Button variant="secondary" size="sm" onClick={() => open(x.id)} data-testid={`action-${x.id}`}>
              {x.label}
            </Button>
          </FlexItem>
        ))}
        {more.length + extraMore.length > 0 && (
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
                {extraMore.map((x) => (
                  <DropdownItem key={x.id} onClick={() => open(x.id)} data-testid={`action-${x.id}`}>
                    {x.label}
                  </DropdownItem>
                ))}
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
      {pending && (
        <Suspense fallback={null}>
          <Dialog key={pending} resource={resource} action={pending} label={label} onClose={() => setPending(null)} onDone={onDone} />
        </Suspense>
      )}
    </>
  );
}
