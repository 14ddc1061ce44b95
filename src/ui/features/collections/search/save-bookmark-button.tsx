// "Save as bookmark" beside the search box: the search in force becomes an engine bookmark
// (`Vms: status=up`), which the navigation then lists under Bookmarks.
import { Alert, Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, Modal, ModalBody, ModalHeader, TextInput, Tooltip } from '@patternfly/react-core';
import OutlinedBookmarkIcon from '@patternfly/react-icons/dist/esm/icons/outlined-bookmark-icon';
import { useState } from 'react';
import { describeError } from '../../../app/api-errors.ts';
import { DialogFooter } from '../../../components/dialog-footer.tsx';
import { useToast } from '../../../components/toasts.tsx';
import { bookmarkValue } from '../../administration/bookmarks/bookmark-route.ts';
import { useEntryPoint } from '../../entry/api/get-entry-point.ts';
import { useCreateResource } from '../../forms/api/create-resource.ts';

export function SaveBookmarkButton({ object, search }: { object: string; search: string }) {
  const { data: entry } = useEntryPoint();
  const [open, setOpen] = useState(false);
  const href = entry?.links.bookmarks;
  const value = bookmarkValue(object, search);
  if (!href || !value) return null;
  return (
    <>
      <Tooltip content="Save as bookmark">
        <Button variant="plain" aria-label="Save as bookmark" icon={<OutlinedBookmarkIcon />} onClick={() => setOpen(true)} data-testid="save-bookmark" />
      </Tooltip>
      {open && <SaveBookmarkDialog href={href} value={value} onClose={() => setOpen(false)} />}
    </>
  );
}

function SaveBookmarkDialog({ href, value, onClose }: { href: string; value: string; onClose: () => void }) {
  const [name, setName] = useState('');
  const create = useCreateResource();
  const toast = useToast();
  const fault = create.error ? describeError(create.error) : null;
  const submit = () => {
    if (!name.trim()) return;
    create.mutate(
      { collectionHref: href, kind: 'bookmark', fields: { name: name.trim(), value } },
      {
        onSuccess: () => {
          toast({ variant: 'success', title: `Bookmark ${name.trim()} saved` });
          onClose();
        },
      },
    );
  };
  return (
    <Modal isOpen variant="small" onClose={onClose} aria-labelledby="save-bookmark-title" data-testid="save-bookmark-dialog">
      <ModalHeader title="Save as bookmark" labelId="save-bookmark-title" />
      <ModalBody>
        {fault && (
          <Alert variant="danger" isInline title={fault.title} style={{ marginBottom: 'var(--pf-t--global--spacer--md)' }} data-testid="bookmark-fault">
            {fault.detail}
          </Alert>
        )}
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <FormGroup label="Name" isRequired fieldId="bookmark-name">
            <TextInput id="bookmark-name" value={name} onChange={(_e, v) => setName(v)} isRequired autoFocus data-testid="bookmark-name" />
            <FormHelperText>
              <HelperText>
                <HelperTextItem>
                  Search: <code className="vantage-mono">{value}</code>
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
        </Form>
      </ModalBody>
      <DialogFooter label="Save" onConfirm={submit} onCancel={onClose} busy={create.isPending} disabled={!name.trim()} testId="save-bookmark-submit" />
    </Modal>
  );
}
