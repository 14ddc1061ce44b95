// Links from an event to the objects it names (VM, host, cluster …). Events carry only ids,
// so the links are labelled by kind; the engine's description already names them.
import type { Resource, Structure } from '../../../api/resource.ts';
import { HrefLink } from '../../components/href-link.tsx';
import { useT } from '../../i18n/use-t.ts';

const REFS: Array<{ field: string; rel: string; fallback: string }> = [
  { field: 'vm', rel: 'vms', fallback: 'VM' },
  { field: 'host', rel: 'hosts', fallback: 'Host' },
  { field: 'cluster', rel: 'clusters', fallback: 'Cluster' },
  { field: 'data_center', rel: 'datacenters', fallback: 'Data center' },
  { field: 'storage_domain', rel: 'storagedomains', fallback: 'Storage domain' },
  { field: 'template', rel: 'templates', fallback: 'Template' },
  { field: 'user', rel: 'users', fallback: 'User' },
];

export function eventRefs(e: Pick<Resource, 'fields'>): Array<{ field: string; rel: string; fallback: string; href: string }> {
  return REFS.flatMap((r) => {
    const v = e.fields[r.field];
    const href = v && typeof v === 'object' && !Array.isArray(v) ? (v as Structure).href : undefined;
    return href ? [{ ...r, href }] : [];
  });
}

export function EventRefs({ event }: { event: Resource }) {
  const t = useT();
  const refs = eventRefs(event);
  return (
    <span className="vantage-event-refs">
      {refs.map((r, i) => (
        <span key={r.field}>
          {i > 0 && ' · '}
          <HrefLink href={r.href} data-testid={`event-ref-${r.field}`}>
            {t.dyn(`kind.${r.field}`, r.fallback)}
          </HrefLink>
        </span>
      ))}
    </span>
  );
}
