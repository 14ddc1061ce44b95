// The engine's tags as a tree (tag-tree.ts), loaded through the entry point's `tags` link.
import { useMemo } from 'react';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { buildTagTree, ROOT_TAG_ID, tagsFromResources } from './tag-tree.ts';

export function useTagTree() {
  const { data: entry } = useEntryPoint();
  const href = entry?.links.tags;
  const list = useChoices(href);
  const rootId = entry?.specialObjects.root_tag?.id ?? ROOT_TAG_ID;
  const root = useMemo(() => (list.data ? buildTagTree(tagsFromResources(list.data.items), rootId) : undefined), [list.data, rootId]);
  return { root, href, error: list.error, isPending: list.isPending, refetch: list.refetch };
}
