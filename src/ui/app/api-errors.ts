// Reading the client core's errors for people. Checks go by `name` as well as class so an
// error that crossed a module boundary (two copies of the class) is still recognised.
import { FaultError, SessionEndedError } from '../../api/errors.ts';
import type { Fault } from '../../api/resource.ts';

export function isSessionEnded(err: unknown): boolean {
  return err instanceof SessionEndedError || (err instanceof Error && err.name === 'SessionEndedError');
}

export function faultOf(err: unknown): Fault | undefined {
  if (err instanceof FaultError) return err.fault;
  if (err instanceof Error && 'fault' in err && typeof (err as { fault?: unknown }).fault === 'object') return (err as unknown as { fault: Fault }).fault;
  return undefined;
}

/** Title and detail to show for any failure: the engine's reason and detail for faults,
 * the error's own message otherwise. */
export function describeError(err: unknown): { title: string; detail?: string } {
  const fault = faultOf(err);
  if (fault) return { title: fault.reason, detail: fault.detail };
  if (err instanceof Error) return { title: err.message || err.name };
  return { title: String(err) };
}
