// Journey: "New virtual machine" button opens testid vm-wizard. Find controls with getByRole(role, { name, exact: true }) (required labels carry a "*", so getByLabel needs no `exact`): combobox "Cluster", "Template", "Memory unit", "Operating system" (values = OS names, rhel_9x64), "Time zone"; textbox "Name", "Description"; spinbutton "Memory", "Virtual sockets", "Cores per socket"; checkbox "Highly available"; buttons "Next" (testid vm-wizard-next), "Back", "Create" (testid vm-wizard-create); testids vm-review, vm-wizard-fault. Success navigates to the VM page.
// The Administration Portal's "New Virtual Machine" as three steps: where the VM goes and what
// it is called, its hardware and guest settings, then a review before the POST. Choices come
// from the engine (clusters, templates of the cluster's data center, operating systems); a
// refusal stays on the review step in the engine's words; success opens the new VM's page.
import { Alert, Button, Checkbox, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Flex, FlexItem, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, Modal, ModalVariant, Skeleton, TextInput, Wizard, WizardFooterWrapper, WizardHeader, WizardStep, useWizardContext } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Resource } from '../../../../api/resource.ts';
import { useRouteOf } from '../../../components/api-base-context.ts';
import { useToast } from '../../../components/toasts.tsx';
import { displayName, isStructure } from '../../../lib/fields.ts';
import { formatBytes } from '../../../lib/format.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { CreateDialogProps } from '../../resources/extension-types.ts';
import { osForArchitecture, templatesForDataCenter } from './choices.ts';
import { vmCollectionFor } from './create-targets.ts';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { SelectField, TextField } from './form-fields.tsx';
import { timeZoneAfterOsChange, timeZonesFor } from './time-zones.ts';
import { toBytes } from './units.ts';
import { buildVmBody, DEFAULT_VM_VALUES, generalProblems, systemProblems, valuesFromTemplate, type VmWizardErrors, type VmWizardValues } from './vm-body.ts';

type StepId = 'general' | 'system' | 'review';

function refId(r: Resource, field: string): string | undefined {
  const v = r.fields[field];
  return isStructure(v) ? v.id : undefined;
}

