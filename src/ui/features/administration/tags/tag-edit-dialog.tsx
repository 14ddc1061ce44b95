// New tag (under a chosen parent) or rename: name and description, one POST to the tags
// collection with `parent`, or one PUT on the tag.
import { FormGroup, FormSelect, FormSelectOption, Modal, ModalBody, ModalHeader } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useUpdateResource } from '../../forms/api/update-resource.ts';
import { NameDescriptionForm } from '../name-description-form.tsx';
import { flattenTree, type TagNode } from './tag-tree.ts';

export type TagEdit = { mode: 'create'; parent: TagNode } | { mode: 'rename'; tag: TagNode };

export function TagEditDialog({ edit, tagsHref, root, onClose }: { edit: TagEdit; tagsHref: string; root: TagNode; onClose: () => void }) {
  const [name, setName] = useState(edit.mode === 'rename' ? edit.tag.name : '');
  const [description, setDescription] = useState(edit.mode === 'rename' ? (edit.tag.description ?? '') : '');
  const [parentId, setParentId] = useState(edit.mode === 'create' ? edit.parent.id : '');
  const create = useCreateResource();
  const update = useUpdateResource();
  const toast = useToast();
  const options = useMemo(() => flattenTree(root, true), [root]);
  const busy = create.isPending || update.isPending;
  const valid = name.trim() !== '';

  const submit = () => {
    if (!valid) return;
    const done = (title: string) => () => {
      toast({ variant: 'success', title });
      onClose();
    };
    if (edit.mode === 'create') {
      create.mutate(
        { collectionHref: tagsHref, kind: 'tag', fields: { name: name.trim(), ...(description.trim() ? { description: description.trim() } : {}), parent: { id: parentId } } },
        { onSuccess: done(`Tag ${name.trim()} created`) },
      );
    } else if (edit.tag.href) {
      update.mutate({ href: edit.tag.href, kind: 'tag', fields: { name: name.trim(), description: description.trim() } }, { onSuccess: done(`Tag ${name.trim()} saved`) });
    }
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="tag-edit-title" data-testid="tag-edit-dialog">
      <ModalHeader title={edit.mode === 'create' ? 'New tag' : `Rename tag ${edit.tag.name}`} labelId="tag-edit-title" />
      <ModalBody>
        <FaultAlert error={create.error ?? update.error} testId="tag-fault" />
        <NameDescriptionForm id="tag-edit-form" prefix="tag" name={name} description={description} onName={setName} onDescription={setDescription} onSubmit={submit}>
          {edit.mode === 'create' && (
            <FormGroup label="Parent" fieldId="tag-parent">
              <FormSelect id="tag-parent" value={parentId} onChange={(_e, v) => setParentId(v)} data-testid="tag-parent">
                {options.map(({ tag, depth }) => (
                  <FormSelectOption key={tag.id} value={tag.id} label={`${'\u00a0\u00a0'.repeat(depth)}${tag.name}`} />
                ))}
              </FormSelect>
            </FormGroup>
          )}
        </NameDescriptionForm>
      </ModalBody>
      <DialogFooter label={edit.mode === 'create' ? 'Create' : 'Save'} busy={busy} disabled={!valid} onConfirm={submit} onCancel={onClose} testId="tag-edit-submit" />
    </Modal>
  );
}
