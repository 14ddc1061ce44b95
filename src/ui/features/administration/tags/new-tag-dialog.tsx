// "New tag" on the Tags list, or "Assign tag" on an object's Tags tab: the same item kind
// (`tag`) means creating one in /tags but assigning one in `/vms/{id}/tags`.
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { AssignTagDialog } from './object-tags-dialog.tsx';
import { TagEditDialog } from './tag-edit-dialog.tsx';
import { findTag } from './tag-tree.ts';
import { useTagTree } from './use-tag-tree.ts';

export function NewTagDialog(props: CreateDialogProps) {
  const tree = useTagTree();
  if (props.parent && props.parent.kind !== 'tag') return <AssignTagDialog {...props} />;
  if (!tree.root) return null;
  const parent = (props.parent?.id && findTag(tree.root, props.parent.id)) || tree.root;
  return <TagEditDialog edit={{ mode: 'create', parent }} tagsHref={props.collectionHref} root={tree.root} onClose={props.onClose} />;
}
