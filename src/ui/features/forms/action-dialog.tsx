// One dialog per action: a form from the engine's own description of the action's
// parameters (or just a confirmation when it has none). A refusal shows the engine's reason
// inside the dialog, where it can be read; success is a toast, except for results worth
// keeping on screen (a console ticket).
import { Button, ClipboardCopy, Content, Modal, ModalBody, ModalFooter, ModalHeader, Skeleton } from '@patternfly/react-core';
import { useMemo, useState } from 'react';
import { describeAction } from '../../../api/actions.ts';
import type { ActionResult, Resource } from '../../../api/resource.ts';
import { DialogFooter } from '../../components/dialog-footer.tsx';
import { FaultAlert } from '../../components/fault-alert.tsx';
import { useToast } from '../../components/toasts.tsx';
import { displayName } from '../../lib/fields.ts';
import { humanize, kindTitle } from '../../lib/titles.ts';
import { useRunAction } from '../resources/api/run-action.ts';
import type { ActionDialogProps } from '../resources/extension-types.ts';
import { useActionCatalog } from './api/get-action-catalog.ts';
import { downloadText } from '../../lib/download-file.ts';
import { consoleFile, ticketOf, type ConsoleTicket } from './console-file.ts';
import { ParamForm } from './param-form.tsx';
import { deriveFields, initialValues, validate, valuesToBody, type FormValues } from './param-fields.ts';

const RISKY = /^(Power off|Reset|Shutdown|Reboot|Maintenance|Deactivate|Fence|Remove|Stop)/;


export function ActionDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const catalog = useActionCatalog();
  const fields = useMemo(() => (catalog.isPending ? [] : deriveFields(describeAction(resource.kind, action, catalog.data?.catalog ?? undefined)?.params ?? [])), [catalog.isPending, catalog.data, resource.kind, action]);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [ticket, setTicket] = useState<ConsoleTicket | null>(null);
  const run = useRunAction();
  const toast = useToast();
  const name = displayName(resource);
  const current = { ...initialValues(fields), ...values };
  const risky = RISKY.test(label);
  const failed = !!run.error;
  const formId = `action-form-${action}`;

  const submit = () => {
    const problems = validate(fields, current);
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !resource.href) return;
    run.mutate(
      { href: resource.href, name: action, params: valuesToBody(fields, current) as never },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const t = ticketOf(result.resource);
          toast({
            variant: result.status === 'failed' ? 'warning' : 'success',
            title: `${label}: ${name}`,
            body: result.status === 'complete' ? 'The engine accepted the request.' : `Engine status: ${humanize(result.status)}.`,
          });
          if (t) setTicket(t);
          else onClose();
        },
      },
    );
  };

  if (ticket) return <TicketView vm={resource} ticket={ticket} onClose={onClose} />;

  return (
    <Modal isOpen variant={fields.length > 0 ? 'medium' : 'small'} onClose={onClose} aria-labelledby="action-dialog-title" aria-describedby="action-dialog-body" data-testid="action-dialog">
      <ModalHeader title={`${label}: ${name}`} labelId="action-dialog-title" titleIconVariant={risky ? 'warning' : undefined} />
      <ModalBody id="action-dialog-body">
        <FaultAlert error={run.error} testId="action-fault" />
        {catalog.isPending ? (
          <Skeleton height="4rem" screenreaderText="Loading the action's parameters" />
        ) : fields.length > 0 ? (
          <ParamForm id={formId} fields={fields} values={current} errors={errors} subject={resource} onChange={(p, v) => {
            setValues((cur) => ({ ...cur, [p]: v }));
            setErrors(({ [p]: _fixed, ...rest }) => rest);
          }} onSubmit={submit} />
        ) : (
          <Content component="p">
            {label} the {kindTitle(resource.kind).toLowerCase()} <strong>{name}</strong>?
          </Content>
        )}
      </ModalBody>
      <DialogFooter
        label={failed ? 'Try again' : label}
        cancelLabel={failed ? 'Close' : 'Cancel'}
        danger={risky}
        busy={run.isPending}
        disabled={catalog.isPending}
        onConfirm={submit}
        onCancel={onClose}
        testId="action-submit"
      />
    </Modal>
  );
}

function TicketView({ vm, ticket, onClose }: { vm: Resource; ticket: ConsoleTicket; onClose: () => void }) {
  const file = consoleFile(vm, ticket);
  const download = () => {
    if (file) downloadText(file, 'console.vv', 'application/x-virt-viewer');
  };
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="ticket-title" data-testid="ticket-result">
      <ModalHeader title={`Console ticket: ${displayName(vm)}`} labelId="ticket-title" />
      <ModalBody>
        <Content component="p">Console password (shown once):</Content>
        <ClipboardCopy isReadOnly hoverTip="Copy" clickTip="Copied" data-testid="ticket-value">
          {ticket.value}
        </ClipboardCopy>
        {ticket.expiry !== undefined && <Content component="p" style={{ marginTop: 'var(--pf-t--global--spacer--sm)' }}>Valid for {ticket.expiry} seconds.</Content>}
      </ModalBody>
      <ModalFooter>
        {file && (
          <Button variant="primary" onClick={download}>
            Download console.vv
          </Button>
        )}
        <Button variant="link" onClick={onClose}>
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}
