// Console access: sets a one-time console password (the `ticket` action), shows it with its
// expiry counting down, and offers a remote-viewer file per graphics console of the VM.
import { Alert, Button, ClipboardCopy, Content, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalFooter, ModalHeader, TextInput } from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import type { ActionResult, Resource, Structure } from '../../../../api/resource.ts';
import { displayName, valueAt } from '../../../lib/fields.ts';
import { useCollection } from '../../collections/api/get-collection.ts';
import { consoleFile, ticketOf, type ConsoleTicket } from '../../forms/console-file.ts';
import { useRunAction } from '../../resources/api/run-action.ts';
import type { ActionDialogProps } from '../../resources/extension-types.ts';
import { consoleTarget, expiryText, protocolLabel, secondsLeft } from './console-target.ts';
import { downloadText } from '../../../lib/download-file.ts';
import { OperationDialog } from './operation-dialog.tsx';

const DEFAULT_EXPIRY = 120;

export function ConsoleTicketDialog({ resource, action, label, onClose, onDone }: ActionDialogProps) {
  const [expiry, setExpiry] = useState(String(DEFAULT_EXPIRY));
  const [issued, setIssued] = useState<{ ticket: ConsoleTicket; at: number } | null>(null);
  const run = useRunAction();
  const seconds = Number(expiry);
  const invalid = !Number.isInteger(seconds) || seconds < 1 || seconds > 86_400;

  const submit = () => {
    if (invalid || !resource.href) return;
    run.mutate(
      { href: resource.href, name: action, params: { ticket: { expiry: seconds } } },
      {
        onSuccess: (result: ActionResult) => {
          onDone();
          const t = ticketOf(result.resource);
          if (t) setIssued({ ticket: t, at: Date.now() });
        },
      },
    );
  };

  if (issued) return <TicketResult vm={resource} ticket={issued.ticket} issuedAt={issued.at} onClose={onClose} />;

  return (
    <OperationDialog resource={resource} label={label} id="ticket-dialog" description="A one-time password for the VM's graphical console (SPICE or VNC)." error={run.error} confirmLabel="Get console ticket" busy={run.isPending} disabled={invalid} form="ticket-form" onClose={onClose}>
      <Form id="ticket-form" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <FormGroup label="Valid for (seconds)" fieldId="ticket-expiry">
          <TextInput id="ticket-expiry" type="number" value={expiry} onChange={(_e, v) => setExpiry(v)} validated={invalid ? 'error' : 'default'} />
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant={invalid ? 'error' : 'default'}>{invalid ? 'A whole number of seconds, 1 to 86400.' : 'The console must be opened within this time.'}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
    </OperationDialog>
  );
}

function TicketResult({ vm, ticket, issuedAt, onClose }: { vm: Resource; ticket: ConsoleTicket; issuedAt: number; onClose: () => void }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = secondsLeft(ticket.expiry, issuedAt, now);
  const consoles = useCollection(vm.links.graphicsconsoles, {}, { poll: false });
  // Without a graphicsconsoles collection (older engines) the VM's own display is the console.
  const targets = vm.links.graphicsconsoles
    ? (consoles.data?.items ?? []).map((c) => ({ key: c.id ?? protocolLabel(c), label: protocolLabel(c), endpoint: endpointOf(consoleTarget(vm, c)), file: consoleFile(consoleTarget(vm, c), ticket) }))
    : [{ key: 'display', label: 'Console', endpoint: endpointOf(vm), file: consoleFile(vm, ticket) }];
  const usable = targets.filter((t) => t.file);

  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="ticket-title" data-testid="ticket-result">
      <ModalHeader title={`Console ticket: ${displayName(vm)}`} labelId="ticket-title" />
      <ModalBody>
        <Content component="p">Console password (shown once):</Content>
        <ClipboardCopy isReadOnly hoverTip="Copy" clickTip="Copied" data-testid="ticket-value">
          {ticket.value}
        </ClipboardCopy>
        <Content component="p" style={{ marginTop: 'var(--pf-t--global--spacer--sm)' }} data-testid="ticket-expiry">
          {expiryText(ticket.expiry, issuedAt)}
          {left !== undefined && (left > 0 ? ` ${left} s left.` : ' Expired: get a new ticket to connect.')}
        </Content>
        {usable.length > 0 && (
          <Content component="p" data-testid="console-endpoints">
            Console file for remote-viewer (virt-viewer): {usable.map((t) => `${t.label} at ${t.endpoint}`).join(', ')}.
          </Content>
        )}
        {consoles.error && <Alert variant="warning" isInline title="The VM's consoles could not be read." />}
        {!consoles.isPending && targets.every((t) => !t.file) && (
          <Alert variant="info" isInline title="No console to connect to" data-testid="no-console" style={{ marginTop: 'var(--pf-t--global--spacer--sm)' }}>
            The VM has no graphical console with an address right now (it is not running, or headless).
          </Alert>
        )}
      </ModalBody>
      <ModalFooter>
        {usable.map((t) => (
          <Button key={t.key} variant="primary" isDisabled={left === 0} onClick={() => downloadText(t.file!, usable.length > 1 ? `console-${t.label.toLowerCase()}.vv` : 'console.vv', 'application/x-virt-viewer')} data-testid="download-console">
            {usable.length > 1 ? `Download console.vv (${t.label})` : 'Download console.vv'}
          </Button>
        ))}
        <Button variant="link" onClick={onClose}>
          Close
        </Button>
      </ModalFooter>
    </Modal>
  );
}

function endpointOf(vm: Structure): string {
  const address = valueAt(vm, 'display.address');
  const port = valueAt(vm, 'display.secure_port') ?? valueAt(vm, 'display.port');
  return `${String(address ?? '?')}:${String(port ?? '?')}`;
}
