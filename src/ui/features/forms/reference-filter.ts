// Which objects a reference field offers, given the object the form is about: a VM migrates
// to an up host of its own cluster other than the one it runs on; a host is approved into a
// cluster; disks move to active data domains. Unknown combinations offer everything.
import type { Resource, Structure } from '../../../api/resource.ts';
import { statusOf } from '../../lib/fields.ts';

export type ChoiceFilter = (candidate: Resource) => boolean;

const refId = (s: Structure | undefined, field: string): string | undefined => {
  const v = s?.fields[field];
  return v && typeof v === 'object' && !Array.isArray(v) ? v.id : undefined;
};

export function choiceFilter(subject: Structure | undefined, refType: string, path: string): ChoiceFilter {
  if (refType === 'host' && subject?.kind === 'vm' && (path === 'host' || path.startsWith('vm.placement_policy'))) {
    const cluster = refId(subject, 'cluster');
    const current = refId(subject, 'host');
    return (h) => statusOf(h) === 'up' && (!cluster || refId(h, 'cluster') === cluster) && (path !== 'host' || h.id !== current);
  }
  if (refType === 'host') return (h) => statusOf(h) === 'up';
  if (refType === 'storage_domain' && (subject?.kind === 'disk' || subject?.kind === 'vm')) {
    return (sd) => {
      const type = sd.fields.type;
      const status = statusOf(sd);
      return (type === undefined || type === 'data' || type === 'export') && (status === undefined || status === 'active');
    };
  }
  return () => true;
}
