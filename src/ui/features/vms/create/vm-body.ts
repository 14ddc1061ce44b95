// The new-VM wizard's answers → the `<vm>` the engine's add expects (name, cluster and
// template are mandatory; sizes in bytes; topology as sockets × cores with one thread).
import type { Resource } from '../../../../api/resource.ts';
import type { InputFields } from '../../../../api/write.ts';
import { valueAt } from '../../../lib/fields.ts';
import { countProblem, fromBytes, MAX_VM_MEMORY, memoryProblem, toBytes, type MemoryUnit } from './units.ts';
import { vmNameProblem } from './vm-name.ts';

export interface VmWizardValues {
  clusterId: string;
  templateId: string;
  name: string;
  description: string;
  memory: string;
  memoryUnit: MemoryUnit;
  sockets: string;
  cores: string;
  os: string;
  timeZone: string;
  highlyAvailable: boolean;
}

export const BLANK_TEMPLATE_ID = '00000000-0000-0000-0000-000000000000';

export const DEFAULT_VM_VALUES: VmWizardValues = {
  clusterId: '',
  templateId: BLANK_TEMPLATE_ID,
  name: '',
  description: '',
  memory: '1',
  memoryUnit: 'GiB',
  sockets: '1',
  cores: '1',
  os: 'other',
  timeZone: 'Etc/GMT',
  highlyAvailable: false,
};

/** The engine's `MaxNumOfVmSockets` / `MaxNumOfCpuPerSocket` defaults. */
export const MAX_SOCKETS = 16;
export const MAX_CORES = 254;

export type VmWizardErrors = Partial<Record<keyof VmWizardValues, string>>;

/** Problems of the first step (where the VM goes and what it is called). */
export function generalProblems(v: VmWizardValues): VmWizardErrors {
  const out: VmWizardErrors = {};
  if (!v.clusterId) out.clusterId = 'Choose a cluster.';
  if (!v.templateId) out.templateId = 'Choose a template.';
  const name = vmNameProblem(v.name);
  if (name) out.name = name;
  if (v.description.length > 255) out.description = 'At most 255 characters.';
  return out;
}

/** Problems of the second step (hardware and guest settings). */
export function systemProblems(v: VmWizardValues): VmWizardErrors {
  const out: VmWizardErrors = {};
  const memory = memoryProblem(v.memory, v.memoryUnit);
  if (memory) out.memory = memory;
  const sockets = countProblem(v.sockets, MAX_SOCKETS);
  if (sockets) out.sockets = sockets;
  const cores = countProblem(v.cores, MAX_CORES);
  if (cores) out.cores = cores;
  if (!v.os) out.os = 'Choose an operating system.';
  if (!v.timeZone) out.timeZone = 'Choose a time zone.';
  return out;
}

/** The portal's memory policy for a new size: all of it guaranteed, hot-plug up to four times
 * as much (within the engine's limit). Sent explicitly so a template's larger guarantee cannot
 * exceed a smaller VM ("Physical Memory Guaranteed cannot exceed Memory Size"). */
export function memoryPolicyFor(memory: number): { guaranteed: number; max: number } {
  return { guaranteed: memory, max: Math.max(memory, Math.min(4 * memory, MAX_VM_MEMORY)) };
}

export function buildVmBody(v: VmWizardValues): InputFields {
  const memory = toBytes(v.memory, v.memoryUnit);
  return {
    name: v.name.trim(),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    cluster: { id: v.clusterId },
    template: { id: v.templateId },
    memory,
    memory_policy: memoryPolicyFor(memory),
    cpu: { topology: { sockets: Number(v.sockets), cores: Number(v.cores), threads: 1 } },
    os: { type: v.os },
    time_zone: { name: v.timeZone },
    high_availability: v.highlyAvailable ? { enabled: true, priority: 1 } : { enabled: false },
  };
}

/** What a template brings to the wizard (the portal copies these when a template is chosen). */
export function valuesFromTemplate(template: Resource): Partial<VmWizardValues> {
  const out: Partial<VmWizardValues> = {};
  const memory = template.fields.memory;
  if (typeof memory === 'number' && memory > 0) {
    const { amount, unit } = fromBytes(memory);
    out.memory = amount;
    out.memoryUnit = unit;
  }
  const sockets = valueAt(template, 'cpu.topology.sockets');
  const cores = valueAt(template, 'cpu.topology.cores');
  if (typeof sockets === 'number') out.sockets = String(sockets);
  if (typeof cores === 'number') out.cores = String(cores);
  const os = valueAt(template, 'os.type');
  if (typeof os === 'string' && os) out.os = os;
  const tz = valueAt(template, 'time_zone.name');
  if (typeof tz === 'string' && tz) out.timeZone = tz;
  const ha = valueAt(template, 'high_availability.enabled');
  if (typeof ha === 'boolean') out.highlyAvailable = ha;
  return out;
}
