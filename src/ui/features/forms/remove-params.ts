// What a DELETE may carry per type (the model's `remove` parameters admins use), and which
// types are destructive enough to make the admin type the object's name.
import type { FormField } from './param-fields.ts';

const box = (path: string, label: string, help?: string): FormField => ({ path, label, control: 'checkbox', required: false, advanced: false, ...(help ? { help } : {}) });

const PARAMS: Record<string, FormField[]> = {
  vm: [box('detach_only', 'Keep the disks (detach only)')],
  host: [box('force', 'Force removal', 'Removes the host even if the engine cannot reach it.')],
  data_center: [box('force', 'Force removal', 'Removes the data center even if its storage is unreachable.')],
  storage_domain: [
    { path: 'host', label: 'Host to use', control: 'reference', refType: 'host', required: false, advanced: false, help: 'The host that cleans the storage up (needed to format or destroy).' },
    box('format', 'Format the storage', 'Erases the domain’s data on the storage.'),
    box('destroy', 'Destroy (remove from the engine only)', 'Leaves the storage untouched; for unreachable domains.'),
  ],
};

const TYPE_NAME = new Set(['storage_domain', 'data_center', 'cluster']);

export function removeFields(kind: string): FormField[] {
  return PARAMS[kind] ?? [];
}

/** Removal the admin must confirm by typing the object's name. */
export function mustTypeName(kind: string): boolean {
  return TYPE_NAME.has(kind);
}

/** The DELETE query of the dialog's values: ticked boxes and chosen references only. */
export function removeQuery(fields: FormField[], values: Record<string, string | boolean>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const f of fields) {
    const v = values[f.path];
    if (v === true || (typeof v === 'string' && v !== '')) out[f.path] = v;
  }
  return out;
}
