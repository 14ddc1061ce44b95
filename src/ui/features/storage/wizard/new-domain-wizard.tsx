// "New storage domain": new or imported, NFS or iSCSI, through the chosen host, optionally
// attached to a data center at the end. Answers stay while the admin goes back and forth;
// after "Create" the dialog shows each request and the engine's faults.
import { Button, Modal, ModalBody, ModalFooter, ModalHeader, Wizard, WizardHeader, WizardStep } from '@patternfly/react-core';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRouteOf } from '../../../components/api-base-context.ts';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useProvisionStorageDomain, type ProvisionStep } from '../api/provision-storage-domain.ts';
import { DataCenterStep } from './data-center-step.tsx';
import { domainBody, EMPTY_ANSWERS, generalProblems, storageProblems, type DomainAnswers } from './domain-request.ts';
import { GeneralStep } from './general-step.tsx';
import { ModeStep } from './mode-step.tsx';
import { ProgressView } from './progress-view.tsx';
import { ReviewStep } from './review-step.tsx';
import { StorageStep } from './storage-step.tsx';

export interface NewDomainWizardProps {
  collectionHref: string;
  onClose: () => void;
  /** Data center to propose on the last step (when opened from a data center's page). */
  dataCenterId?: string;
}

export function NewDomainWizard({ collectionHref, onClose, dataCenterId }: NewDomainWizardProps) {
  const [answers, setAnswers] = useState<DomainAnswers>({ ...EMPTY_ANSWERS, dataCenterId: dataCenterId ?? '' });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [dcChosen, setDcChosen] = useState(!!dataCenterId);
  const [steps, setSteps] = useState<ProvisionStep[]>([]);
  const [running, setRunning] = useState(false);
  const provision = useProvisionStorageDomain();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();
  const { data: entry } = useEntryPoint();
  const hosts = useChoices(entry?.links.hosts, 'status=up');
  const dcs = useChoices(entry?.links.datacenters);
  const host = hosts.data?.items.find((h) => h.id === answers.hostId);
  const dc = dcs.data?.items.find((d) => d.id === answers.dataCenterId);

  const change = useCallback((patch: Partial<DomainAnswers>) => {
    setAnswers((cur) => ({ ...cur, ...patch }));
    setTouched((cur) => new Set([...cur, ...Object.keys(patch)]));
  }, []);
  const changeDc = useCallback((patch: Partial<DomainAnswers>) => {
    setDcChosen(true);
    setAnswers((cur) => ({ ...cur, ...patch }));
  }, []);

  const generalOk = Object.keys(generalProblems(answers)).length === 0;
  const storageOk = Object.keys(storageProblems(answers)).length === 0;

  const create = () => {
    setRunning(true);
    provision.mutate(
      { collectionHref, body: domainBody(answers), attachTo: dc?.links.storagedomains, onStep: (s) => setSteps((cur) => [...cur, s]) },
      {
        onSuccess: (res) => {
          if (!res.attachError) toast({ variant: 'success', title: `Storage domain ${displayName(res.domain)} ${answers.mode === 'import' ? 'imported' : 'created'}` });
        },
      },
    );
  };

  const title = answers.mode === 'import' ? 'Import storage domain' : 'New storage domain';

  if (running) {
    const created = provision.data?.domain;
    return (
      <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="sd-progress-title" data-testid="sd-wizard">
        <ModalHeader title={title} labelId="sd-progress-title" />
        <ModalBody>
          <ProgressView name={answers.name.trim()} dcName={dc ? displayName(dc) : undefined} steps={steps} result={provision.data} error={provision.error} importing={answers.mode === 'import'} />
        </ModalBody>
        <ModalFooter>
          {created?.href && (
            <Button
              variant="primary"
              onClick={() => {
                onClose();
                const route = routeOf(created.href);
                if (route) navigate(route);
              }}
              data-testid="sd-open-domain"
            >
              Open {displayName(created)}
            </Button>
          )}
          {provision.isError && (
            <Button variant="primary" onClick={() => { provision.reset(); setRunning(false); setSteps([]); }} data-testid="sd-back-to-wizard">
              Back to the wizard
            </Button>
          )}
          <Button variant="link" onClick={onClose} isDisabled={provision.isPending} data-testid="sd-close">
            Close
          </Button>
        </ModalFooter>
      </Modal>
    );
  }

  return (
    <Modal isOpen variant="large" onEscapePress={onClose} aria-label={title} data-testid="sd-wizard">
      <Wizard header={<WizardHeader title={title} onClose={onClose} closeButtonAriaLabel="Close" />} onClose={onClose} onSave={create} height={560} isVisitRequired>
        <WizardStep name="Operation" id="sd-step-mode">
          <ModeStep answers={answers} onChange={change} />
        </WizardStep>
        <WizardStep name="General" id="sd-step-general" footer={{ isNextDisabled: !generalOk }}>
          <GeneralStep answers={answers} touched={touched} onChange={change} />
        </WizardStep>
        <WizardStep name={answers.storageType === 'nfs' ? 'NFS export' : 'iSCSI target'} id="sd-step-storage" footer={{ isNextDisabled: !storageOk }}>
          <StorageStep answers={answers} touched={touched} onChange={change} />
        </WizardStep>
        <WizardStep name="Data center" id="sd-step-dc">
          <DataCenterStep answers={answers} proposeDefault={!dcChosen} onChange={changeDc} />
        </WizardStep>
        <WizardStep name="Review" id="sd-step-review" footer={{ nextButtonText: answers.mode === 'import' ? 'Import' : 'Create' }}>
          <ReviewStep answers={answers} host={host} dataCenter={dc} />
        </WizardStep>
      </Wizard>
    </Modal>
  );
}
