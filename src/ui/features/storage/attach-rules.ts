// What an administrator may do with a storage domain in one data center, from its status
// there (api-reference §8: activate from inactive/maintenance, deactivate from active,
// detach only from maintenance), and which domains a data center can take. The engine has
// the last word; these rules only keep buttons that would certainly be refused disabled.
import type { Resource, Structure } from '../../../api/resource.ts';
import { isReference, statusOf, unwrapList } from '../../lib/fields.ts';

export type AttachedVerb = 'activate' | 'deactivate' | 'detach';

const ACCEPTS: Record<AttachedVerb, string[]> = {
  activate: ['inactive', 'maintenance', 'preparing_for_maintenance', 'unknown'],
  deactivate: ['active', 'inactive', 'activating'],
  detach: ['maintenance'],
};

export function canDo(verb: AttachedVerb, statusInDc: string | undefined): boolean {
  return !!statusInDc && ACCEPTS[verb].includes(statusInDc);
}

/** Why a verb is not offered, for the button's tooltip. */
export function whyNot(verb: AttachedVerb, statusInDc: string | undefined): string | undefined {
  if (canDo(verb, statusInDc)) return undefined;
  const now = statusInDc ? statusInDc.replace(/_/g, ' ') : 'unknown';
  if (verb === 'detach') return `Put the domain in maintenance before detaching it (it is ${now}).`;
  return `Not possible while the domain is ${now}.`;
}

/** Domain function (`data`, `iso`, `export`) of a storage domain. */
export function domainType(sd: Resource): string {
  return typeof sd.fields.type === 'string' ? sd.fields.type : '';
}

export function storageTypeOf(sd: Resource): string {
  const storage = sd.fields.storage;
  const t = storage && typeof storage === 'object' && !Array.isArray(storage) ? storage.fields.type : undefined;
  return typeof t === 'string' ? t : '';
}

/**
 * Domains a data center can take: those attached nowhere (top-level status `unattached`),
 * at most one ISO and one export domain per data center, local storage only in local data
 * centers and never elsewhere.
 */
export function attachableDomains(all: Resource[], attached: Resource[], dc: Resource | undefined): Resource[] {
  const taken = new Set(attached.map((a) => a.id));
  const hasType = (t: string) => attached.some((a) => domainType(a) === t);
  const local = dc?.fields.local === true;
  return all.filter((sd) => {
    if (taken.has(sd.id)) return false;
    if (statusOf(sd) !== 'unattached') return false;
    const t = domainType(sd);
    if ((t === 'iso' || t === 'export') && hasType(t)) return false;
    return (storageTypeOf(sd) === 'localfs') === local;
  });
}

/** References to the data centers a domain is attached to (`data_centers`, wrapped or not). */
export function dataCenterRefs(sd: Resource): (Structure & { href: string })[] {
  const list = unwrapList(sd.fields.data_centers);
  return Array.isArray(list) ? list.filter(isReference) : [];
}
