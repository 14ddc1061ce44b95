// When this login's session started, so the drawer can show alerts "since login" across
// reloads of the tab. A timestamp, not a secret: sessionStorage is fine.
const KEY = 'vantage.sessionStart';
const READ_KEY = 'vantage.alertsReadUpTo';

export function sessionStart(now = Date.now()): number {
  try {
    const v = Number(globalThis.sessionStorage?.getItem(KEY));
    if (Number.isFinite(v) && v > 0) return v;
    globalThis.sessionStorage?.setItem(KEY, String(now));
  } catch {
    // storage blocked: since page load
  }
  return now;
}

/**
 * Starts the clock at the moment of login. Left to the bell, it would start when the bell
 * first renders, after the entry point has loaded: an alert raised in between would never show.
 */
export function startSession(now = Date.now()): void {
  forgetSession();
  sessionStart(now);
}

export function forgetSession(): void {
  try {
    globalThis.sessionStorage?.removeItem(KEY);
    globalThis.sessionStorage?.removeItem(READ_KEY);
  } catch {
    // nothing stored
  }
}

export function readUpTo(): number {
  try {
    const raw = globalThis.sessionStorage?.getItem(READ_KEY);
    // nothing stored is "nothing read" (Number(null) would say 0)
    const v = raw === null || raw === undefined || raw === '' ? NaN : Number(raw);
    return Number.isFinite(v) ? v : -1;
  } catch {
    return -1;
  }
}

export function markReadUpTo(index: number): void {
  try {
    globalThis.sessionStorage?.setItem(READ_KEY, String(index));
  } catch {
    // kept for this render only
  }
}
