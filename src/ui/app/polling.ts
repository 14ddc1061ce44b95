// Refresh rates as the Administration Portal uses them: 10 s while the admin looks at the
// window, 60 s when it is hidden or unfocused; after an action, a fast-forward burst
// (GridTimer.RATE) so the change shows at once.

export const FOCUSED_INTERVAL_MS = 10_000;
export const HIDDEN_INTERVAL_MS = 60_000;
/** The rates the Administration Portal offers (AbstractRefreshManager.REFRESH_RATES). */
export const REFRESH_RATES_MS = [5_000, 10_000, 20_000, 30_000, 60_000];

const STORAGE_KEY = 'vantage.refreshRate';
let rate: number | false = readStoredRate();
const listeners = new Set<() => void>();

function readStoredRate(): number | false {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (v === 'off') return false;
    const n = Number(v);
    return REFRESH_RATES_MS.includes(n) ? n : FOCUSED_INTERVAL_MS;
  } catch {
    return FOCUSED_INTERVAL_MS;
  }
}

/** The user's refresh rate while the window has focus; false = no automatic refresh. A
 * preference, not a secret, so it may live in localStorage. */
export function refreshRate(): number | false {
  return rate;
}

export function setRefreshRate(next: number | false): void {
  rate = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next === false ? 'off' : String(next));
  } catch {
    // private mode: keep it for this page only
  }
  listeners.forEach((l) => l());
}

export function subscribeRefreshRate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
/** Delays after an action: 4 × 0.5 s, 3 × 1 s, 2 × 2 s. */
export const FAST_FORWARD_MS = [500, 500, 500, 500, 1000, 1000, 1000, 2000, 2000];

export function pollInterval(doc: Pick<Document, 'visibilityState' | 'hasFocus'> | undefined = globalThis.document): number | false {
  if (rate === false) return false;
  if (!doc) return rate;
  return doc.visibilityState === 'visible' && doc.hasFocus() ? rate : Math.max(rate, HIDDEN_INTERVAL_MS);
}

/** Next delay of a fast-forward burst: `step` polls have happened since the action. The burst
 * ends early once the status settled (after at least two polls, since the engine may not have
 * left the old state yet), and otherwise holds at the last rate while still transitional. */
export function fastForwardDelay(step: number, transitional: boolean): number | null {
  if (step >= 2 && !transitional) return null;
  if (step < FAST_FORWARD_MS.length) return FAST_FORWARD_MS[step];
  return transitional && step < 40 ? FAST_FORWARD_MS[FAST_FORWARD_MS.length - 1] : null;
}
