// Run Once: start a VM down with one-time overrides — boot order, a CD, paused, stateless, a
// chosen host, another console protocol, a kernel — that last until it is powered off.
import { Button, Checkbox, ExpandableSection, Flex, FlexItem, Form, FormGroup, FormHelperText, FormSelect, FormSelectOption, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import ArrowDownIcon from '@patternfly/react-icons/dist/esm/icons/arrow-down-icon';
import ArrowUpIcon from '@patternfly/react-icons/dist/esm/icons/arrow-up-icon';
import { useMemo, useState } from 'react';
import { useToast } from '../../../components/toasts.tsx';
import { displayName, unwrapList, valueAt } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { useIsoFiles } from './api/list-iso-files.ts';
import { hostsUpInCluster } from './migration-hosts.ts';
import { OperationDialog } from './operation-dialog.tsx';
import { BOOT_DEVICE_LABELS, BOOT_DEVICES, defaultRunOnce, moveBootDevice, runOnceBody, toggleBootDevice, validateRunOnce, type RunOnceOptions } from './run-once-body.ts';

export function RunOnceDialog({ resource, label: labelNow, onClose, onDone }: ActionDialogProps) {
  // The title keeps the name it opened with, even if the action's entry changes meanwhile.
  const [label] = useState(labelNow);
  const vmBoot = unwrapList(valueAt(resource, 'os.boot.devices'));
  const [o, setO] = useState<RunOnceOptions>(() => defaultRunOnce(Array.isArray(vmBoot) ? vmBoot : []));
  const [touched, setTouched] = useState(false);
  const entry = useEntryPoint();
  const hosts = useChoices(entry.data?.links.hosts);
  const domains = useChoices(entry.data?.links.storagedomains);
  const isoDomains = useMemo(() => (domains.data?.items ?? []).filter((d) => d.fields.type === 'iso'), [domains.data]);
  const isos = useIsoFiles(isoDomains);
  const candidates = useMemo(() => hostsUpInCluster(resource, hosts.data?.items ?? []), [resource, hosts.data]);
  const run = useRunAction();
  const toast = useToast();
  const problems = validateRunOnce(o);
  const shown = touched ? problems : {};
  const set = <K extends keyof RunOnceOptions>(k: K, v: RunOnceOptions[K]) => setO((cur) => ({ ...cur, [k]: v }));
  const currentDisplay = valueAt(resource, 'display.type');

  const submit = () => {
    setTouched(true);
    if (Object.keys(problems).length > 0 || !resource.href) return;
    run.mutate(
      { href: resource.href, name: 'start', params: runOnceBody(o) },
      {
        onSuccess: () => {
          onDone();
          toast({ variant: 'success', title: `${label}: ${displayName(resource)}`, body: o.startPaused ? 'Starting paused with the one-time settings.' : 'Starting with the one-time settings.' });
          onClose();
        },
      },
    );
  };

  return (
    <OperationDialog resource={resource} label={label} id="run-once" variant="medium" description="These settings apply to this run only; the VM's configuration is unchanged." error={run.error} confirmLabel="Run once" busy={run.isPending} form="run-once-form" onClose={onClose}>
      <Form id="run-once-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <FormGroup label="Boot sequence" role="group" fieldId="run-once-boot">
          {/* Chosen devices in boot order first, then the others. */}
          {[...o.bootOrder, ...BOOT_DEVICES.filter((d) => !o.bootOrder.includes(d))].map((d) => {
            const pos = o.bootOrder.indexOf(d);
            return (
              <Flex key={d} alignItems={{ default: 'alignItemsCenter' }} gap={{ default: 'gapSm' }}>
                <FlexItem>
                  <Checkbox id={`boot-${d}`} label={pos >= 0 ? `${pos + 1}. ${BOOT_DEVICE_LABELS[d]}` : BOOT_DEVICE_LABELS[d]} isChecked={pos >= 0} onChange={(_e, on) => set('bootOrder', toggleBootDevice(o.bootOrder, d, on))} />
                </FlexItem>
                {pos >= 0 && (
                  <>
                    <FlexItem>
                      <Button variant="plain" size="sm" aria-label={`Boot ${BOOT_DEVICE_LABELS[d]} earlier`} isDisabled={pos === 0} onClick={() => set('bootOrder', moveBootDevice(o.bootOrder, d, -1))} icon={<ArrowUpIcon />} />
                    </FlexItem>
                    <FlexItem>
                      <Button variant="plain" size="sm" aria-label={`Boot ${BOOT_DEVICE_LABELS[d]} later`} isDisabled={pos === o.bootOrder.length - 1} onClick={() => set('bootOrder', moveBootDevice(o.bootOrder, d, 1))} icon={<ArrowDownIcon />} />
                    </FlexItem>
                  </>
                )}
              </Flex>
            );
          })}
          {shown.bootOrder && <Problem text={shown.bootOrder} />}
        </FormGroup>
        <FormGroup label="Attach CD" fieldId="run-once-iso">
          <FormSelect id="run-once-iso" value={o.isoFile} onChange={(_e, v) => set('isoFile', v)} aria-label="Attach CD" validated={shown.isoFile ? 'error' : 'default'} isDisabled={isos.isPending && isoDomains.length > 0}>
            <FormSelectOption value="" label={isoDomains.length === 0 && !domains.isPending ? 'No ISO domain' : 'No CD'} />
            {(isos.data ?? []).map((f) => (
              <FormSelectOption key={f.id} value={f.id ?? ''} label={displayName(f)} />
            ))}
          </FormSelect>
          {shown.isoFile && <Problem text={shown.isoFile} />}
        </FormGroup>
        <FormGroup label="Options" role="group" fieldId="run-once-options">
          <Checkbox id="run-once-paused" label="Start in paused mode" description="The VM is created on its host but does not run until resumed." isChecked={o.startPaused} onChange={(_e, v) => set('startPaused', v)} />
          <Checkbox id="run-once-stateless" label="Run stateless" description="Disk changes are discarded when the VM powers off." isChecked={o.stateless} onChange={(_e, v) => set('stateless', v)} />
          <Checkbox id="run-once-cloud-init" label="Use cloud-init / sysprep initial run" isChecked={o.cloudInit} onChange={(_e, v) => set('cloudInit', v)} />
        </FormGroup>
        <FormGroup label="Run on" fieldId="run-once-host">
          <FormSelect id="run-once-host" value={o.hostId} onChange={(_e, v) => set('hostId', v)} aria-label="Run on">
            <FormSelectOption value="" label="Any host in the cluster" />
            {candidates.map((h) => (
              <FormSelectOption key={h.id} value={h.id ?? ''} label={displayName(h)} />
            ))}
          </FormSelect>
        </FormGroup>
        <FormGroup label="Console protocol" fieldId="run-once-display">
          <FormSelect id="run-once-display" value={o.displayType} onChange={(_e, v) => set('displayType', v)} aria-label="Console protocol">
            <FormSelectOption value="" label={typeof currentDisplay === 'string' ? `As configured (${currentDisplay.toUpperCase()})` : 'As configured'} />
            <FormSelectOption value="vnc" label="VNC" />
            <FormSelectOption value="spice" label="SPICE" />
          </FormSelect>
        </FormGroup>
        <ExpandableSection toggleText="Linux boot options">
          <FormGroup label="Kernel path" fieldId="run-once-kernel">
            <TextInput id="run-once-kernel" value={o.kernel} onChange={(_e, v) => set('kernel', v)} validated={shown.kernel ? 'error' : 'default'} placeholder="iso://vmlinuz" />
            {shown.kernel && <Problem text={shown.kernel} />}
          </FormGroup>
          <FormGroup label="Initrd path" fieldId="run-once-initrd">
            <TextInput id="run-once-initrd" value={o.initrd} onChange={(_e, v) => set('initrd', v)} placeholder="iso://initrd.img" />
          </FormGroup>
          <FormGroup label="Kernel parameters" fieldId="run-once-cmdline">
            <TextInput id="run-once-cmdline" value={o.cmdline} onChange={(_e, v) => set('cmdline', v)} />
          </FormGroup>
        </ExpandableSection>
      </Form>
    </OperationDialog>
  );
}

function Problem({ text }: { text: string }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem variant="error">{text}</HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}
