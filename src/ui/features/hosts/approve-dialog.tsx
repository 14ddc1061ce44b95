// Approve a host that registered itself: the cluster it joins (its current one by default).
import { Content, Form, FormGroup, FormSelect, FormSelectOption, Skeleton } from '@patternfly/react-core';
import { useState } from 'react';
import { displayName, isStructure } from '../../lib/fields.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { useChoices } from '../forms/api/list-choices.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { HostActionDialog, useHostAction } from './host-action-dialog.tsx';

export function ApproveDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const entry = useEntryPoint();
  const clusters = useChoices(entry.data?.links.clusters);
  const currentCluster = isStructure(resource.fields.cluster) ? resource.fields.cluster.id : undefined;
  const [cluster, setCluster] = useState('');
  const { run, start } = useHostAction({ resource, onDone, onClose });
  const name = displayName(resource);
  const chosen = cluster || currentCluster || clusters.data?.items[0]?.id || '';

  const submit = () => {
    if (!chosen) return;
    start('approve', { cluster: { id: chosen } }, { title: `${label}: ${name}`, body: 'The engine approved the host and is installing it.' });
  };

  return (
    <HostActionDialog title={`${label}: ${name}`} id="approve" testId="approve-dialog" error={run.error} busy={run.isPending} confirmLabel="Approve" disabled={!chosen} onConfirm={submit} onClose={onClose}>
      <Content component="p">
        <strong>{name}</strong> registered itself and waits for approval. The engine installs it into the chosen cluster.
      </Content>
      {clusters.isPending ? (
        <Skeleton height="2rem" screenreaderText="Loading clusters" />
      ) : (
        <Form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <FormGroup label="Cluster" isRequired fieldId="approve-cluster">
            <FormSelect id="approve-cluster" value={chosen} onChange={(_e, v) => setCluster(v)}>
              {(clusters.data?.items ?? []).map((c) => (
                <FormSelectOption key={c.id} value={c.id ?? ''} label={displayName(c)} />
              ))}
            </FormSelect>
          </FormGroup>
        </Form>
      )}
    </HostActionDialog>
  );
}
