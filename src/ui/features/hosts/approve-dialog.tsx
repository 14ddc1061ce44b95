// Approve a host that registered itself: the cluster it joins (its current one by default).
import { Alert, Button, Content, Form, FormGroup, FormSelect, FormSelectOption, Modal, ModalBody, ModalFooter, ModalHeader, Skeleton } from '@patternfly/react-core';
import { useState } from 'react';
import { describeError } from '../../app/api-errors.ts';
import { useToast } from '../../components/toasts.tsx';
import { displayName, isStructure } from '../../lib/fields.ts';
import { useEntryPoint } from '../entry/api/get-entry-point.ts';
import { useChoices } from '../forms/api/list-choices.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';

export function ApproveDialog({ resource, label, onClose, onDone }: ActionDialogProps) {
  const entry = useEntryPoint();
  const clusters = useChoices(entry.data?.links.clusters);
  const currentCluster = isStructure(resource.fields.cluster) ? resource.fields.cluster.id : undefined;
  const [cluster, setCluster] = useState('');
  const run = useRunAction();
  const toast = useToast();
  const fault = run.error ? describeError(run.error) : null;
  const name = displayName(resource);
  const chosen = cluster || currentCluster || clusters.data?.items[0]?.id || '';

  const submit = () => {
    if (!resource.href || !chosen) return;
    run.mutate(
      { href: resource.href, name: 'approve', params: { cluster: { id: chosen } } },
      {
        onSuccess: () => {
          onDone();
          toast({ variant: 'success', title: `${label}: ${name}`, body: 'The engine approved the host and is installing it.' });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="approve-title" data-testid="approve-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="approve-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
            {fault.detail}
          </Alert>
        )}
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
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={submit} isLoading={run.isPending} isDisabled={run.isPending || !chosen} data-testid="action-submit">
          {fault ? 'Try again' : 'Approve'}
        </Button>
        <Button variant="link" onClick={onClose}>
          {fault ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
