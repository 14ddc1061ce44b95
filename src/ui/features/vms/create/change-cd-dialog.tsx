// Journey: button "Change CD" (testid action-change-cd) on a VM page opens testid cd-dialog; combobox "ISO image" (values = file ids, e.g. rhel-9.4-x86_64-dvd.iso); buttons "Insert" (testid cd-insert), "Eject" (testid cd-eject); testids cd-current ("Current media: …" / "No media in the CD drive."), cd-dialog-fault.
// "Change CD": the images of the ISO domains (and data domains) of the VM's data center, inserted into
// or ejected from the VM's one CD-ROM. A running VM's media changes at once (`current=true`);
// a stopped VM keeps the choice for its next run.
import { Button, Content, Form, Modal, ModalBody, ModalFooter, ModalHeader, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { useToast } from '../../../components/toasts.tsx';
import { displayName } from '../../../lib/fields.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useChoices } from '../../forms/api/list-choices.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { useIsoFiles } from './api/get-iso-files.ts';
import { useUpdateCdrom } from './api/update-cdrom.ts';
import { useVmDataCenter } from './api/get-vm-data-center.ts';
import { currentIso, vmIsRunning } from './cdrom.ts';
import { isoSourcesOf } from './choices.ts';
import { FaultAlert } from '../../../components/fault-alert.tsx';
import { SelectField } from './form-fields.tsx';

export function ChangeCdDialog({ resource: vm, label, onClose, onDone }: ActionDialogProps) {
  const ep = useEntryPoint();
  const cdroms = useChoices(vm.links.cdroms);
  const { dataCenter, isPending: placing, error: placementError } = useVmDataCenter(vm);
  const domains = useChoices(ep.data?.links.storagedomains);
  const attached = useChoices(dataCenter?.links.storagedomains);
  const sources = useMemo(() => isoSourcesOf(domains.data?.items ?? [], dataCenter?.id, attached.data?.items), [domains.data, dataCenter?.id, attached.data]);
  const iso = useIsoFiles(sources);
  const change = useUpdateCdrom();
  const toast = useToast();
  const name = displayName(vm);

  const cdrom = cdroms.data?.items[0];
  const inDrive = currentIso(cdrom);
  const [picked, setPicked] = useState<string | null>(null);
  const selection = picked ?? inDrive ?? iso.files[0]?.id ?? '';
  const running = vmIsRunning(vm);
  const manyDomains = new Set(iso.files.map((f) => f.domain)).size > 1;
  const loading = cdroms.isPending || placing || domains.isPending || (!!dataCenter?.links.storagedomains && attached.isPending) || (sources.length > 0 && iso.isPending);

  const apply = (isoId: string | undefined) => {
    if (!cdrom?.href || !vm.href) return;
    change.mutate(
      { cdromHref: cdrom.href, vmHref: vm.href, isoId, running },
      {
        onSuccess: () => {
          onDone();
          toast({
            variant: 'success',
            title: isoId ? `${isoId} inserted into ${name}` : `CD ejected from ${name}`,
            body: running ? undefined : 'The VM uses it from its next start.',
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal isOpen variant="medium" onClose={onClose} aria-labelledby="cd-dialog-title" data-testid="cd-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="cd-dialog-title" />
      <ModalBody>
        <FaultAlert error={change.error ?? placementError ?? cdroms.error ?? domains.error ?? iso.error} testId="cd-dialog-fault" />
        {loading ? (
          <Skeleton height="6rem" screenreaderText="Loading the ISO images" />
        ) : (
          <>
            <Content component="p" data-testid="cd-current">
              {inDrive ? <>Current media: <strong>{inDrive}</strong></> : 'No media in the CD drive.'}
            </Content>
            <Form id="cd-form" onSubmit={(e) => { e.preventDefault(); if (selection) apply(selection); }}>
              <SelectField id="cd-iso" label="ISO image" value={selection} onChange={setPicked}
                options={iso.files.map((f) => ({ value: f.id, label: manyDomains ? `${f.name} (${f.domain})` : f.name }))}
                placeholder={iso.files.length ? undefined : sources.length ? "The data center's domains hold no ISO images" : 'No ISO or data domain is active in this data center'}
                hint={running ? 'The VM is running: the media changes now.' : 'The VM is not running: it boots with this media next time.'} />
            </Form>
          </>
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" type="submit" form="cd-form" isLoading={change.isPending && change.variables?.isoId !== undefined} isDisabled={change.isPending || loading || !selection || !cdrom} data-testid="cd-insert">
          Insert
        </Button>
        <Button variant="secondary" onClick={() => apply(undefined)} isLoading={change.isPending && change.variables?.isoId === undefined} isDisabled={change.isPending || loading || !inDrive} data-testid="cd-eject">
          Eject
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
