// What "New" opens for storage domains: the wizard on the storage domains collection; on a
// data center's storagedomains sub-collection, "new" means attaching an existing domain.
import type { CreateDialogProps } from '../resources/extension-types.ts';
import { AttachDomainModal } from './attachments/attach-domain-modal.tsx';
import { NewDomainWizard } from './wizard/new-domain-wizard.tsx';

export function CreateStorageDomainDialog({ collectionHref, parent, onClose }: CreateDialogProps) {
  if (parent?.kind === 'data_center') return <AttachDomainModal dataCenter={parent} attachedHref={collectionHref} onClose={onClose} />;
  return <NewDomainWizard collectionHref={collectionHref} onClose={onClose} />;
}
