// A link to an object an operation just made or handed out, named once it can be read.
import type { Structure } from '../../../../api/resource.ts';
import { HrefLink } from '../../../components/href-link.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { displayName, statusOf } from '../../../lib/fields.ts';
import { isTransitional } from '../../../lib/status.ts';
import { useResource } from '../../resources/api/get-resource.ts';

export function CreatedLink({ value, fallbackName }: { value: Structure; fallbackName?: string }) {
  // Follow it while it changes: a new VM or template is locked until its disks are copied, an
  // allocated VM is still starting.
  const { data } = useResource(value.href, { refetchInterval: (q) => (!q.state.data || isTransitional(statusOf(q.state.data)) ? 1000 : false) });
  const status = data ? statusOf(data) : undefined;
  const name = data ? displayName(data) : (fallbackName ?? value.id ?? '');
  return (
    <span data-testid="created-link">
      {value.href ? <HrefLink href={value.href}>{name}</HrefLink> : name}
      {status && (
        <>
          {' '}
          <StatusLabel status={status} />
        </>
      )}
    </span>
  );
}
