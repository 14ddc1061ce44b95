// A migration requested from this tab, followed on the VM's status panel until the VM is up on
// its new host (or the engine gave up), without blocking the page.
import { Alert, AlertActionCloseButton, Spinner } from '@patternfly/react-core';
import { useEffect } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { displayName, isReference } from '../../../lib/fields.ts';
import { RefLink } from '../../resources/ref-link.tsx';
import { useWatchedVm } from './api/watch-vm.ts';
import { migrationPhase } from './migration-hosts.ts';
import { endWatch, markMigrating, useMigrationWatch } from './migration-watch.ts';

export function MigrationProgress({ vm }: { vm: Resource }) {
  const watch = useMigrationWatch(vm.href);
  const phase = watch ? migrationPhase(vm, watch.fromHostId, watch.seenMigrating) : undefined;
  // Re-read every second until the migration ends; the page's own poll is slower.
  useWatchedVm(vm.href, phase === 'requested' || phase === 'migrating');
  useEffect(() => {
    if (phase === 'migrating' && vm.href) markMigrating(vm.href);
  }, [phase, vm.href]);
  if (!watch || !phase || !vm.href) return null;
  const href = vm.href;
  const close = <AlertActionCloseButton onClose={() => endWatch(href)} />;
  const host = vm.fields.host;
  if (phase === 'landed') {
    return (
      <Alert variant="success" isInline title="Migration complete" actionClose={close} data-testid="migrate-phase" data-phase={phase} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
        {displayName(vm)} now runs on {isReference(host) ? <RefLink value={host} eager /> : 'its new host'}.
      </Alert>
    );
  }
  if (phase === 'failed') {
    return (
      <Alert variant="danger" isInline title="The migration did not complete" actionClose={close} data-testid="migrate-phase" data-phase={phase} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
        The VM is {String(vm.fields.status ?? 'unknown').replace(/_/g, ' ')}
        {isReference(host) ? <> on <RefLink value={host} eager /></> : null}. The events tell the engine's reason.
      </Alert>
    );
  }
  return (
    <Alert variant="info" isInline customIcon={<Spinner size="md" />} title={phase === 'migrating' ? 'Migrating…' : 'Migration requested…'} data-testid="migrate-phase" data-phase={phase} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
      Moving {displayName(vm)} to {watch.toName ?? 'the host the scheduler picks'}; it keeps running meanwhile.
    </Alert>
  );
}