export function NewVmWizard({ collectionHref, parent, onClose }: CreateDialogProps) {
  const ep = useEntryPoint();
  const clusters = useChoices(ep.data?.links.clusters);
  const templates = useChoices(ep.data?.links.templates);
  const oses = useChoices(ep.data?.links.operatingsystems);
  const create = useCreateResource();
  const toast = useToast();
  const navigate = useNavigate();
  const routeOf = useRouteOf();

  const [values, setValues] = useState<VmWizardValues>(DEFAULT_VM_VALUES);
  const [shown, setShown] = useState<Set<StepId>>(new Set());

  const clusterList = useMemo(() => [...(clusters.data?.items ?? [])].sort((a, b) => displayName(a).localeCompare(displayName(b))), [clusters.data]);
  // A wizard opened from a cluster starts there; otherwise on the first cluster by name.
  const clusterId = values.clusterId || (parent?.kind === 'cluster' ? parent.id : undefined) || clusterList[0]?.id || '';
  const cluster = clusterList.find((c) => c.id === clusterId);
  const dcId = cluster ? refId(cluster, 'data_center') : undefined;
  const templateList = useMemo(() => templatesForDataCenter(templates.data?.items ?? [], clusterList, dcId), [templates.data, clusterList, dcId]);
  const architecture = cluster && isStructure(cluster.fields.cpu) ? (cluster.fields.cpu.fields.architecture as string | undefined) : undefined;
  const osList = useMemo(() => osForArchitecture(oses.data?.items ?? [], architecture), [oses.data, architecture]);
  const current: VmWizardValues = { ...values, clusterId };
  const target = vmCollectionFor(collectionHref, parent?.kind, ep.data?.links.vms);

  const general = generalProblems(current);
  const system = systemProblems(current);
  const errorsFor = (step: StepId): VmWizardErrors => (shown.has(step) ? (step === 'general' ? general : system) : {});
  const visibleErrors = { ...errorsFor('general'), ...errorsFor('system') };

  const set = (patch: Partial<VmWizardValues>) => {
    // A refusal is about the values sent: once they change it no longer applies.
    if (create.error) create.reset();
    setValues((cur) => ({ ...cur, clusterId, ...patch }));
  };
  const chooseCluster = (id: string) => {
    const next = clusterList.find((c) => c.id === id);
    const nextDc = next ? refId(next, 'data_center') : undefined;
    const stillUsable = templatesForDataCenter(templates.data?.items ?? [], clusterList, nextDc).some((t) => t.id === current.templateId);
    set({ clusterId: id, ...(stillUsable ? {} : { templateId: DEFAULT_VM_VALUES.templateId }) });
  };
  const chooseTemplate = (id: string) => {
    const t = templateList.find((x) => x.id === id);
    const copied = t ? valuesFromTemplate(t) : {};
    const os = copied.os ?? current.os;
    set({ templateId: id, ...copied, timeZone: timeZoneAfterOsChange(copied.timeZone ?? current.timeZone, os) });
  };
  const chooseOs = (os: string) => set({ os, timeZone: timeZoneAfterOsChange(current.timeZone, os) });

  /** Shows a step's problems; true when it has none. */
  const check = (step: StepId): boolean => {
    setShown((s) => new Set(s).add(step));
    return Object.keys(step === 'general' ? general : step === 'system' ? system : {}).length === 0;
  };

  const submit = () => {
    if (!check('general') || !check('system') || !target) return;
    create.mutate(
      { collectionHref: target, kind: 'vm', fields: buildVmBody(current) },
      {
        onSuccess: (vm) => {
          toast({ variant: 'success', title: `Virtual machine ${displayName(vm)} created` });
          onClose();
          const route = routeOf(vm.href);
          if (route) navigate(route);
        },
      },
    );
  };

  const loading = ep.isPending || clusters.isPending || templates.isPending || oses.isPending;
  const listError = ep.error ?? clusters.error ?? templates.error ?? oses.error;
  const templateName = templateList.find((t) => t.id === current.templateId);
  const osName = osList.find((o) => o.fields.name === current.os);
  const bytes = toBytes(current.memory, current.memoryUnit);

  return (
    <Modal isOpen variant={ModalVariant.large} onEscapePress={onClose} aria-labelledby="vm-wizard-title" data-testid="vm-wizard">
      <Wizard
        height="min(640px, 85vh)"
        onClose={onClose}
        isVisitRequired
        header={<WizardHeader title="New virtual machine" titleId="vm-wizard-title" onClose={onClose} closeButtonAriaLabel="Close the new virtual machine wizard" />}
        footer={<Footer check={check} submit={submit} busy={create.isPending} />}
      >
        <WizardStep name="General" id="general">
          <FaultAlert error={listError} testId="vm-wizard-fault" />
          {parent && parent.kind !== 'cluster' && (
            <Alert variant="info" isInline isPlain title={`The new VM is created among all virtual machines, not in this list of ${displayName(parent)}.`} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} />
          )}
          {loading ? (
            <Skeleton height="12rem" screenreaderText="Loading clusters and templates" />
          ) : (
            <Form onSubmit={(e) => e.preventDefault()}>
              <SelectField id="vm-cluster" label="Cluster" isRequired value={clusterId} onChange={chooseCluster} error={visibleErrors.clusterId}
                options={clusterList.map((c) => ({ value: c.id!, label: displayName(c) }))} placeholder={clusterList.length ? undefined : 'No cluster available'} />
              <SelectField id="vm-template" label="Template" isRequired value={current.templateId} onChange={chooseTemplate} error={visibleErrors.templateId}
                options={templateList.map((t) => ({ value: t.id!, label: displayName(t) }))} hint="Templates of the cluster's data center; Blank starts from nothing." />
              <TextField id="vm-name" label="Name" isRequired value={current.name} onChange={(name) => set({ name })} error={visibleErrors.name}
                hint="Letters, digits, '.', '_' and '-'; up to 64 characters." />
              <TextField id="vm-description" label="Description" value={current.description} onChange={(description) => set({ description })} error={visibleErrors.description} />
            </Form>
          )}
        </WizardStep>
        <WizardStep name="System" id="system">
          <Form onSubmit={(e) => e.preventDefault()}>
            <FormGroup label="Memory" fieldId="vm-memory" isRequired>
              <Flex gap={{ default: 'gapSm' }} flexWrap={{ default: 'nowrap' }}>
                <FlexItem grow={{ default: 'grow' }}>
                  <TextInput id="vm-memory" type="number" value={current.memory} onChange={(_e, memory) => set({ memory })} validated={visibleErrors.memory ? 'error' : 'default'} isRequired />
                </FlexItem>
                <FlexItem>
                  <FormSelect id="vm-memory-unit" aria-label="Memory unit" value={current.memoryUnit} onChange={(_e, u) => set({ memoryUnit: u === 'MiB' ? 'MiB' : 'GiB' })}>
                    <FormSelectOption value="MiB" label="MiB" />
                    <FormSelectOption value="GiB" label="GiB" />
                  </FormSelect>
                </FlexItem>
              </Flex>
              {visibleErrors.memory && (
                <FormHelperText>
                  <HelperText>
                    <HelperTextItem variant="error">{visibleErrors.memory}</HelperTextItem>
                  </HelperText>
                </FormHelperText>
              )}
            </FormGroup>
            <Flex gap={{ default: 'gapMd' }}>
              <FlexItem>
                <TextField id="vm-sockets" label="Virtual sockets" type="number" isRequired value={current.sockets} onChange={(sockets) => set({ sockets })} error={visibleErrors.sockets} />
              </FlexItem>
              <FlexItem>
                <TextField id="vm-cores" label="Cores per socket" type="number" isRequired value={current.cores} onChange={(cores) => set({ cores })} error={visibleErrors.cores}
                  hint={!system.sockets && !system.cores ? `${Number(current.sockets) * Number(current.cores)} virtual CPUs in total` : undefined} />
              </FlexItem>
            </Flex>
            <SelectField id="vm-os" label="Operating system" isRequired value={current.os} onChange={chooseOs} error={visibleErrors.os}
              options={osList.map((o) => ({ value: String(o.fields.name), label: String(o.fields.description ?? o.fields.name) }))} />
            <SelectField id="vm-time-zone" label="Time zone" isRequired value={current.timeZone} onChange={(timeZone) => set({ timeZone })} error={visibleErrors.timeZone}
              options={timeZonesFor(current.os).map((z) => ({ value: z.name, label: `(${z.offset}) ${z.name}` }))} />
            <Checkbox id="vm-ha" label="Highly available" isChecked={current.highlyAvailable} onChange={(_e, highlyAvailable) => set({ highlyAvailable })}
              description="Restart the VM on another host if its host fails." />
          </Form>
        </WizardStep>
        <WizardStep name="Review" id="review">
          <FaultAlert error={create.error} testId="vm-wizard-fault" />
          <DescriptionList isHorizontal data-testid="vm-review">
            <Row term="Name" value={current.name} />
            {current.description && <Row term="Description" value={current.description} />}
            <Row term="Cluster" value={cluster ? displayName(cluster) : ''} />
            <Row term="Template" value={templateName ? displayName(templateName) : current.templateId} />
            <Row term="Memory" value={Number.isNaN(bytes) ? '' : formatBytes(bytes)} />
            <Row term="CPUs" value={`${current.sockets} socket(s) × ${current.cores} core(s)`} />
            <Row term="Operating system" value={String(osName?.fields.description ?? current.os)} />
            <Row term="Time zone" value={current.timeZone} />
            <Row term="Highly available" value={current.highlyAvailable ? 'Yes' : 'No'} />
          </DescriptionList>
        </WizardStep>
      </Wizard>
    </Modal>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

/** Next checks the step before moving on; the last step's button creates the VM. */
function Footer({ check, submit, busy }: { check: (step: StepId) => boolean; submit: () => void; busy: boolean }) {
  const { activeStep, goToNextStep, goToPrevStep, close } = useWizardContext();
  const step = activeStep.id as StepId;
  const last = step === 'review';
  return (
    <WizardFooterWrapper>
      <Button variant="secondary" onClick={() => void goToPrevStep()} isDisabled={step === 'general' || busy}>
        Back
      </Button>
      {last ? (
        <Button variant="primary" onClick={submit} isLoading={busy} isDisabled={busy} data-testid="vm-wizard-create">
          Create
        </Button>
      ) : (
        <Button variant="primary" onClick={() => check(step) && void goToNextStep()} data-testid="vm-wizard-next">
          Next
        </Button>
      )}
      <Button variant="link" onClick={close}>
        Cancel
      </Button>
    </WizardFooterWrapper>
  );
}
