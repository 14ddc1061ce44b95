// Allocate a VM from a pool: the engine hands out a VM (a prestarted one first) and starts it;
// the result names it and links to it.
import { Alert, Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { useState } from 'react';
import type { ActionResult, Structure } from '../../../../api/resource.ts';
import { describeError } from '../../../app/api-errors.ts';
import { displayName, isReference, isStructure, valueAt } from '../../../lib/fields.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { CreatedLink } from './created-link.tsx';

export function AllocateVmDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const [allocated, setAllocated] = useState<Structure | 'unnamed' | null>(null);
  const run = useRunAction();
  const fault = run.error ? describeError(run.error) : null;
  const size = valueAt(resource, 'size');
  const prestarted = valueAt(resource, 'prestarted_vms');
  const type = valueAt(resource, 'type');

  const submit = () => {
    if (!resource.href) return;
    run.mutate(
      { href: resource.href, name: action },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const vm = result.resource?.fields.vm;
          setAllocated(isReference(vm) || (isStructure(vm) && vm.id) ? vm : 'unnamed');
        },
      },
    );
  };

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="allocate-title" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${displayName(resource)}`} labelId="allocate-title" />
      <ModalBody>
        {allocated ? (
          <Alert variant="success" isInline title="VM allocated" data-testid="allocate-result">
            {allocated === 'unnamed' ? 'The engine allocated a VM but did not say which.' : <>You got <CreatedLink value={allocated} />. The engine starts it if it was not running yet.</>}
          </Alert>
        ) : (
          <>
            {fault && (
              <Alert variant="danger" isInline title={fault.title} data-testid="action-fault" style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }}>
                {fault.detail}
              </Alert>
            )}
            <Content component="p">
              Take a VM from the pool <strong>{displayName(resource)}</strong>
              {typeof size === 'number' ? ` (${size} VMs${typeof prestarted === 'number' && prestarted > 0 ? `, ${prestarted} kept running` : ''}${typeof type === 'string' ? `, ${type} assignment` : ''})` : ''}. A running one is handed out first; otherwise one is started.
            </Content>
          </>
        )}
      </ModalBody>
      <ModalFooter>
        {!allocated && (
          <Button variant="primary" onClick={submit} isLoading={run.isPending} isDisabled={run.isPending} data-testid="action-submit">
            {fault ? 'Try again' : 'Allocate VM'}
          </Button>
        )}
        <Button variant={allocated ? 'primary' : 'link'} onClick={onClose}>
          {allocated ? 'Close' : 'Cancel'}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
