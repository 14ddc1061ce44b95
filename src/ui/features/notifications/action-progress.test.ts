import { describe, expect, it } from 'vitest';
import { actionPhase, endedAt, isEnded, jobProgress, KEEP_ENDED_MS, NO_JOB_GRACE_MS, stepsOf, stillShown, timeOf } from './action-progress.ts';

const job = (status: string, extra: Record<string, unknown> = {}) => ({ fields: { status, ...extra } });
const step = (number: number, status: string, progress?: number | string) => ({ fields: { number, status, ...(progress !== undefined ? { progress } : {}) }, links: {}, actions: {} });

describe('action phase', () => {
  it('waits for a job, then takes a job-less action as done', () => {
    expect(actionPhase(undefined, 0, NO_JOB_GRACE_MS - 1)).toBe('waiting');
    expect(actionPhase([], 0, NO_JOB_GRACE_MS)).toBe('done');
  });
  it('runs while any job runs, fails when one failed, else succeeded', () => {
    expect(actionPhase([job('finished'), job('started')], 0, 0)).toBe('running');
    expect(actionPhase([job('finished'), job('FAILED')], 0, 0)).toBe('failed');
    expect(actionPhase([job('aborted')], 0, 0)).toBe('failed');
    expect(actionPhase([job('finished')], 0, 0)).toBe('succeeded');
    expect(isEnded('running')).toBe(false);
    expect(isEnded('succeeded')).toBe(true);
  });
});

describe('ended actions', () => {
  it('ended with their last job, and stay listed for a while after', () => {
    const jobs = [job('finished', { end_time: '2026-01-01T00:00:10Z' }), job('finished', { end_time: Date.parse('2026-01-01T00:00:20Z') })];
    const end = Date.parse('2026-01-01T00:00:20Z');
    expect(endedAt(jobs, 0)).toBe(end);
    expect(stillShown(jobs, 0, end + KEEP_ENDED_MS - 1)).toBe(true);
    expect(stillShown(jobs, 0, end + KEEP_ENDED_MS)).toBe(false);
    expect(stillShown([job('started')], 0, end + 10 * KEEP_ENDED_MS)).toBe(true);
  });
  it('reads times as ISO text, epoch ms (number or text) and Date', () => {
    expect(timeOf('1700000000000')).toBe(1_700_000_000_000);
    expect(timeOf(new Date(5))).toBe(5);
    expect(timeOf('nonsense')).toBeUndefined();
    expect(timeOf(undefined)).toBeUndefined();
  });
});

describe('job steps and progress', () => {
  it('orders steps by number', () => {
    expect(stepsOf({ fields: { steps: [step(2, 'started'), step(0, 'finished'), step(1, 'finished')] } }).map((s) => s.fields.number)).toEqual([0, 1, 2]);
    expect(stepsOf({ fields: {} })).toEqual([]);
    const ext = (description: string, start_time: string) => ({ fields: { description, start_time }, links: {}, actions: {} });
    expect(stepsOf({ fields: { steps: [ext('second', '2026-01-01T00:00:02Z'), ext('first', '2026-01-01T00:00:01Z')] } }).map((s) => s.fields.description)).toEqual(['first', 'second']);
  });
  it('averages step progress, an ended step counting as complete', () => {
    expect(jobProgress({ fields: { steps: [step(0, 'finished', 100), step(1, 'started', '40')] } })).toBe(70);
    expect(jobProgress({ fields: { steps: [step(0, 'started')] } })).toBeUndefined();
    expect(jobProgress({ fields: {} })).toBeUndefined();
  });
});
