// Live migration: the destination is a host that is up in the VM's cluster (not the one it
// runs on), or the scheduler's choice. After the request the VM's status panel follows it
// until it is up on its new host (migration-progress.tsx), leaving the page usable.
import { Content, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { useToast } from '../../../components/toasts.tsx';
import { displayName, isReference, valueAt } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { RefLink } from '../../resources/ref-link.tsx';
import { migrateBody, migrationTargets } from './migration-hosts.ts';
import { watchMigration } from './migration-watch.ts';
import { OperationDialog } from './operation-dialog.tsx';

const SCHEDULER = '';

export function MigrateDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const entry = useEntryPoint();
  const hosts = useChoices(entry.data?.links.hosts);
  const targets = useMemo(() => migrationTargets(resource, hosts.data?.items ?? []), [resource, hosts.data]);
  const [choice, setChoice] = useState(SCHEDULER);
  const toast = useToast();
  const run = useRunAction();
  const cluster = resource.fields.cluster;
  const loading = entry.isPending || hosts.isPending;

  const submit = () => {
    if (!resource.href) return;
    run.mutate(
      { href: resource.href, name: action, params: migrateBody(choice || null) },
      {
        onSuccess: () => {
          onDone();
          const from = valueAt(resource, 'host.id');
          const to = targets.find((h) => h.id === choice);
          if (resource.href) watchMigration(resource.href, { fromHostId: typeof from === 'string' ? from : undefined, toName: to ? displayName(to) : undefined });
          toast({ variant: 'success', title: `${label}: ${displayName(resource)}`, body: `Moving to ${to ? displayName(to) : 'the host the scheduler picks'}; the General tab follows it.` });
          onClose();
        },
      },
    );
  };

  return (
    <OperationDialog resource={resource} label={label} id="migrate" variant="medium" error={run.error} confirmLabel="Migrate" busy={run.isPending} disabled={loading} form="migrate-form" onClose={onClose}>
      <Content component="p">
        Runs on {isReference(resource.fields.host) ? <RefLink value={resource.fields.host} eager /> : 'no host'}
        {isReference(cluster) && (
          <>
            {' '}in cluster <RefLink value={cluster} eager />
          </>
        )}
        . The VM keeps running while it moves.
      </Content>
      {loading ? (
        <Skeleton height="3rem" screenreaderText="Loading hosts" />
      ) : (
        <Form id="migrate-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <FormGroup label="Destination host" fieldId="migrate-host">
            <FormSelect id="migrate-host" value={choice} onChange={(_e, v) => setChoice(v)} aria-label="Destination host" data-testid="ref-select-host">
              <FormSelectOption value={SCHEDULER} label="Let the scheduler choose" />
              {targets.map((h) => (
                <FormSelectOption key={h.id} value={h.id ?? ''} label={displayName(h)} />
              ))}
            </FormSelect>
            <FormHelperText>
              <HelperText>
                <HelperTextItem variant={targets.length === 0 ? 'warning' : 'default'}>
                  {targets.length === 0 ? 'No other host is up in this cluster: the engine will refuse the migration.' : `Up in the cluster: ${targets.map(hostLoad).join(', ')}.`}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
        </Form>
      )}
    </OperationDialog>
  );
}

function hostLoad(h: Resource): string {
  const active = valueAt(h, 'summary.active');
  return typeof active === 'number' ? `${displayName(h)} (${active} VM${active === 1 ? '' : 's'} running)` : displayName(h);
}
