/**
 * The simulator's shared machinery: the store, the (injectable) clock, the queue of due
 * transitions, events and jobs. Action modules get a SimCore and only talk to the world
 * through it, so timing and determinism live in one place.
 */
import { randomUUID } from 'node:crypto';
import type { Doc, EventRefs, LogSeverity, Store } from '../store/store.ts';
import { eventType, renderEvent, type EventParams } from './event-codes.ts';
import { SeededRandom } from './random.ts';

export interface SimOptions {
  /** 1 = human time; tests use e.g. 50 so a 10 s migration takes 200 ms. */
  speed: number;
  seed: number;
  now?: () => number;
  /** random trouble (hosts failing, storage running low); default true */
  faults?: boolean;
  /** mean human-time gap between random faults; default 10 minutes */
  faultIntervalMs?: number;
}

export interface ActionCtx {
  correlationId: string;
  user?: { id: string; name: string };
  /** owner of sub-collection objects: the data center of an attached storage domain, the VM of a snapshot */
  parentId?: string;
}

export type Kind = 'vm' | 'host' | 'storage_domain' | 'attached_storage_domain' | 'data_center' | 'template' | 'disk' | 'snapshot' | 'vm_pool' | 'storage_domain_vm' | 'storage_domain_template';

export interface ActionResult {
  status: 'complete' | 'pending';
  job?: { id: string };
  /** extra members of the answered <action>: `ticket`, `power_management`, `vm`… */
  extra?: Record<string, unknown>;
}

interface Task {
  at: number;
  seq: number;
  key: string;
  run: () => void;
}

export const DEFAULT_USER = { id: 'fdfc627c-d875-11e0-90f0-83df133b58cc', name: 'admin@internal-authz' };

export const refId = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

export interface JobHandle {
  id: string;
  finish(succeeded?: boolean): void;
}

export class SimCore {
  readonly rng: SeededRandom;
  readonly speed: number;
  readonly seed: number;
  readonly now: () => number;
  private tasks: Task[] = [];
  private seq = 0;
  /** While a batch of steps runs: work that only needs doing once at its end, by key. */
  private coalesced?: Map<string, () => void>;

  constructor(readonly store: Store, opts: SimOptions) {
    this.speed = opts.speed > 0 && Number.isFinite(opts.speed) ? opts.speed : 1;
    this.seed = Math.floor(opts.seed) >>> 0;
    this.rng = new SeededRandom(this.seed);
    this.now = opts.now ?? Date.now;
  }

  iso(ms = this.now()): string {
    return new Date(ms).toISOString();
  }

  /** Runs `run` after `humanMs` of simulated time (divided by speed); `key` groups an object's pending steps. */
  after(humanMs: number, key: string, run: () => void): void {
    this.tasks.push({ at: this.now() + humanMs / this.speed, seq: this.seq++, key, run });
  }

  /** Drops the pending steps of an object (a stop overtakes a start). */
  cancel(key: string): void {
    this.tasks = this.tasks.filter((t) => t.key !== key);
  }

  /** A point in the schedule to roll back to (see dropSince). */
  mark(): number {
    return this.seq;
  }

  /** Forgets steps scheduled since `mark` (an action refused after scheduling: the store rolled back too). */
  dropSince(mark: number): void {
    this.tasks = this.tasks.filter((t) => t.seq < mark);
  }

  /** Sequence numbers of the steps scheduled since `mark` that have not run yet (a creation's background tasks). */
  stepsSince(mark: number): number[] {
    return this.tasks.filter((t) => t.seq >= mark).map((t) => t.seq);
  }

  /** Whether any of these steps is still waiting to run. */
  anyQueued(seqs: readonly number[]): boolean {
    if (!seqs.length) return false;
    const wanted = new Set(seqs);
    return this.tasks.some((t) => wanted.has(t.seq));
  }

  pending(key?: string): number {
    return key === undefined ? this.tasks.length : this.tasks.filter((t) => t.key === key).length;
  }

  /** When the next step is due (epoch ms), if any. */
  nextDue(): number | undefined {
    return this.tasks.reduce<number | undefined>((m, t) => (m === undefined || t.at < m ? t.at : m), undefined);
  }

