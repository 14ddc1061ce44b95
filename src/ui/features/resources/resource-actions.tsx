// The resource's actions as toolbar buttons (the common ones) and an overflow menu (the
// rest), enabled by status; each asks for confirmation, then runs and reports.
import { Button, Dropdown, DropdownItem, DropdownList, Flex, FlexItem, MenuToggle } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { actionLabel, isActionEnabled, splitActions } from '../../app/action-rules.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName, statusOf } from '../../lib/fields.ts';
import { humanize, kindTitle } from '../../lib/titles.ts';
import { useRunAction } from './api/run-action.ts';
import { ConfirmActionModal } from './confirm-action-modal.tsx';

export function ResourceActions({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const names = Object.keys(resource.actions);
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const run = useRunAction();
  const toast = useToast();
  if (names.length === 0 || !resource.href) return null;

  const status = statusOf(resource);
  const { primary, more } = splitActions(resource.kind, names);
  const name = displayName(resource);
  const enabled = (a: string) => isActionEnabled(resource.kind, a, status);
  const open = (a: string) => {
    run.reset();
    setPending(a);
    setMenuOpen(false);
  };
  const confirm = () => {
    if (!pending || !resource.href) return;
    const label = actionLabel(resource.kind, pending);
    run.mutate(
      { href: resource.href, name: pending },
      {
        onSuccess: (result) => {
          setPending(null);
          onDone();
          toast({
            variant: result.status === 'failed' ? 'warning' : 'success',
            title: `${label}: ${name}`,
            body: result.status === 'complete' ? 'The engine accepted the request.' : `Engine status: ${humanize(result.status)}.`,
          });
        },
      },
    );
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
      {pending && (
        <ConfirmActionModal
          label={actionLabel(resource.kind, pending)}
          objectName={name}
          kindTitle={kindTitle(resource.kind)}
          isRunning={run.isPending}
          error={run.error}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
