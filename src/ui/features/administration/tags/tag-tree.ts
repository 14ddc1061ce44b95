// The engine lists tags flat, each naming its `parent`; the portal shows them as a tree under
// the root tag (the zero UUID). A tag whose parent is missing hangs under the root, so no tag
// disappears from the tree.

export const ROOT_TAG_ID = '00000000-0000-0000-0000-000000000000';

export interface TagLike {
  id: string;
  name: string;
  parentId?: string;
  href?: string;
  description?: string;
}

export interface TagNode extends TagLike {
  children: TagNode[];
}

/** The tree under the root tag; the root is synthesised when the list lacks it. */
export function buildTagTree(tags: readonly TagLike[], rootId = ROOT_TAG_ID): TagNode {
  const nodes = new Map<string, TagNode>();
  for (const t of tags) nodes.set(t.id, { ...t, children: [] });
  const root = nodes.get(rootId) ?? { id: rootId, name: 'root', children: [] };
  nodes.set(rootId, root);
  for (const node of nodes.values()) {
    if (node.id === rootId) continue;
    let parent = node.parentId && node.parentId !== node.id ? nodes.get(node.parentId) : undefined;
    // A parent chain that loops back would hide both tags; hang the tag under the root instead.
    if (parent && isAncestor(node, parent, nodes)) parent = undefined;
    (parent ?? root).children.push(node);
  }
  const sort = (n: TagNode) => {
    n.children.sort((a, b) => a.name.localeCompare(b.name));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

function isAncestor(node: TagNode, candidate: TagNode, nodes: Map<string, TagNode>): boolean {
  const seen = new Set<string>();
  let cur: TagNode | undefined = candidate;
  while (cur && !seen.has(cur.id)) {
    if (cur.id === node.id) return true;
    seen.add(cur.id);
    cur = cur.parentId ? nodes.get(cur.parentId) : undefined;
  }
  return false;
}

export function findTag(root: TagNode, id: string): TagNode | undefined {
  if (root.id === id) return root;
  for (const c of root.children) {
    const hit = findTag(c, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Depth-first list with depths, for pickers that show the hierarchy by indentation. */
export function flattenTree(root: TagNode, includeRoot = false): Array<{ tag: TagNode; depth: number }> {
  const out: Array<{ tag: TagNode; depth: number }> = [];
  const walk = (n: TagNode, depth: number) => {
    out.push({ tag: n, depth });
    n.children.forEach((c) => walk(c, depth + 1));
  };
  if (includeRoot) walk(root, 0);
  else root.children.forEach((c) => walk(c, 0));
  return out;
}

/** Ids of a tag and everything under it (a tag cannot move below itself). */
export function subtreeIds(node: TagNode): Set<string> {
  const ids = new Set<string>();
  const walk = (n: TagNode) => {
    ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return ids;
}

/** Tags as the engine lists them (`parent` a reference) → tree input. */
export function tagsFromResources(items: ReadonlyArray<{ id?: string; href?: string; fields: Record<string, unknown> }>): TagLike[] {
  return items
    .filter((t) => !!t.id)
    .map((t) => {
      const parent = t.fields.parent as { id?: unknown } | undefined;
      return {
        id: t.id!,
        name: String(t.fields.name ?? t.id),
        ...(parent && typeof parent.id === 'string' ? { parentId: parent.id } : {}),
        ...(t.href ? { href: t.href } : {}),
        ...(typeof t.fields.description === 'string' ? { description: t.fields.description } : {}),
      };
    });
}
