// "New" for a collection: opens the area's wizard when one is registered for the item kind
// (extension-registry.ts), the generic form of the item type otherwise. Renders nothing for
// types with neither, so a page can mount it unconditionally:
//   <CreateButton collectionHref={href} kind={itemKind} parent={vm} />
import { Button } from '@patternfly/react-core';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { Suspense, useState } from 'react';
import type { Resource } from '../../../api/resource.ts';
import { kindTitle } from '../../lib/titles.ts';
import { extensionFor } from '../resources/extension-registry.ts';
import { EntityFormModal } from './entity-form-modal.tsx';
import { hasEntityForm } from './entity-fields.ts';

export function CreateButton({ collectionHref, kind, parent, size }: { collectionHref: string; kind: string | undefined; parent?: Resource; size?: 'sm' }) {
  const [open, setOpen] = useState(false);
  const wizard = extensionFor(kind).create;
  // The generic form knows top-level types only; sub-collections need a registered dialog.
  const generic = !parent && !!kind && hasEntityForm(kind);
  if (!kind || (!wizard && !generic)) return null;
  const Dialog = wizard?.dialog;
  return (
    <>
      <Button variant="primary" size={size} icon={<PlusCircleIcon />} onClick={() => setOpen(true)} data-testid="create-button">
        {wizard?.label ?? `New ${kindTitle(kind).toLowerCase()}`}
      </Button>
      {open &&
        (Dialog ? (
          <Suspense fallback={null}>
            <Dialog collectionHref={collectionHref} parent={parent} onClose={() => setOpen(false)} />
          </Suspense>
        ) : (
          <EntityFormModal mode="create" kind={kind} collectionHref={collectionHref} onClose={() => setOpen(false)} />
        ))}
    </>
  );
}
