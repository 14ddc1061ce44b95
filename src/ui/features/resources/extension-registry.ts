// The one place that gathers every area's additions (extension-types.ts). Two areas may extend
// the same kind: records merge, lists concatenate, a later create wizard wins.
import { adminExtensions } from '../administration/admin-extensions.ts';
import { hostExtensions } from '../hosts/host-extensions.ts';
import { storageExtensions } from '../storage/storage-extensions.ts';
import { vmCreateExtensions } from '../vms/vm-create-extensions.ts';
import { vmExtensions } from '../vms/vm-extensions.ts';
import type { Extensions, KindExtension } from './extension-types.ts';

export function mergeExtensions(...sets: Extensions[]): Extensions {
  const out: Extensions = {};
  for (const set of sets) {
    for (const [kind, ext] of Object.entries(set)) {
      const cur: KindExtension = out[kind] ?? {};
      out[kind] = {
        create: ext.create ?? cur.create,
        actionDialogs: { ...cur.actionDialogs, ...ext.actionDialogs },
        extraActions: [...(cur.extraActions ?? []), ...(ext.extraActions ?? [])],
        panels: [...(cur.panels ?? []), ...(ext.panels ?? [])],
        tabs: { ...cur.tabs, ...ext.tabs },
        extraTabs: [...(cur.extraTabs ?? []), ...(ext.extraTabs ?? [])],
      };
    }
  }
  return out;
}

const registry = mergeExtensions(vmCreateExtensions, vmExtensions, hostExtensions, storageExtensions, adminExtensions);

const NONE: KindExtension = {};

export function extensionFor(kind: string | undefined): KindExtension {
  return (kind && registry[kind]) || NONE;
}
