// The tag tree on a tag's page (the whole tree on the root tag's page, which the navigation
// opens): each tag with New child, Rename and Remove, as the portal's Tags pane offers.
import { Button, Card, CardBody, CardTitle, Content, Skeleton, TreeView, type TreeViewDataItem } from '@patternfly/react-core';
import PencilAltIcon from '@patternfly/react-icons/dist/esm/icons/pencil-alt-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import TrashIcon from '@patternfly/react-icons/dist/esm/icons/trash-icon';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRouteOf } from '../../../components/api-base-context.ts';
import { ConfirmRemove } from '../../../components/confirm-remove.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import type { PanelProps } from '../../resources/extension-types.ts';
import { TagEditDialog, type TagEdit } from './tag-edit-dialog.tsx';
import { findTag, subtreeIds, type TagNode } from './tag-tree.ts';
import { useTagTree } from './use-tag-tree.ts';

export function TagTreePanel({ resource }: PanelProps) {
  const tree = useTagTree();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const [edit, setEdit] = useState<TagEdit | null>(null);
  const [removing, setRemoving] = useState<TagNode | null>(null);
  const here = tree.root && resource.id ? findTag(tree.root, resource.id) : undefined;
  const isRoot = !!here && here.id === tree.root?.id;

  const data = useMemo(() => {
    const toItem = (n: TagNode, top: boolean): TreeViewDataItem => ({
      id: n.id,
      name: <span data-testid={`tag-node-${n.name}`}>{n.name}</span>,
      defaultExpanded: true,
      ...(n.children.length ? { children: n.children.map((c) => toItem(c, false)) } : {}),
      action: (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Button variant="plain" size="sm" icon={<PlusCircleIcon />} aria-label={`New tag under ${n.name}`} onClick={() => setEdit({ mode: 'create', parent: n })} data-testid={`tag-add-${n.name}`} />
          {!(top && isRoot) && (
            <>
              <Button variant="plain" size="sm" icon={<PencilAltIcon />} aria-label={`Rename ${n.name}`} onClick={() => setEdit({ mode: 'rename', tag: n })} data-testid={`tag-rename-${n.name}`} />
              <Button variant="plain" size="sm" icon={<TrashIcon />} aria-label={`Remove ${n.name}`} onClick={() => setRemoving(n)} data-testid={`tag-remove-${n.name}`} />
            </>
          )}
        </span>
      ),
    });
    return here ? [toItem(here, true)] : [];
  }, [here, isRoot]);

  return (
    <Card isCompact style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} data-testid="tag-tree-panel">
      <CardTitle>{isRoot ? 'Tags' : 'Tag tree'}</CardTitle>
      <CardBody>
        {tree.error ? (
          <ErrorState error={tree.error} what="tags" onRetry={() => tree.refetch()} />
        ) : tree.isPending ? (
          <Skeleton height="6rem" screenreaderText="Loading tags" />
        ) : (
          <TreeView
            data={data}
            hasGuides
            aria-label="Tag tree"
            onSelect={(_e, item) => {
              const node = tree.root && item.id ? findTag(tree.root, item.id) : undefined;
              const route = routeOf(node?.href);
              if (route && node?.id !== resource.id) navigate(route);
            }}
          />
        )}
      </CardBody>
      {edit && tree.root && tree.href && <TagEditDialog edit={edit} tagsHref={tree.href} root={tree.root} onClose={() => setEdit(null)} />}
      {removing && <RemoveTagDialog tag={removing} onClose={() => setRemoving(null)} />}
    </Card>
  );
}

/** The tag's subtree, children before parents: the order to remove it in. */
function bottomUp(tag: TagNode): TagNode[] {
  return [...tag.children.flatMap(bottomUp), tag];
}

function RemoveTagDialog({ tag, onClose }: { tag: TagNode; onClose: () => void }) {
  const remove = useRemoveResource();
  const toast = useToast();
  const below = subtreeIds(tag).size - 1;
  // A real engine removes a tag's children with it; removing them first gives the same
  // result on engines that would leave them orphaned.
  const removeAll = async () => {
    for (const t of bottomUp(tag)) if (t.href) await remove.mutateAsync({ href: t.href });
    toast({ variant: 'success', title: `Tag ${tag.name} removed` });
    onClose();
  };
  return (
    <ConfirmRemove
      id="remove-tag"
      title={`Remove tag ${tag.name}`}
      error={remove.error}
      busy={remove.isPending}
      disabled={!tag.href}
      onConfirm={() => {
        removeAll().catch(() => undefined);
      }}
      onClose={onClose}
    >
      <Content component="p">
        Remove <strong>{tag.name}</strong>
        {below === 0 ? '' : below === 1 ? ' and the tag under it' : ` and the ${below} tags under it`}? Objects carrying {below ? 'them' : 'it'} lose the tag.
      </Content>
    </ConfirmRemove>
  );
}
