// "New" for a collection page: opens the create form of the collection's item type. Renders
// nothing for types without a form, so a page can mount it unconditionally:
//   <CreateButton collectionHref={href} kind={itemKind} />
import { Button } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useState } from 'react';
import { kindTitle } from '../../lib/titles.ts';
import { EntityFormModal } from './entity-form-modal.tsx';
import { hasEntityForm } from './entity-fields.ts';

export function CreateButton({ collectionHref, kind }: { collectionHref: string; kind: string | undefined }) {
  const [open, setOpen] = useState(false);
  if (!kind || !hasEntityForm(kind)) return null;
  return (
    <>
      <Button variant="primary" icon={<PlusCircleIcon />} onClick={() => setOpen(true)} data-testid="create-button">
        New {kindTitle(kind).toLowerCase()}
      </Button>
      {open && <EntityFormModal mode="create" kind={kind} collectionHref={collectionHref} onClose={() => setOpen(false)} />}
    </>
  );
}
