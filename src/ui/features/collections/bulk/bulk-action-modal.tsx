// Confirms a bulk action with the list of items it will touch, runs it item by item and
// shows each item's outcome — the engine's fault for the ones it refused — so partial
// failures are read, not lost in a toast.
import { Alert, Button, List, ListItem, Modal, ModalBody, ModalFooter, ModalHeader, Spinner } from '@patternfly/react-core';
import CheckCircleIcon from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import ExclamationCircleIcon from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { actionLabel } from '../../../app/action-rules.ts';
import { describeError } from '../../../app/api-errors.ts';
import { isAffectedBy } from '../../../app/query-keys.ts';
import { displayName } from '../../../lib/fields.ts';
import { humanize } from '../../../lib/titles.ts';
import { runAction } from '../../resources/api/run-action.ts';
import { runEach, type ItemResult } from './bulk-actions.ts';

const PARALLEL = 4;
const RISKY = new Set(['stop', 'shutdown', 'reboot', 'reset', 'deactivate', 'suspend', 'remove', 'fence']);

export function BulkActionModal({ action, items, what, onClose }: { action: string; items: Resource[]; what: string; onClose: () => void }) {
  const qc = useQueryClient();
  const [results, setResults] = useState<ItemResult[] | null>(null);
  const kind = items[0]?.kind ?? '';
  const label = actionLabel(kind, action);
  const running = !!results && results.some((r) => r.state === 'pending' || r.state === 'running');
  const failed = results?.filter((r) => r.state === 'failed').length ?? 0;

  const start = async () => {
    const initial: ItemResult[] = items.map((item) => ({ item, state: 'pending' }));
    setResults(initial);
    const update = (i: number, r: Partial<ItemResult>) => setResults((cur) => cur && cur.map((x, j) => (j === i ? { ...x, ...r } : x)));
    await runEach(items, PARALLEL, async (item, i) => {
      update(i, { state: 'running' });
      try {
        if (!item.href) throw new Error('This item has no address to act on.');
        const result = await runAction({ href: item.href, name: action });
        update(i, { state: result.status === 'failed' ? 'failed' : 'done', message: humanize(result.status) });
      } catch (err) {
        const { title, detail } = describeError(err);
        update(i, { state: 'failed', message: title, detail });
      }
    });
    await qc.invalidateQueries({ predicate: (q) => items.some((it) => !!it.href && isAffectedBy(q.queryKey, it.href)) });
  };

  return (
    <Modal isOpen variant="medium" onClose={running ? undefined : onClose} aria-labelledby="bulk-action-title" aria-describedby="bulk-action-body" data-testid="bulk-action-modal">
      <ModalHeader title={`${label}: ${items.length} ${what}`} labelId="bulk-action-title" titleIconVariant={RISKY.has(action) ? 'warning' : undefined} />
      <ModalBody id="bulk-action-body">
        {!results && <p>{`${label} these ${items.length} ${what}?`}</p>}
        {results && !running && (
          <Alert
            isInline
            variant={failed ? (failed === results.length ? 'danger' : 'warning') : 'success'}
            title={failed ? `${failed} of ${results.length} failed` : `The engine accepted all ${results.length}`}
            data-testid="bulk-summary"
          />
        )}
        <List isPlain aria-label={`${what} for ${label}`} data-testid="bulk-items">
          {(results ?? items.map((item) => ({ item, state: 'pending' as const }))).map((r) => (
            <ListItem key={r.item.id ?? r.item.href} data-testid="bulk-item" data-state={results ? r.state : 'queued'}>
              <strong>{displayName(r.item)}</strong>
              {results && <Outcome result={r} />}
            </ListItem>
          ))}
        </List>
      </ModalBody>
      <ModalFooter>
        {!results ? (
          <>
            <Button variant={RISKY.has(action) ? 'danger' : 'primary'} onClick={() => void start()} data-testid="bulk-confirm">
              {label}
            </Button>
            <Button variant="link" onClick={onClose}>
              Cancel
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={onClose} isDisabled={running} data-testid="bulk-close">
            Close
          </Button>
        )}
      </ModalFooter>
    </Modal>
  );
}

function Outcome({ result }: { result: ItemResult }) {
  switch (result.state) {
    case 'pending':
      return <span> — waiting</span>;
    case 'running':
      return (
        <span>
          {' '}
          — <Spinner size="sm" aria-label="Running" />
        </span>
      );
    case 'done':
      return (
        <span data-testid="bulk-ok">
          {' '}
          — <CheckCircleIcon color="var(--pf-t--global--icon--color--status--success--default)" /> {result.message ?? 'Done'}
        </span>
      );
    case 'failed':
      return (
        <span data-testid="bulk-fault">
          {' '}
          — <ExclamationCircleIcon color="var(--pf-t--global--icon--color--status--danger--default)" /> {result.message}
          {result.detail && <>: {result.detail}</>}
        </span>
      );
  }
}
