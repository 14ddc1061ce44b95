// Edit and Remove on a detail page, for the types that have forms (and Remove for the
// sub-objects admins delete often). Remove follows the §8 status rules (a running VM cannot
// be removed), so the button is disabled rather than answered with a fault.
import { Button, Flex, FlexItem } from '@patternfly/react-core';
import { useState } from 'react';
import { isActionEnabled } from '../../../api/actions.ts';
import type { Resource } from '../../../api/resource.ts';
import { statusOf } from '../../lib/fields.ts';
import { EntityFormModal } from '../forms/entity-form-modal.tsx';
import { hasEntityForm } from '../forms/entity-fields.ts';
import { RemoveDialog } from '../forms/remove-dialog.tsx';

const REMOVABLE = new Set(['nic', 'snapshot', 'permission', 'disk_attachment', 'vm_pool', 'affinity_group', 'affinity_label', 'quota', 'instance_type', 'event', 'user', 'group', 'mac_pool', 'cpu_profile', 'disk_profile', 'qos']);

export function EditRemoveButtons({ resource }: { resource: Resource }) {
  const [open, setOpen] = useState<'edit' | 'remove' | null>(null);
  const editable = hasEntityForm(resource.kind);
  const removable = editable || REMOVABLE.has(resource.kind);
  if (!resource.href || (!editable && !removable)) return null;
  const canRemove = isActionEnabled(resource.kind, statusOf(resource), 'remove');
  return (
    <>
      <Flex gap={{ default: 'gapSm' }}>
        {editable && (
          <FlexItem>
            <Button variant="secondary" size="sm" onClick={() => setOpen('edit')} data-testid="edit-button">
              Edit
            </Button>
          </FlexItem>
        )}
        <FlexItem>
          <Button variant="secondary" isDanger size="sm" onClick={() => setOpen('remove')} isDisabled={!canRemove} data-testid="remove-button">
            Remove
          </Button>
        </FlexItem>
      </Flex>
      {open === 'edit' && <EntityFormModal mode="edit" kind={resource.kind} resource={resource} onClose={() => setOpen(null)} />}
      {open === 'remove' && <RemoveDialog resource={resource} onClose={() => setOpen(null)} />}
    </>
  );
}
