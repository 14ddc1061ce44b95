/** A stored document: a plain JSON object using the API model's member names. */
export type Doc = { id: string } & Record<string, unknown>;

/** A reference as the model writes it. */
export interface Ref { id: string }

export interface ListOptions {
  /** Replaces the default order (name, then id). */
  sort?: (a: Doc, b: Doc) => number;
}

export type LogSeverity = 'normal' | 'warning' | 'error' | 'alert';

/** Ids of the objects an event is about; plain ids or `{ id }` refs. */
export interface EventRefs {
  vm?: string | Ref;
  host?: string | Ref;
  cluster?: string | Ref;
  data_center?: string | Ref;
  storage_domain?: string | Ref;
  template?: string | Ref;
  user?: string | Ref;
}

export const EVENT_REF_KEYS = ['vm', 'host', 'cluster', 'data_center', 'storage_domain', 'template', 'user'] as const;

export interface NewEvent {
  code: number;
  severity: LogSeverity;
  /** Already rendered text. */
  description: string;
  /** Defaults to now. */
  time?: Date | string | number;
  correlation_id?: string;
  /** Defaults to 'oVirt'. */
  origin?: string;
  /** Defaults to -1 (engine events); external events carry their own. */
  custom_id?: number;
  /** Seconds; the engine reports 30 for most events. */
  flood_rate?: number;
  log_on_host?: boolean;
  custom_data?: string;
  refs?: EventRefs;
}

/** An event as the model's `event` type: `id` and `index` are the same growing number. */
export interface StoredEvent {
  id: string;
  index: number;
  code: number;
  severity: LogSeverity;
  /** ISO 8601. */
  time: string;
  description: string;
  origin: string;
  custom_id: number;
  flood_rate: number;
  log_on_host: boolean;
  correlation_id?: string;
  custom_data?: string;
  vm?: Ref;
  host?: Ref;
  cluster?: Ref;
  data_center?: Ref;
  storage_domain?: Ref;
  template?: Ref;
  user?: Ref;
}

export interface ListEventsOptions {
  /** Only events whose index is greater than this one (incremental polling). */
  from?: number | string;
  /** At most this many, newest first. */
  max?: number;
  /** Include events hidden by `deleteEvent`. */
  includeDeleted?: boolean;
}

export interface TokenRecord {
  token: string;
  /** User id (or name) the token belongs to. */
  user: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  /** e.g. 'sso' (bearer token), 'session' (JSESSIONID-style cookie). */
  kind: string;
  /** Anything else the auth layer wants back (JSON). */
  data?: unknown;
}

export type StoreErrorCode = 'duplicate' | 'not_found' | 'invalid';

export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
