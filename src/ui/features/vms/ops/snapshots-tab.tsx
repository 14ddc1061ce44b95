// The VM's Snapshots tab as the portal has it: the list with date, status, type and memory,
// and the operations — create, preview, commit / undo the preview, restore, delete — each
// enabled only when the engine would accept it now (snapshot-rules.ts), with the reason shown
// when it would not.
import { Alert, Button, Checkbox, Content, EmptyState, EmptyStateBody, Flex, FlexItem, Form, FormGroup, Skeleton, TextInput, Tooltip } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState, type ReactNode } from 'react';
import type { Resource } from '../../../../api/resource.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { StatusLabel } from '../../../components/status-label.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { displayName, statusOf } from '../../../lib/fields.ts';
import { formatDate } from '../../../lib/format.ts';
import { humanize } from '../../../lib/titles.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useRemoveResource } from '../../forms/api/remove-resource.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { TabProps } from '../../resources/extension-types.ts';
import { useSnapshots } from './api/list-snapshots.ts';
import { useWatchedVm } from './api/watch-vm.ts';
import { OperationDialog } from './operation-dialog.tsx';
import { canCreate, canEndPreview, canPreview, canRemove, canRestore, snapshotInfo, type Rule } from './snapshot-rules.ts';

type Pending =
  | { op: 'create' }
  | { op: 'commit' | 'undo'; snap?: Resource }
  | { op: 'preview' | 'restore' | 'delete'; snap: Resource };

// The two ways out of a preview, each shown when the VM offers its action.
const END_PREVIEW = [
  { op: 'commit', action: 'commitsnapshot', verb: 'Commit' },
  { op: 'undo', action: 'undosnapshot', verb: 'Undo' },
] as const;

const describe = (s: Resource) => (typeof s.fields.description === 'string' && s.fields.description) || s.id || 'snapshot';

