/**
 * Permission evaluation: a permission grants a role (its permits) to a user or group on one
 * object — the system, a data center, cluster, host, storage domain, VM, template, pool, disk
 * or network — and on everything below it in the inventory tree:
 *   system → data center → cluster → host / VM / pool / template;
 *   data center → storage domain → disk; data center → network; VM / template → its disks.
 * Evaluated against the store on every request, so added/removed permissions count at once.
 */
import type { Doc, Store } from '../store/store.ts';
import { groupIdsOf, refId } from './directory.ts';

export const BLANK_TEMPLATE_ID = '00000000-0000-0000-0000-000000000000';

/** Object types permissions can be given on, with their top-level store collection. */
export const TRACKED: Record<string, string> = {
  data_center: 'data_centers',
  cluster: 'clusters',
  host: 'hosts',
  vm: 'vms',
  template: 'templates',
  vm_pool: 'vm_pools',
  storage_domain: 'storage_domains',
  disk: 'disks',
  network: 'networks',
};
const TARGETS = Object.keys(TRACKED);
const SYSTEM = 'system';

interface Grant {
  /** `<type>:<id>` of the object, or `system` */
  target: string;
  permits: Set<string>;
  administrative: boolean;
}

export interface Subject {
  id: string;
  /** admin@internal: everything, whatever the permissions say (as in the engine's initial data) */
  superuser: boolean;
}

/** Everything one request needs to know about one user's permissions; built once per request. */
export class Authz {
  private readonly grants: Grant[];
  private readonly ancestorMemo = new Map<string, string[]>();
  private diskOwners?: Map<string, string[]>;
  readonly principals: Set<string>;

  constructor(readonly store: Store, readonly subject: Subject) {
    // admin@internal may do anything: spare every one of its requests the permission scan
    if (subject.superuser) {
      this.principals = new Set([subject.id]);
      this.grants = [];
      return;
    }
    const user = store.get('users', subject.id, '');
    this.principals = new Set([subject.id, ...(user ? groupIdsOf(store, user) : [])]);
    const permitsOf = new Map<string, Set<string>>();
    const rolePermits = (roleId: string) => {
      let p = permitsOf.get(roleId);
      if (!p) {
        p = new Set(store.list('role_permits', roleId).map((x) => String(x.name)));
        permitsOf.set(roleId, p);
      }
      return p;
    };
    this.grants = [];
    for (const perm of store.list('permissions', '')) {
      const who = refId(perm.user) ?? refId(perm.group);
      const roleId = refId(perm.role);
      if (!who || !roleId || !this.principals.has(who)) continue;
      const role = store.get('roles', roleId, '');
      this.grants.push({ target: targetKey(perm), permits: rolePermits(roleId), administrative: role?.administrative === true });
    }
  }

  /** An administrative role on the system object: unfiltered views, the summary, admin-only services. */
  get isSystemAdmin(): boolean {
    return this.subject.superuser || this.grants.some((g) => g.target === SYSTEM && g.administrative);
  }

  /** The engine lets in only users with the `login` permit somewhere (every predefined role has it). */
  get canLogin(): boolean {
    return this.subject.superuser || this.grants.some((g) => g.permits.has('login'));
  }

  /** Has the user any permission on the object or above it? */
  canSee(type: string, doc: Doc): boolean {
    if (this.subject.superuser) return true;
    if (type === 'template' && doc.id === BLANK_TEMPLATE_ID) return true;
    const keys = new Set(this.ancestors(type, doc));
    return this.grants.some((g) => keys.has(g.target));
  }

  /** Does a role given on the object or above it carry `permit`? `doc` undefined = the system. */
  hasPermit(permit: string, type?: string, doc?: Doc): boolean {
    if (this.subject.superuser) return true;
    const keys = new Set(type && doc ? this.ancestors(type, doc) : [SYSTEM]);
    return this.grants.some((g) => keys.has(g.target) && g.permits.has(permit));
  }

  /** `<type>:<id>` keys of the object and of everything above it, ending with `system`. */
  ancestors(type: string, doc: Doc): string[] {
    const key = `${type}:${doc.id}`;
    const memo = this.ancestorMemo.get(key);
    if (memo) return memo;
    this.ancestorMemo.set(key, [key, SYSTEM]); // guards against reference cycles
    const out = new Set<string>([key]);
    const up = (t: string, id: string | undefined) => {
      if (!id) return;
      const parent = this.store.get(TRACKED[t], id, '');
      if (parent) for (const k of this.ancestors(t, parent)) out.add(k);
    };
    switch (type) {
      case 'vm':
        up('cluster', refId(doc.cluster));
        up('vm_pool', refId(doc.vm_pool));
        break;
      case 'host':
      case 'vm_pool':
        up('cluster', refId(doc.cluster));
        break;
      case 'template':
        up('cluster', refId(doc.cluster));
        break;
      case 'cluster':
      case 'network':
        up('data_center', refId(doc.data_center));
        break;
      case 'storage_domain':
        for (const dc of Array.isArray(doc.data_centers) ? doc.data_centers : []) up('data_center', refId(dc));
        break;
      case 'disk':
        for (const sd of Array.isArray(doc.storage_domains) ? doc.storage_domains : []) up('storage_domain', refId(sd));
        for (const owner of this.ownersOfDisk(doc.id)) {
          const [t, id] = owner.split(':');
          up(t, id);
        }
        break;
    }
    out.add(SYSTEM);
    const list = [...out];
    this.ancestorMemo.set(key, list);
    return list;
  }

  private ownersOfDisk(diskId: string): string[] {
    if (!this.diskOwners) {
      const owners = new Map<string, string[]>();
      for (const [key, type] of [['vm_disk_attachments', 'vm'], ['template_disk_attachments', 'template']] as const) {
        for (const a of this.store.list(key)) {
          const owner = this.store.parentOf(key, a.id);
          const disk = refId(a.disk) ?? a.id;
          if (owner) owners.set(disk, [...(owners.get(disk) ?? []), `${type}:${owner}`]);
        }
      }
      this.diskOwners = owners;
    }
    return this.diskOwners.get(diskId) ?? [];
  }
}

/** The object a permission document is given on. */
export function targetKey(perm: Doc | Record<string, unknown>): string {
  for (const t of TARGETS) {
    const id = refId(perm[t]);
    if (id) return `${t}:${id}`;
  }
  return SYSTEM;
}

export function canLogin(store: Store, userId: string): boolean {
  return new Authz(store, { id: userId, superuser: false }).canLogin;
}

/** Is the user an administrator of the whole system (used at login, before any request context)? */
export function isSystemAdmin(store: Store, userId: string, superuser: boolean): boolean {
  return new Authz(store, { id: userId, superuser }).isSystemAdmin;
}
