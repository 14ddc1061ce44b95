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
    const v = Number(globalThis.sessionStorage?.getItem(READ_KEY));
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