  /** Runs every step due by now, in order, including steps those steps schedule for now. Returns how many ran. */
  runDue(): number {
    let ran = 0;
    const outer = !this.coalesced;
    if (outer) this.coalesced = new Map();
    try {
      for (;;) {
        const now = this.now();
        let best: Task | undefined;
        for (const t of this.tasks) if (t.at <= now && (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq))) best = t;
        if (!best) return ran;
        const task = best;
        this.tasks = this.tasks.filter((t) => t !== task);
        this.store.transaction(() => task.run());
        ran++;
      }
    } finally {
      if (outer) this.flushCoalesced();
    }
  }

  /**
   * Runs `fn` now, or — while a batch of due steps runs — once at the batch's end, whatever
   * number of steps asked for `key`. Keeps derived facts (a host's VM summary) from being
   * recomputed after every one of a thousand steps.
   */
  coalesce(key: string, fn: () => void): void {
    if (this.coalesced) this.coalesced.set(key, fn);
    else fn();
  }

  private flushCoalesced(): void {
    const work = this.coalesced;
    this.coalesced = undefined;
    if (work?.size) this.store.transaction(() => work.forEach((fn) => fn()));
  }

  userName(ctx?: ActionCtx): string {
    return ctx?.user?.name ?? DEFAULT_USER.name;
  }

  emit(code: number, params: EventParams, refs: EventRefs, ctx?: Pick<ActionCtx, 'correlationId' | 'user'>, severity?: LogSeverity): void {
    const withUser: EventParams = { UserName: this.userName(ctx as ActionCtx), ...params };
    const userId = ctx?.user?.id;
    this.store.addEvent({
      code,
      severity: severity ?? eventType(code)?.severity ?? 'normal',
      description: renderEvent(code, withUser),
      time: this.now(),
      correlation_id: ctx?.correlationId,
      refs: userId && ctx?.user ? { ...refs, user: userId } : refs,
    });
  }

  /** A job with one "Executing" step, as the engine records long commands. */
  startJob(description: string, ctx: ActionCtx, hostId?: string): JobHandle {
    const id = randomUUID();
    const t = this.iso();
    this.store.insert('jobs', {
      id, description, status: 'started', start_time: t, last_updated: t, external: false, auto_cleared: true,
      owner: { id: ctx.user?.id ?? DEFAULT_USER.id }, correlation_id: ctx.correlationId,
    });
    const stepId = randomUUID();
    this.store.insert('job_steps', {
      id: stepId, description: 'Executing', type: 'executing', number: 0, status: 'started', start_time: t,
      external: false, progress: 0, job: { id }, ...(hostId ? { execution_host: { id: hostId } } : {}),
    }, id);
    return {
      id,
      finish: (succeeded = true) => {
        const end = this.iso();
        const status = succeeded ? 'finished' : 'failed';
        this.store.update('job_steps', stepId, { status, end_time: end, progress: 100 }, id);
        this.store.update('jobs', id, { status, end_time: end, last_updated: end }, '');
      },
    };
  }

  // ---- small store helpers ---------------------------------------------------------------

  vm(id: string): Doc | undefined {
    return this.store.get('vms', id, '');
  }

  host(id: string | undefined): Doc | undefined {
    return id ? this.store.get('hosts', id, '') : undefined;
  }

  setVm(id: string, patch: Record<string, unknown>): Doc | undefined {
    return this.store.update('vms', id, patch, '');
  }

  setHost(id: string, patch: Record<string, unknown>): Doc | undefined {
    return this.store.update('hosts', id, patch, '');
  }

  nameOf(collection: string, id: string | undefined): string | undefined {
    if (!id) return undefined;
    const doc = this.store.get(collection, id);
    return typeof doc?.name === 'string' ? doc.name : undefined;
  }

  clusterOfHost(host: Doc): Doc | undefined {
    const cid = refId(host.cluster);
    return cid ? this.store.get('clusters', cid, '') : undefined;
  }

  dcOfCluster(clusterId: string | undefined): string | undefined {
    if (!clusterId) return undefined;
    return refId(this.store.get('clusters', clusterId, '')?.data_center);
  }
}
