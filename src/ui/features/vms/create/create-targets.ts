// The dialogs are registered by item kind, so the generic pages offer them on every list of
// that kind; the engine accepts new items only in some of those lists (api model: snapshot
// NICs, template disk attachments and a storage domain's VMs are read-only, an affinity
// group's VMs take existing VMs). These rules say where each dialog may POST.

/** Parents whose NIC list accepts new NICs. */
const NIC_OWNERS = new Set(['vm', 'template', 'instance_type']);

export function canAddNicTo(parentKind: string | undefined): boolean {
  return !!parentKind && NIC_OWNERS.has(parentKind);
}

/** Only a VM's disk attachments accept a new disk. */
export function canAddDiskTo(parentKind: string | undefined): boolean {
  return parentKind === 'vm';
}

/** A new VM goes to the given list when it is the top-level one (or a cluster's); from any
 * other VM list (an affinity group's, a storage domain's) it goes to the top-level list. */
export function vmCollectionFor(collectionHref: string, parentKind: string | undefined, topLevelHref: string | undefined): string | undefined {
  if (!parentKind || parentKind === 'cluster') return collectionHref;
  return topLevelHref;
}
