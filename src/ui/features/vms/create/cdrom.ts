// Changing a VM's CD: the engine has one CD-ROM per VM (id = zero UUID), its `file.id` names
// the ISO and an empty id means no media. A running VM's media changes with `current=true`;
// without it the change waits for the next run (api-reference §7, cdrom).
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { isStructure, statusOf } from '../../../lib/fields.ts';

const NOT_RUNNING = new Set(['down', 'suspended', 'image_locked', 'unassigned', 'unknown']);

/** Whether the VM has a running QEMU whose media `current=true` would change. */
export function vmIsRunning(vm: Resource): boolean {
  const s = statusOf(vm);
  return !!s && !NOT_RUNNING.has(s);
}

/** The ISO in the drive, or undefined when it is empty. */
export function currentIso(cdrom: Resource | undefined): string | undefined {
  const file = cdrom?.fields.file;
  return isStructure(file) && file.id ? file.id : undefined;
}

export function cdromBody(isoId: string | undefined): InputFields {
  return { file: { id: isoId ?? '' } };
}

/** Where to PUT: the CD-ROM's own href, with `current=true` for a running VM. */
export function cdromUpdateHref(cdromHref: string, running: boolean): string {
  if (!running) return cdromHref;
  return `${cdromHref}${cdromHref.includes('?') ? '&' : '?'}current=true`;
}
