// The one resource model every engine's answer is read into, whatever its wire format
// (XML or JSON) or API dialect (v4, or v3/0.9). The app sees only these shapes; it never
// sees XML, JSON, or the dialect that produced them.

/** A scalar as the engine sent it, normalised: integers and decimals as numbers, booleans
 * as booleans, dates as ISO-8601 strings, enums lower-case, everything else as a string. */
export type Scalar = string | number | boolean;

/** Any field value: a scalar, a nested structure (with or without identity), or a list. */
export type Value = Scalar | Structure | Value[] | null;

/** A nested structure (e.g. `cpu.topology`, `os.boot`) or a reference (`cluster` with only
 * id and href). Identified structures are full `Resource`s. */
export interface Structure {
  /** Element name on the wire (`vm`, `cluster`, `topology`), when known. */
  kind?: string;
  id?: string;
  href?: string;
  fields: Record<string, Value>;
  links: Record<string, string>;
  actions: Record<string, string>;
}

/** An object the engine identifies: a VM, a host, a data center, an attached storage domain. */
export interface Resource extends Structure {
  kind: string;
}

/** A collection page as the engine returned it. */
export interface Collection {
  /** Plural element name (`vms`, `data_centers`). */
  kind: string;
  /** Element name of the items (`vm`, `data_center`). */
  itemKind: string;
  items: Resource[];
  /** Collection-level actions (events `undelete`, for instance), by name. */
  actions: Record<string, string>;
  /** `detail=size` answer, where the engine gave one. */
  size?: number;
}

/** The entry point (`GET /ovirt-engine/api`, or `/api` on v3 engines). */
export interface EntryPoint {
  /** Links by rel, including `<name>/search` templates. */
  links: Record<string, string>;
  specialObjects: Record<string, { id: string; href?: string }>;
  productInfo?: {
    name?: string;
    vendor?: string;
    version?: { major?: number; minor?: number; build?: number; revision?: number; fullVersion?: string };
  };
  /** Admin-only totals: `{ vms: { total, active }, hosts: ..., users: ..., storage_domains: ... }`. */
  summary?: Record<string, { total?: number; active?: number }>;
  time?: string;
  authenticatedUser?: { id: string; href?: string };
  /** 3 for /api dialect engines, 4 for /ovirt-engine/api v4. */
  apiVersion: 3 | 4;
  /** The path every href starts with (`/ovirt-engine/api` or `/api`). */
  basePath: string;
}

/** An engine refusal, in the engine's own words. */
export interface Fault {
  reason: string;
  detail?: string;
  /** HTTP status of the answer that carried it. */
  status: number;
  /** `detail` exactly as the engine sent it (with the `[...]` brackets); `detail` is the
   * display form with the brackets stripped. */
  rawDetail?: string;
}

/** The outcome of `POST <entity>/<action>` (and of a DELETE on v4 engines). */
export interface ActionResult {
  /** `complete`, `pending`, `in_progress`, `failed` … (lower case). */
  status: string;
  /** Anything else the engine put in the answer (echoed parameters, created objects). */
  resource?: Structure;
  job?: { id: string; href?: string };
}

/** v3 / 0.9 `GET /capabilities`: one entry per compatibility level. */
export interface Capabilities {
  versions: CapabilityVersion[];
  /** Top-level permits (`CREATE_VM` …), lower-cased. */
  permits: { id?: string; name: string; administrative?: boolean }[];
  schedulingPolicies: string[];
}

export interface CapabilityVersion {
  major: number;
  minor: number;
  current: boolean;
  cpus: { type: string; level?: number; architecture?: string }[];
  powerManagers: { type: string; options: { name: string; type?: string }[] }[];
  features: { name: string; description?: string }[];
  /** Every plain value list of the version (`fence_types`, `storage_types`, `vm_states` …),
   * by list name, values lower-cased. */
  lists: Record<string, string[]>;
}
