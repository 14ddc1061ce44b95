import { describe, expect, it } from 'vitest';
import { buildTagTree, findTag, flattenTree, ROOT_TAG_ID, subtreeIds, tagsFromResources, type TagLike } from './tag-tree.ts';

const tags: TagLike[] = [
  { id: 'b', name: 'team', parentId: ROOT_TAG_ID },
  { id: 'c', name: 'team-web', parentId: 'b' },
  { id: 'a', name: 'production', parentId: ROOT_TAG_ID },
  { id: ROOT_TAG_ID, name: 'root' },
  { id: 'd', name: 'team-data', parentId: 'b' },
  { id: 'e', name: 'orphan', parentId: 'gone' },
];

describe('buildTagTree', () => {
  it('nests tags under their parents, sorted by name, orphans under the root', () => {
    const root = buildTagTree(tags);
    expect(root.name).toBe('root');
    expect(root.children.map((t) => t.name)).toEqual(['orphan', 'production', 'team']);
    expect(findTag(root, 'b')?.children.map((t) => t.name)).toEqual(['team-data', 'team-web']);
  });
  it('synthesises the root and survives parent loops', () => {
    const root = buildTagTree([
      { id: 'x', name: 'x', parentId: 'y' },
      { id: 'y', name: 'y', parentId: 'x' },
    ]);
    expect(root.id).toBe(ROOT_TAG_ID);
    expect(flattenTree(root).map((n) => n.tag.id).sort()).toEqual(['x', 'y']);
  });
});

describe('flattenTree and subtreeIds', () => {
  it('lists depth-first with depths', () => {
    const root = buildTagTree(tags);
    expect(flattenTree(root).map((n) => `${n.depth}:${n.tag.name}`)).toEqual(['0:orphan', '0:production', '0:team', '1:team-data', '1:team-web']);
    expect(flattenTree(root, true)[0]).toMatchObject({ depth: 0, tag: { name: 'root' } });
    expect([...subtreeIds(findTag(root, 'b')!)].sort()).toEqual(['b', 'c', 'd']);
  });
});

describe('tagsFromResources', () => {
  it('reads the parent reference', () => {
    const out = tagsFromResources([
      { id: 't1', href: '/api/tags/t1', fields: { name: 'web', description: 'Web', parent: { id: ROOT_TAG_ID, fields: {} } } },
      { id: ROOT_TAG_ID, fields: { name: 'root' } },
      { fields: { name: 'no id' } },
    ]);
    expect(out).toEqual([
      { id: 't1', name: 'web', parentId: ROOT_TAG_ID, href: '/api/tags/t1', description: 'Web' },
      { id: ROOT_TAG_ID, name: 'root' },
    ]);
  });
});
