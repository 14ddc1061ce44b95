// A role's permits as a checklist grouped by object type. Custom roles change at once (each
// box is a POST or DELETE on the role's permits); built-in roles are shown read-only, as the
// engine keeps them.
import { Alert, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { describeError } from '../../../app/api-errors.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { useCollection } from '../../collections/api/get-collection.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import type { TabProps } from '../../resources/extension-types.ts';
import { usePermitCatalog } from '../api/get-permit-catalog.ts';
import { permitsForRoleType, type PermitInfo } from './permit-groups.ts';
import { PermitChecklist } from './permit-checklist.tsx';

export function RolePermitsTab({ resource, href }: TabProps) {
  const { data: entry } = useEntryPoint();
  const catalog = usePermitCatalog(entry?.links.clusterlevels);
  const held = useCollection(href, { max: 1000 }, { poll: false });
  const add = useCreateResource();
  const remove = useRemoveResource();
  // What the admin just asked for, shown at once while the engine applies it.
  const [desired, setDesired] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const mutable = resource.fields.mutable === true;
  const administrative = resource.fields.administrative === true;

  const heldItems = useMemo(() => held.data?.items ?? [], [held.data]);
  const checked = useMemo(() => {
    const ids = new Set(heldItems.map((p) => p.id ?? ''));
    for (const [id, on] of desired) {
      if (on) ids.add(id);
      else ids.delete(id);
    }
    return ids;
  }, [heldItems, desired]);
  const busy = useMemo(() => new Set(desired.keys()), [desired]);
  const shown = useMemo(() => {
    const all = permitsForRoleType(catalog.data ?? [], administrative);
    // A permit the role holds stays visible even when the role type would not offer it.
    const extra = heldItems.filter((p) => p.id && !all.some((x) => x.id === p.id)).map((p) => ({ id: p.id ?? '', name: String(p.fields.name ?? p.id), administrative: p.fields.administrative === true }));
    return [...all, ...extra];
  }, [catalog.data, administrative, heldItems]);

  const toggle = (permit: PermitInfo, on: boolean) => {
    setError(null);
    setDesired((cur) => new Map(cur).set(permit.id, on));
    // Settles after the permits list has been refetched, so the box does not flicker back.
    const done = () =>
      setDesired((cur) => {
        const next = new Map(cur);
        next.delete(permit.id);
        return next;
      });
    if (on) {
      add.mutate({ collectionHref: href, kind: 'permit', fields: { id: permit.id } }, { onError: setError, onSettled: done });
    } else {
      const item = heldItems.find((p) => p.id === permit.id);
      if (!item?.href) return done();
      remove.mutate({ href: item.href }, { onError: setError, onSettled: done });
    }
  };

  if (catalog.error || held.error) return <ErrorState error={catalog.error ?? held.error} what="the role's permits" onRetry={() => (catalog.error ? catalog.refetch() : held.refetch())} />;
  if (catalog.isPending || held.isPending) return <Skeleton height="10rem" screenreaderText="Loading permits" />;
  const fault = error ? describeError(error) : null;
  return (
    <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }} data-testid="role-permits">
      {!mutable && (
        <Alert variant="info" isInline isPlain title="Built-in role: its permits cannot be changed. Create a new role to choose permits of your own." style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} />
      )}
      {fault && (
        <Alert variant="danger" isInline title={fault.title} data-testid="permits-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
          {fault.detail}
        </Alert>
      )}
      <PermitChecklist permits={shown} checked={checked} readOnly={!mutable} busy={busy} onToggle={toggle} />
    </div>
  );
}
