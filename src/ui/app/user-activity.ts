// Tells user-driven fetches from background polls. The proxy's idle timeout must count only
// what the user does, so polls carry `X-Vantage-Background: 1`; a refetch counts as the
// user's when they clicked or typed just before it.

const RECENT_MS = 2000;
let lastActivity = Date.now();

export function trackUserActivity(target: Pick<Window, 'addEventListener'> = window): () => void {
  const mark = () => {
    lastActivity = Date.now();
  };
  const events = ['pointerdown', 'keydown'] as const;
  events.forEach((e) => target.addEventListener(e, mark, { capture: true, passive: true }));
  return () => events.forEach((e) => (target as Window).removeEventListener(e, mark, { capture: true }));
}

/** A fetch is background work when it refreshes data already shown and the user did nothing
 * just before it. First loads are always the user's (they navigated there). */
export function isBackgroundFetch(hasData: boolean, now: number = Date.now()): boolean {
  return hasData && now - lastActivity > RECENT_MS;
}

/** For tests. */
export function markActivityAt(t: number): void {
  lastActivity = t;
}
