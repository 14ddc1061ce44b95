/**
 * Asynchronous creation (api-reference §4): an object whose creation spawned storage tasks (an
 * image being written, a template's disk copies, a snapshot) is answered with 202, a
 * `creation_status` and a `<obj>/creation_status/<task ids>` link. This registry names those
 * tasks — one id per background step the creation scheduled — and tells how they are doing.
 *
 *   const mark = core.mark(); simulator.onCreate(…); const ids = creations.begin(mark);
 *   creations.status(ids, doc)   // 'pending' | 'in_progress' | 'complete' | 'failed'
 */
import { randomUUID } from 'node:crypto';
import type { Doc } from '../store/store.ts';
import type { SimCore } from './core.ts';

export type CreationState = 'pending' | 'in_progress' | 'complete' | 'failed';

interface Task {
  seq: number;
  at: number;
}

/** Statuses an object shows while its images are still being written. */
const LOCKED = new Set(['locked', 'image_locked']);
/** A task whose object ended in one of these failed. */
const FAILED = new Set(['illegal']);
/** Old task ids are forgotten past this many (their objects answer from their own status). */
const KEEP = 10_000;

export class Creations {
  private readonly tasks = new Map<string, Task>();

  constructor(private readonly core: SimCore) {}

  /** Task ids for the steps scheduled since `mark` (none: the creation was synchronous). */
  begin(mark: number): string[] {
    const at = this.core.now();
    const ids = this.core.stepsSince(mark).map((seq) => {
      const id = randomUUID();
      this.tasks.set(id, { seq, at });
      return id;
    });
    while (this.tasks.size > KEEP) this.tasks.delete(this.tasks.keys().next().value as string);
    return ids;
  }

  /**
   * How the tasks are doing: any still queued → in progress (pending before any time passed);
   * all done → complete, unless the object ended illegal. Ids this run does not know (an engine
   * restart finishes interrupted creations) answer from the object's own lock.
   */
  status(ids: readonly string[], doc: Doc | undefined): CreationState {
    const state = String(doc?.status ?? doc?.snapshot_status ?? '');
    if (FAILED.has(state)) return 'failed';
    const known = ids.map((id) => this.tasks.get(id)).filter((t): t is Task => !!t);
    if (known.length < ids.length && LOCKED.has(state)) return 'in_progress';
    const queued = known.filter((t) => this.core.anyQueued([t.seq]));
    if (!queued.length) return 'complete';
    return queued.every((t) => t.at >= this.core.now()) ? 'pending' : 'in_progress';
  }

  /** Whether every task has ended (a blocking `Expect: 201-created` waits for this). */
  done(ids: readonly string[]): boolean {
    return !ids.some((id) => {
      const t = this.tasks.get(id);
      return t !== undefined && this.core.anyQueued([t.seq]);
    });
  }
}
