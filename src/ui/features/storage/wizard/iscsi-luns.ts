// The LUNs a host sees behind one iSCSI target, from its `storage` sub-collection
// (host_storage items, each with `logical_units`).
import type { Resource } from '../../../../api/resource.ts';
import { isStructure, unwrapList } from '../../../lib/fields.ts';

export interface Lun {
  id: string;
  size?: number;
  label: string;
  /** Already part of a storage domain (a volume group): not offered. */
  used: boolean;
}

export function lunsOf(items: Resource[], target: string): Lun[] {
  const out: Lun[] = [];
  for (const item of items) {
    const units = unwrapList(item.fields.logical_units);
    if (!Array.isArray(units)) continue;
    for (const u of units) {
      if (!isStructure(u) || !u.id) continue;
      // A LUN that names no target is shown: older engines leave it out.
      if (target && typeof u.fields.target === 'string' && u.fields.target !== target) continue;
      const size = typeof u.fields.size === 'number' ? u.fields.size : undefined;
      const product = [u.fields.vendor_id, u.fields.product_id].filter((x) => typeof x === 'string').join(' ');
      const used = u.fields.status === 'used' || typeof u.fields.volume_group_id === 'string' || typeof u.fields.storage_domain_id === 'string';
      out.push({ id: u.id, size, label: product ? `${u.id} (${product})` : u.id, used });
    }
  }
  // Free LUNs first, then in their mapping order as the storage lists them.
  return out.sort((a, b) => Number(a.used) - Number(b.used) || collator.compare(a.label, b.label));
}

const collator = new Intl.Collator('en', { numeric: true });
