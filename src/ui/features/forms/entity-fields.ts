// Create and edit forms of the main types: a short curated list of the fields an admin sets
// (what the `add` method of the model marks mandatory, plus the common optional ones), with
// each field's type, enum values and referenced type read from the generated API model, so a
// form can never send a member the engine does not know.
import { ENUMS } from '../../../api/generated/model-types.ts';
import { memberCode } from '../../../api/model-types.ts';
import type { Structure } from '../../../api/resource.ts';
import { valueAt } from '../../lib/fields.ts';
import { humanize } from '../../lib/titles.ts';
import { UNIT_BYTES, type Control, type FormField, type FormValues } from './param-fields.ts';

interface Spec {
  path: string;
  label?: string;
  /** Mandatory on create (the model's `mandatory_attributes` of `add`). */
  required?: boolean;
  /** Set on create only (the engine refuses or ignores a change later). */
  createOnly?: boolean;
  secret?: boolean;
  unit?: 'MiB' | 'GiB';
  help?: string;
}

const NAME: Spec = { path: 'name', required: true };
const DESCRIPTION: Spec = { path: 'description' };
const COMMENT: Spec = { path: 'comment' };

const SPECS: Record<string, Spec[]> = {
  vm: [
    NAME,
    DESCRIPTION,
    COMMENT,
    { path: 'cluster', required: true, createOnly: true },
    { path: 'template', required: true, createOnly: true, help: 'Blank starts an empty VM.' },
    { path: 'memory', unit: 'MiB' },
    { path: 'cpu.topology.sockets', label: 'Virtual sockets' },
    { path: 'cpu.topology.cores', label: 'Cores per socket' },
    { path: 'os.type', label: 'Operating system' },
    { path: 'type', label: 'Optimized for' },
    { path: 'stateless' },
    { path: 'delete_protected' },
  ],
  host: [
    NAME,
    DESCRIPTION,
    COMMENT,
    { path: 'address', required: true, label: 'Address (FQDN or IP)' },
    { path: 'root_password', required: true, createOnly: true, secret: true },
    { path: 'cluster', required: true },
    { path: 'port', label: 'SSH port' },
  ],
  cluster: [NAME, DESCRIPTION, COMMENT, { path: 'data_center', required: true, createOnly: true }, { path: 'cpu.type', label: 'CPU type' }],
  data_center: [NAME, DESCRIPTION, COMMENT, { path: 'local', label: 'Local storage' }, { path: 'quota_mode' }],
  network: [NAME, DESCRIPTION, COMMENT, { path: 'data_center', required: true, createOnly: true }, { path: 'vlan.id', label: 'VLAN tag' }, { path: 'mtu', label: 'MTU' }],
  storage_domain: [
    NAME,
    DESCRIPTION,
    COMMENT,
    { path: 'type', required: true, createOnly: true, label: 'Domain function' },
    { path: 'host', required: true, createOnly: true, label: 'Host to use' },
    { path: 'storage.type', required: true, createOnly: true, label: 'Storage type' },
    { path: 'storage.address', createOnly: true, label: 'Server address' },
    { path: 'storage.path', createOnly: true, label: 'Export path' },
  ],
  disk: [
    { path: 'name', required: true, label: 'Alias' },
    DESCRIPTION,
    { path: 'provisioned_size', required: true, unit: 'GiB', label: 'Size' },
    { path: 'format', required: true, createOnly: true },
    { path: 'storage_domains', required: true, createOnly: true, label: 'Storage domain' },
    { path: 'sparse', createOnly: true, label: 'Thin provisioned' },
    { path: 'shareable' },
  ],
  template: [NAME, DESCRIPTION, COMMENT, { path: 'vm', required: true, createOnly: true, label: 'From VM' }],
  vnic_profile: [NAME, DESCRIPTION, { path: 'network', required: true, createOnly: true }, { path: 'port_mirroring' }],
  tag: [NAME, DESCRIPTION, { path: 'parent', label: 'Parent tag' }],
  role: [NAME, DESCRIPTION, { path: 'administrative', createOnly: true }],
};

/** Kinds with a create/edit form. */
export function hasEntityForm(kind: string | undefined): boolean {
  return !!kind && kind in SPECS;
}

/** Model type code of a dotted member path of `kind` (`cpu.topology.cores` → `i`). */
export function codeAt(kind: string, path: string): string | undefined {
  let type: string | undefined = kind;
  let code: string | undefined;
  for (const part of path.split('.')) {
    code = memberCode(type, part);
    if (!code) return undefined;
    type = code.replace(/\[\]$/, '');
  }
  return code;
}

function fieldOf(kind: string, s: Spec, mode: 'create' | 'edit', modelRequired: string[]): FormField | undefined {
  const code = codeAt(kind, s.path);
  if (!code) return undefined;
  const list = code.endsWith('[]');
  const base = list ? code.slice(0, -2) : code;
  let control: Control;
  let options: string[] | undefined;
  let refType: string | undefined;
  if (s.secret) control = 'password';
  else if (base === 's') control = 'text';
  else if (base === 'i' || base === 'd') control = 'number';
  else if (base === 'b') control = 'checkbox';
  else if (base.startsWith('#')) {
    control = 'select';
    options = ENUMS[base.slice(1)] ?? [];
  } else if (base.length > 1) {
    control = 'reference';
    refType = base;
  } else return undefined;
  return {
    path: s.path,
    label: `${s.label ?? humanize(s.path.split('.').pop() ?? s.path)}${s.unit ? ` (${s.unit})` : ''}`,
    control,
    required: mode === 'create' ? !!s.required || modelRequired.includes(s.path) : s.path === 'name' && !!s.required,
    advanced: false,
    ...(options ? { options } : {}),
    ...(refType ? { refType } : {}),
    ...(base === 'i' ? { integer: true } : {}),
    ...(list ? { list } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.help ? { help: s.help } : {}),
  };
}

/** The form fields of `kind` for creating or editing (edit leaves out create-only fields);
 * `modelRequired` adds what the engine's own model marks mandatory for `add`. */
export function entityFields(kind: string, mode: 'create' | 'edit', modelRequired: string[] = []): FormField[] {
  return (SPECS[kind] ?? []).filter((s) => mode === 'create' || !s.createOnly).flatMap((s) => fieldOf(kind, s, mode, modelRequired) ?? []);
}

/** The form's starting values from an existing object (edit). */
export function valuesFromResource(fields: FormField[], resource: Structure): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = valueAt(resource, f.path);
    if (f.control === 'checkbox') out[f.path] = v === true;
    else if (f.control === 'reference') out[f.path] = v && typeof v === 'object' && !Array.isArray(v) ? (v.id ?? '') : '';
    else if (f.control === 'number' && typeof v === 'number') out[f.path] = String(f.unit ? v / UNIT_BYTES[f.unit] : v);
    else if (typeof v === 'string' || typeof v === 'number') out[f.path] = String(v);
    else out[f.path] = '';
  }
  return out;
}
