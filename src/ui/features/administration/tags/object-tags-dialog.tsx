// "Tags" on a VM, host, template, user or group: the tags it carries (each removable, which
// unassigns it with a DELETE on the object's tags) and a picker over the tag tree to assign
// another (POST `<tag id>` to the object's tags).
import { Content, Form, FormGroup, FormSelect, FormSelectOption, Label, LabelGroup, Modal, ModalBody, ModalHeader, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useCollection } from '../../collections/api/get-collection.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import type { ActionDialogProps, CreateDialogProps } from '../../resources/extension-types.ts';
import { flattenTree } from './tag-tree.ts';
import { useTagTree } from './use-tag-tree.ts';

export function ObjectTagsDialog({ resource, onClose, onDone }: ActionDialogProps) {
  return <ObjectTags owner={resource} tagsHref={resource.links.tags} onClose={onClose} onChanged={onDone} />;
}

/** On an object's Tags tab, "Assign tag" opens the same dialog. */
export function AssignTagDialog({ collectionHref, parent, onClose }: CreateDialogProps) {
  return <ObjectTags owner={parent} tagsHref={collectionHref} onClose={onClose} />;
}

function ObjectTags({ owner, tagsHref, onClose, onChanged }: { owner?: Resource; tagsHref: string | undefined; onClose: () => void; onChanged?: () => void }) {
  const assigned = useCollection(tagsHref, {}, { poll: false });
  const tree = useTagTree();
  const assign = useCreateResource();
  const unassign = useRemoveResource();
  const [chosen, setChosen] = useState('');
  const items = useMemo(() => assigned.data?.items ?? [], [assigned.data]);
  const held = useMemo(() => new Set(items.map((t) => t.id)), [items]);
  const options = useMemo(() => (tree.root ? flattenTree(tree.root) : []), [tree.root]);
  const title = owner ? `Tags of ${displayName(owner)}` : 'Tags';

  const add = () => {
    if (!chosen || !tagsHref) return;
    assign.mutate({ collectionHref: tagsHref, kind: 'tag', fields: { id: chosen } }, { onSuccess: () => (setChosen(''), onChanged?.()) });
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="object-tags-title" data-testid="object-tags-dialog">
      <ModalHeader title={title} labelId="object-tags-title" />
      <ModalBody>
        <FaultAlert error={assign.error ?? unassign.error} testId="tags-fault" />
        {assigned.isPending ? (
          <Skeleton height="2rem" screenreaderText="Loading tags" />
        ) : items.length === 0 ? (
          <Content component="p" data-testid="no-tags">
            No tags assigned.
          </Content>
        ) : (
          <LabelGroup categoryName="Assigned" numLabels={20} data-testid="assigned-tags">
            {items.map((t) => (
              <Label
                key={t.id}
                color="blue"
                data-testid={`assigned-tag-${String(t.fields.name)}`}
                closeBtnAriaLabel={`Unassign ${String(t.fields.name)}`}
                onClose={unassign.isPending ? undefined : () => t.href && unassign.mutate({ href: t.href }, { onSuccess: () => onChanged?.() })}
              >
                {String(t.fields.name ?? t.id)}
              </Label>
            ))}
          </LabelGroup>
        )}
        <Form
          style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <FormGroup label="Assign a tag" fieldId="assign-tag">
            <FormSelect id="assign-tag" value={chosen} onChange={(_e, v) => setChosen(v)} data-testid="assign-tag-select" isDisabled={tree.isPending}>
              <FormSelectOption value="" label="Choose a tag" isPlaceholder />
              {options.map(({ tag, depth }) => (
                <FormSelectOption key={tag.id} value={tag.id} label={`${'\u00a0\u00a0'.repeat(depth)}${tag.name}`} isDisabled={held.has(tag.id)} />
              ))}
            </FormSelect>
          </FormGroup>
        </Form>
      </ModalBody>
      <DialogFooter label="Assign" cancelLabel="Close" busy={assign.isPending} disabled={!chosen} onConfirm={add} onCancel={onClose} testId="assign-tag-submit" />
    </Modal>
  );
}
