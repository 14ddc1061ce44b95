// Every write the app sends carries a `Correlation-Id` (the engine tags its jobs and events
// with it), and the ids of recent writes are kept here so the notification drawer can follow
// them with `/jobs?search=correlation_id=X`. In memory only: they matter for this tab.

export interface TrackedAction {
  id: string;
  method: string;
  /** The API path written to (`/api/vms/1/start`). */
  path: string;
  startedAt: number;
  /** What the user asked for, when the caller knows better than the path (`start`). */
  label?: string;
  /** The object acted on, for a link from the drawer. */
  href?: string;
}

/** How many recent actions the drawer follows. */
export const MAX_TRACKED = 10;
/** After this long an action is no longer "in flight" for the drawer. */
export const TRACK_MS = 10 * 60_000;

let tracked: TrackedAction[] = [];
const listeners = new Set<() => void>();

/** The engine keeps `[0-9A-Za-z_-]`, ≤ 36 characters (api-reference §3). */
export function newCorrelationId(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `vantage-${random().replace(/[^0-9A-Za-z]/g, '').slice(0, 24)}`;
}

/** Records an action; tracking the same id again (the caller, then the fetch carrying it)
 * completes the entry and keeps its first start time. */
export function trackAction(action: TrackedAction, now = Date.now()): void {
  const prev = tracked.find((a) => a.id === action.id);
  const merged: TrackedAction = prev
    ? { ...prev, ...action, startedAt: prev.startedAt, label: action.label ?? prev.label, href: action.href ?? prev.href }
    : action;
  tracked = [merged, ...tracked.filter((a) => a.id !== action.id && now - a.startedAt < TRACK_MS)].slice(0, MAX_TRACKED);
  listeners.forEach((l) => l());
}

export function trackedActions(): TrackedAction[] {
  return tracked;
}

export function subscribeTracked(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function clearTracked(): void {
  tracked = [];
  listeners.forEach((l) => l());
}

const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/** Wraps fetch so writes to the API get a Correlation-Id (unless one is set) and are tracked. */
export function withCorrelationIds(inner: () => typeof fetch): typeof fetch {
  return (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (!WRITES.has(method)) return inner()(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    let id = headers.get('Correlation-Id');
    if (!id) {
      id = newCorrelationId();
      headers.set('Correlation-Id', id);
    }
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    trackAction({ id, method, path: url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0], startedAt: Date.now() });
    return inner()(input, { ...init, headers });
  };
}
