/**
 * Canonical hrefs. A type that the root service exposes as a top-level collection has one
 * canonical place (`vm` → /ovirt-engine/api/vms/{id}); references to such objects always point
 * there, whatever path the referring object was read from.
 */
import type { ApiModel } from '../model/api-model.ts';

export const API_BASE = '/ovirt-engine/api';

const cache = new WeakMap<ApiModel, Map<string, string>>();

/** Top-level collection segment of a type (`vm` → `vms`, `storage_domain` → `storagedomains`). */
export function topSegment(model: ApiModel, typeName: string): string | undefined {
  let map = cache.get(model);
  if (!map) {
    map = new Map();
    for (const loc of model.subLocators(model.root)) {
      const svc = model.service(loc.service);
      if (svc?.role === 'collection' && svc.type && !map.has(svc.type)) map.set(svc.type, loc.path);
    }
    cache.set(model, map);
  }
  return map.get(typeName);
}

export function canonicalHref(model: ApiModel, typeName: string, id: string): string | undefined {
  const seg = topSegment(model, typeName);
  return seg ? `${API_BASE}/${seg}/${encodeURIComponent(id)}` : undefined;
}
