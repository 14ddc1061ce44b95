// Which line of the wizard's progress is done, running, failed or still waiting, from the
// step the requests reached and how they ended.
import type { ProvisionStep } from '../api/provision-storage-domain.ts';

export type StepState = 'waiting' | 'running' | 'done' | 'failed';

const ORDER: ProvisionStep[] = ['create', 'prepare', 'attach'];

export interface Outcome {
  /** The step the requests reached (null before the first). */
  step: ProvisionStep | null;
  /** All requests answered (successfully, or with only the attach refused). */
  finished: boolean;
  /** The request that failed: the create (mutation error) or the attach (attachError). */
  failed?: ProvisionStep;
}

export function lineState(line: ProvisionStep, { step, finished, failed }: Outcome): StepState {
  if (failed === line) return 'failed';
  const at = step ? ORDER.indexOf(step) : -1;
  const mine = ORDER.indexOf(line);
  if (failed && mine > at) return 'waiting';
  if (finished || mine < at) return 'done';
  if (mine === at) return 'running';
  return 'waiting';
}
