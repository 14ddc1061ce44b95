// Why the last session ended, kept across the redirect to /login (sessionStorage: one tab,
// gone with it) so the login page can say it instead of appearing out of nowhere.
const KEY = 'vantage.sessionEnded';

export function rememberSessionEnd(reason: string): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, reason);
  } catch {
    // storage blocked: the login page then shows no reason
  }
}

/** The remembered reason, if any. */
export function sessionEndReason(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function forgetSessionEnd(): void {
  try {
    globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // nothing to forget
  }
}
