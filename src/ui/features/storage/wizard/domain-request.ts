// The wizard's answers as the body the engine expects for POST /storagedomains
// (api-reference §6 storage_domain: name, type, storage{type, address, path | logical_units},
// host; `import: true` registers a domain that already holds data instead of formatting it).
import type { InputFields } from '../../../../api/write.ts';
import { parseNfsExport } from '../nfs-export.ts';

export type DomainFunction = 'data' | 'iso' | 'export';
export type StorageKind = 'nfs' | 'iscsi';

export interface DomainAnswers {
  mode: 'new' | 'import';
  name: string;
  description: string;
  domainFunction: DomainFunction;
  storageType: StorageKind;
  hostId: string;
  /** `server:/path` for NFS. */
  nfsExport: string;
  /** NFS version the host mounts with (`auto`, `v3`, `v4`, `v4_1`, `v4_2`). */
  nfsVersion: string;
  /** LUN ids chosen after an iSCSI discovery and login. */
  lunIds: string[];
  iscsiAddress: string;
  iscsiPort: string;
  iscsiTarget: string;
  /** Data center to attach to afterwards; empty to leave the domain unattached. */
  dataCenterId: string;
}

export const EMPTY_ANSWERS: DomainAnswers = {
  mode: 'new', name: '', description: '', domainFunction: 'data', storageType: 'nfs', hostId: '',
  nfsExport: '', nfsVersion: 'auto', lunIds: [], iscsiAddress: '', iscsiPort: '3260', iscsiTarget: '', dataCenterId: '',
};

const NAME = /^[A-Za-z0-9_.-]+$/;

/** Problems on the General step, by field. */
export function generalProblems(a: DomainAnswers): Partial<Record<keyof DomainAnswers, string>> {
  const out: Partial<Record<keyof DomainAnswers, string>> = {};
  if (!a.name.trim()) out.name = 'A storage domain needs a name.';
  else if (!NAME.test(a.name.trim())) out.name = 'Use letters, digits, "-", "_" and "." only.';
  else if (a.name.trim().length > 50) out.name = 'At most 50 characters.';
  if (!a.hostId) out.hostId = 'Choose the host that connects to the storage.';
  if (a.storageType === 'iscsi' && a.domainFunction !== 'data') out.storageType = 'ISO and export domains live on file storage (NFS).';
  return out;
}

/** Problems on the Storage step, by field. */
export function storageProblems(a: DomainAnswers): Partial<Record<keyof DomainAnswers, string>> {
  if (a.storageType === 'nfs') {
    const parsed = parseNfsExport(a.nfsExport);
    return parsed.ok ? {} : { nfsExport: parsed.problem };
  }
  return a.lunIds.length ? {} : { lunIds: 'Discover the target, log in and choose at least one LUN.' };
}

export function domainBody(a: DomainAnswers): InputFields {
  const storage: InputFields =
    a.storageType === 'nfs'
      ? (() => {
          const parsed = parseNfsExport(a.nfsExport);
          if (!parsed.ok) throw new Error(parsed.problem);
          return { type: 'nfs', address: parsed.value.address, path: parsed.value.path, ...(a.nfsVersion && a.nfsVersion !== 'auto' ? { nfs_version: a.nfsVersion } : {}) };
        })()
      : {
          type: 'iscsi',
          logical_units: a.lunIds.map((id) => ({ id, address: a.iscsiAddress, port: Number(a.iscsiPort) || 3260, target: a.iscsiTarget })),
        };
  return {
    name: a.name.trim(),
    ...(a.description.trim() ? { description: a.description.trim() } : {}),
    type: a.domainFunction,
    storage,
    host: { id: a.hostId },
    ...(a.mode === 'import' ? { import: true } : {}),
  };
}