export function SnapshotsTab({ resource, href }: TabProps) {
  const vm = useWatchedVm(resource.href).data ?? resource;
  const vmStatus = statusOf(vm) ?? 'unknown';
  const list = useSnapshots(href, vmStatus === 'image_locked');
  const [pending, setPending] = useState<Pending | null>(null);
  const snaps = list.data?.items ?? [];
  const infos = snaps.map(snapshotInfo);
  const inPreview = snaps.find((s) => s.fields.snapshot_status === 'in_preview');
  const create = canCreate(vmStatus, infos);
  const endPreview = canEndPreview(vmStatus, infos);
  const has = (a: string) => a in vm.actions;

  return (
    <div style={{ paddingTop: 'var(--pf-t--global--spacer--md)' }} data-testid="snapshots-tab">
      <Flex gap={{ default: 'gapSm' }} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
        <FlexItem>
          <Guarded rule={create}>
            <Button variant="primary" size="sm" isAriaDisabled={!create.enabled} onClick={() => setPending({ op: 'create' })} data-testid="snapshot-create">
              Create snapshot
            </Button>
          </Guarded>
        </FlexItem>
        {END_PREVIEW.filter((e) => has(e.action)).map((e) => (
          <FlexItem key={e.op}>
            <Guarded rule={endPreview}>
              <Button variant="secondary" size="sm" isAriaDisabled={!endPreview.enabled} onClick={() => setPending({ op: e.op, snap: inPreview })} data-testid={`snapshot-${e.op}`}>
                {e.verb}
              </Button>
            </Guarded>
          </FlexItem>
        ))}
      </Flex>
      {inPreview && (
        <Alert variant="info" isInline title={`Previewing snapshot “${describe(inPreview)}”`} data-testid="snapshot-preview-banner" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
          The VM runs from this snapshot until you commit it (keep it and drop what came after) or undo the preview (back to the state before it).
        </Alert>
      )}
      {list.error && !list.data ? (
        <ErrorState error={list.error} what="the snapshots" onRetry={() => list.refetch()} />
      ) : list.isPending ? (
        <Skeleton height="6rem" screenreaderText="Loading snapshots" />
      ) : snaps.length === 0 ? (
        <EmptyState titleText="No snapshots" headingLevel="h3" variant="sm">
          <EmptyStateBody>A snapshot keeps the disks (and optionally the memory) as they are now, to preview or return to later.</EmptyStateBody>
        </EmptyState>
      ) : (
        <Table aria-label="Snapshots" variant="compact" data-testid="snapshots-table">
          <Thead>
            <Tr>
              <Th>Description</Th>
              <Th>Date</Th>
              <Th>Status</Th>
              <Th>Type</Th>
              <Th>Memory</Th>
              <Th screenReaderText="Operations" />
            </Tr>
          </Thead>
          <Tbody>
            {snaps.map((s, i) => {
              const info = infos[i];
              const preview = canPreview(vmStatus, info, infos);
              const restore = canRestore(vmStatus, info, infos);
              const remove = canRemove(vmStatus, info, infos);
              const status = info.status;
              return (
                <Tr key={s.id ?? i} data-testid="snapshot-row" data-description={describe(s)} data-status={status}>
                  <Td dataLabel="Description">{info.type === 'active' ? 'Active VM' : describe(s)}</Td>
                  <Td dataLabel="Date">{typeof s.fields.date === 'string' ? formatDate(s.fields.date) : ''}</Td>
                  <Td dataLabel="Status">{status ? <StatusLabel status={status} /> : ''}</Td>
                  <Td dataLabel="Type">{info.type ? humanize(info.type) : ''}</Td>
                  <Td dataLabel="Memory">{s.fields.persist_memorystate === true ? 'Saved' : 'No'}</Td>
                  <Td dataLabel="Operations" isActionCell>
                    {info.type !== 'active' && (
                      <Flex gap={{ default: 'gapMd' }} flexWrap={{ default: 'nowrap' }}>
                        {has('previewsnapshot') && (
                          <Guarded rule={preview}>
                            <Button variant="link" size="sm" isInline isAriaDisabled={!preview.enabled} onClick={() => setPending({ op: 'preview', snap: s })} data-testid="snapshot-preview">
                              Preview
                            </Button>
                          </Guarded>
                        )}
                        {'restore' in s.actions && (
                          <Guarded rule={restore}>
                            <Button variant="link" size="sm" isInline isAriaDisabled={!restore.enabled} onClick={() => setPending({ op: 'restore', snap: s })} data-testid="snapshot-restore">
                              Restore
                            </Button>
                          </Guarded>
                        )}
                        <Guarded rule={remove}>
                          <Button variant="link" size="sm" isInline isDanger isAriaDisabled={!remove.enabled} onClick={() => setPending({ op: 'delete', snap: s })} data-testid="snapshot-delete">
                            Delete
                          </Button>
                        </Guarded>
                      </Flex>
                    )}
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      {pending?.op === 'create' && <CreateSnapshotModal vm={vm} href={href} onClose={() => setPending(null)} />}
      {pending && pending.op !== 'create' && <SnapshotOpModal vm={vm} pending={pending} onClose={() => setPending(null)} />}
    </div>
  );
}

function Guarded({ rule, children }: { rule: Rule; children: ReactNode }) {
  if (rule.enabled || !rule.reason) return <>{children}</>;
  return <Tooltip content={rule.reason}><span>{children}</span></Tooltip>;
}

function CreateSnapshotModal({ vm, href, onClose }: { vm: Resource; href: string; onClose: () => void }) {
  const running = ['up', 'paused', 'powering_up', 'reboot_in_progress'].includes(statusOf(vm) ?? '');
  const [description, setDescription] = useState('');
  const [memory, setMemory] = useState(running);
  const [touched, setTouched] = useState(false);
  const create = useCreateResource();
  const toast = useToast();
  const missing = description.trim() === '';

  const submit = () => {
    setTouched(true);
    if (missing) return;
    create.mutate(
      { collectionHref: href, kind: 'snapshot', fields: { description: description.trim(), ...(running ? { persist_memorystate: memory } : {}) } },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `Snapshot “${description.trim()}” of ${displayName(vm)} is being created` });
          onClose();
        },
      },
    );
  };

  return (
    <OperationDialog resource={vm} label="Create snapshot" id="snapshot-create" testId="snapshot-create-dialog" error={create.error} confirmLabel="Create" busy={create.isPending} form="snapshot-create-form" onClose={onClose}>
      <Form id="snapshot-create-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <FormGroup label="Description" isRequired fieldId="snapshot-description">
          <TextInput id="snapshot-description" isRequired value={description} onChange={(_e, v) => setDescription(v)} validated={touched && missing ? 'error' : 'default'} aria-describedby="snapshot-description-help" />
          {touched && missing && <Content component="small" id="snapshot-description-help" style={{ color: 'var(--pf-t--global--text--color--status--danger--default)' }}>A description is required.</Content>}
        </FormGroup>
        <Checkbox
          id="snapshot-memory"
          label="Save memory"
          description={running ? 'Also keep the running memory, so a restore resumes the guest where it was. The VM pauses briefly.' : 'Only for a running VM.'}
          isChecked={running && memory}
          isDisabled={!running}
          onChange={(_e, v) => setMemory(v)}
        />
      </Form>
    </OperationDialog>
  );
}

const OP_TEXT: Record<Exclude<Pending['op'], 'create'>, { title: string; verb: string; danger?: boolean; text: (d: string) => string }> = {
  preview: { title: 'Preview snapshot', verb: 'Preview', text: (d) => `The VM will run from “${d}” until you commit or undo the preview. Nothing is lost yet.` },
  commit: { title: 'Commit snapshot', verb: 'Commit', danger: true, text: (d) => `Keep “${d}”: the VM stays as in the snapshot, and the state it had before the preview is dropped.` },
  undo: { title: 'Undo preview', verb: 'Undo', text: (d) => `Return the VM to its state before previewing “${d}”.` },
  restore: { title: 'Restore snapshot', verb: 'Restore', danger: true, text: (d) => `Return the VM's disks to “${d}”. Changes made since, and snapshots taken after it, are lost.` },
  delete: { title: 'Delete snapshot', verb: 'Delete', danger: true, text: (d) => `Delete “${d}”. Its data is merged into the VM's disks; this cannot be undone.` },
};

function SnapshotOpModal({ vm, pending, onClose }: { vm: Resource; pending: Exclude<Pending, { op: 'create' }>; onClose: () => void }) {
  const withMemory = (pending.op === 'preview' || pending.op === 'restore') && pending.snap.fields.persist_memorystate === true;
  const [restoreMemory, setRestoreMemory] = useState(withMemory);
  const run = useRunAction();
  const remove = useRemoveResource();
  const toast = useToast();
  const text = OP_TEXT[pending.op];
  const subject = pending.snap ? describe(pending.snap) : 'the snapshot in preview';

  const done = () => {
    toast({ variant: 'success', title: `${text.title}: ${subject}`, body: 'The engine accepted the request.' });
    onClose();
  };

  const confirm = () => {
    if (!vm.href) return;
    if (pending.op === 'delete') {
      if (pending.snap.href) remove.mutate({ href: pending.snap.href }, { onSuccess: done });
      return;
    }
    if (pending.op === 'restore') {
      if (pending.snap.href) run.mutate({ href: pending.snap.href, name: 'restore', params: withMemory ? { restore_memory: restoreMemory } : {} }, { onSuccess: done });
      return;
    }
    if (pending.op === 'preview') {
      run.mutate({ href: vm.href, name: 'previewsnapshot', params: { snapshot: { id: pending.snap.id ?? '' }, ...(withMemory ? { restore_memory: restoreMemory } : {}) } }, { onSuccess: done });
      return;
    }
    run.mutate({ href: vm.href, name: pending.op === 'commit' ? 'commitsnapshot' : 'undosnapshot' }, { onSuccess: done });
  };

  return (
    <OperationDialog resource={vm} label={text.title} id="snapshot-op" testId="snapshot-op-dialog" titleIconVariant={text.danger ? 'warning' : undefined}
      error={run.error ?? remove.error} confirmLabel={text.verb} danger={text.danger} busy={run.isPending || remove.isPending} onConfirm={confirm} onClose={onClose}>
      <Content component="p">{text.text(subject)}</Content>
      {withMemory && (
        <Checkbox id="snapshot-restore-memory" label="Restore memory" description="Resume the guest from the saved memory." isChecked={restoreMemory} onChange={(_e, v) => setRestoreMemory(v)} />
      )}
    </OperationDialog>
  );
}
