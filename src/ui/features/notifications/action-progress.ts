// Where one of the user's actions stands, from the jobs the engine tagged with its
// correlation id: still waiting for a job to show up, running, or ended (and how). Actions the
// engine completes without a job count as done once a job had time to appear.
import type { Structure } from '../../../api/resource.ts';

export type ActionPhase = 'waiting' | 'running' | 'succeeded' | 'failed' | 'done';

/** How long an action may go without a job before it is taken as done synchronously. */
export const NO_JOB_GRACE_MS = 20_000;
/** How long an ended action stays in the drawer, so its outcome can still be read. */
export const KEEP_ENDED_MS = 5 * 60_000;

type JobLike = Pick<Structure, 'fields'>;

const RUNNING = new Set(['started', 'unknown']);
const FAILED = new Set(['failed', 'aborted']);

export function actionPhase(jobs: readonly JobLike[] | undefined, startedAt: number, now: number): ActionPhase {
  if (!jobs || jobs.length === 0) return now - startedAt < NO_JOB_GRACE_MS ? 'waiting' : 'done';
  const statuses = jobs.map((j) => String(j.fields.status ?? 'started').toLowerCase());
  if (statuses.some((s) => RUNNING.has(s))) return 'running';
  if (statuses.some((s) => FAILED.has(s))) return 'failed';
  return 'succeeded';
}

export function isEnded(phase: ActionPhase): boolean {
  return phase === 'succeeded' || phase === 'failed' || phase === 'done';
}

/** Epoch ms of a time field, whatever form the wire gave it (ISO text, epoch ms, Date). */
export function timeOf(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v) {
    const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** When an ended action ended: its last job's end, else when the grace for a job ran out. */
export function endedAt(jobs: readonly JobLike[] | undefined, startedAt: number): number {
  const ends = (jobs ?? []).map((j) => timeOf(j.fields.end_time)).filter((t): t is number => t !== undefined);
  return ends.length ? Math.max(...ends) : startedAt + NO_JOB_GRACE_MS;
}

/** Whether the drawer still lists the action. */
export function stillShown(jobs: readonly JobLike[] | undefined, startedAt: number, now: number): boolean {
  const phase = actionPhase(jobs, startedAt, now);
  return !isEnded(phase) || now - endedAt(jobs, startedAt) < KEEP_ENDED_MS;
}

/** Steps of a job (`follow=steps`) in their order: by number, and by start for steps without
 * one (external steps added through the API). */
export function stepsOf(job: JobLike): Structure[] {
  const s = job.fields.steps;
  const list = Array.isArray(s) ? (s as Structure[]).filter((x) => x && typeof x === 'object' && !Array.isArray(x)) : [];
  return [...list].sort((a, b) => Number(a.fields.number ?? 0) - Number(b.fields.number ?? 0) || (timeOf(a.fields.start_time) ?? 0) - (timeOf(b.fields.start_time) ?? 0));
}

/** Progress of a job in percent: the mean of its steps' progress (an ended step counts as 100),
 * or nothing when no step reports any. */
export function jobProgress(job: JobLike): number | undefined {
  const values = stepsOf(job).map((s) => {
    const status = String(s.fields.status ?? '').toLowerCase();
    if (status === 'finished' || FAILED.has(status)) return 100;
    const p = Number(s.fields.progress);
    return s.fields.progress !== undefined && Number.isFinite(p) ? p : undefined;
  });
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return undefined;
  return Math.round(values.reduce<number>((sum, v) => sum + (v ?? 0), 0) / values.length);
}
