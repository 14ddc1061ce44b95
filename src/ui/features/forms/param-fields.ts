// From a parameter list (an action's, from the engine's self-description, or an entity's
// curated fields) to form fields, and from the form's values back to a request body. Pure, so
// the mapping that decides what reaches the engine is tested without a browser.
import type { ActionParam } from '../../../api/actions.ts';

export type Control = 'text' | 'password' | 'number' | 'checkbox' | 'select' | 'reference' | 'unsupported';

export interface FormField {
  /** Dotted path in the body (`host`, `ticket.expiry`, `cluster`). */
  path: string;
  label: string;
  control: Control;
  required: boolean;
  advanced: boolean;
  /** Select choices (enums). */
  options?: string[];
  /** Model type of the referenced object (`host`). */
  refType?: string;
  /** Integer or decimal (number controls). */
  integer?: boolean;
  /** Enum list: a select of one value sent as a one-element list. */
  list?: boolean;
  help?: string;
  /** Shown in this unit, sent in bytes (memory in MiB, disk sizes in GiB). */
  unit?: 'MiB' | 'GiB';
}

export const UNIT_BYTES = { MiB: 1024 ** 2, GiB: 1024 ** 3 } as const;

/** Form values by path: strings from inputs and selects (references hold an id), booleans
 * from checkboxes; '' means "not given". */
export type FormValues = Record<string, string | boolean>;

export function controlOf(p: ActionParam): Control {
  if (p.secret) return 'password';
  switch (p.type) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
    case 'decimal':
      return 'number';
    case 'enum':
      return 'select';
    case 'reference':
      return 'reference';
    case 'struct':
      // `host` / `storage_domain` structs are references in practice; other structs (grace
      // periods, bricks) have no sensible single control
      return p.refType && !p.list && REFERABLE.has(p.refType) ? 'reference' : 'unsupported';
    default:
      return 'text';
  }
}

/** Struct types a struct parameter may name by id (picked from their collection). */
const REFERABLE = new Set(['host', 'cluster', 'data_center', 'storage_domain', 'template', 'vm', 'disk', 'network', 'snapshot', 'vnic_profile', 'disk_profile', 'cpu_profile', 'role', 'user', 'group', 'tag', 'instance_type']);

/** Form fields of a parameter list; struct parameters no control can express are left out
 * (the engine's defaults apply). */
export function deriveFields(params: ActionParam[]): FormField[] {
  const out: FormField[] = [];
  for (const p of params) {
    const control = controlOf(p);
    if (control === 'unsupported') continue;
    if (p.list && control !== 'select' && control !== 'reference') continue;
    out.push({
      path: p.path,
      label: p.label,
      control,
      required: p.required,
      advanced: !!p.advanced && !p.required,
      ...(p.values ? { options: p.values } : {}),
      ...(p.refType ? { refType: p.refType } : {}),
      ...(p.type === 'integer' ? { integer: true } : {}),
      ...(p.list ? { list: true } : {}),
    });
  }
  return out;
}

export function initialValues(fields: FormField[], from: Record<string, string | boolean> = {}): FormValues {
  const v: FormValues = {};
  for (const f of fields) v[f.path] = from[f.path] ?? (f.control === 'checkbox' ? false : '');
  return v;
}

/** Readable problems by path; empty when the form may be sent. */
export function validate(fields: FormField[], values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.path];
    if (f.required && f.control !== 'checkbox' && (v === undefined || v === '')) errors[f.path] = `${f.label} is required.`;
    else if (f.control === 'number' && typeof v === 'string' && v !== '') {
      const n = Number(v);
      if (!Number.isFinite(n)) errors[f.path] = `${f.label} must be a number.`;
      else if (f.integer && !f.unit && !Number.isInteger(n)) errors[f.path] = `${f.label} must be a whole number.`;
    }
  }
  return errors;
}

/** The body members of the form's values: numbers as numbers, references as `{id}`, enum
 * lists as one-element lists, empty and unchecked fields left out (the engine's defaults
 * apply) — unless `edit`, where a cleared text or an unticked box is a change to send, or
 * the box is mandatory.
 * Dotted paths nest. */
export function valuesToBody(fields: FormField[], values: FormValues, opts: { edit?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.path];
    if (v === undefined) continue;
    if (v === '' && !(opts.edit && f.control === 'text')) continue;
    // a mandatory flag (data center `local`) is sent even when false
    if (v === false && !opts.edit && !f.required) continue;
    let wire: unknown = v;
    if (f.control === 'number') wire = Math.round(Number(v) * (f.unit ? UNIT_BYTES[f.unit] : 1));
    else if (f.control === 'reference') wire = f.list ? [{ id: v }] : { id: v };
    else if (f.list) wire = [v];
    setPath(out, f.path, wire);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) {
    const next = cur[p];
    cur = (typeof next === 'object' && next !== null ? next : (cur[p] = {})) as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}

/** Only the fields whose value differs from the starting point (a PUT sends just those). */
export function changedValues(fields: FormField[], start: FormValues, now: FormValues): FormValues {
  const out: FormValues = {};
  for (const f of fields) if (now[f.path] !== start[f.path]) out[f.path] = now[f.path];
  return out;
}
