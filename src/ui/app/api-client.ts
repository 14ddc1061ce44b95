// The one place the dashboard meets the client core (src/api). It builds two clients per
// session: a foreground one, and a background one whose requests carry
// `X-Vantage-Background: 1` so the proxy's idle timeout ignores polls. Both send the
// session's CSRF token, which the proxy requires on state-changing calls.
import type { ActionResult, Collection, EntryPoint, Resource } from '../../api/resource.ts';
import { createTransport, type QueryValue, type Transport, type TransportOptions } from '../../api/transport.ts';
import { ApiClient } from '../../api/client.ts';
import { createParseWorker, type ParseWorker } from '../../api/parse-worker.ts';
import type { InputFields } from '../../api/write.ts';
import { withCorrelationIds } from '../features/notifications/correlation.ts';

export interface ListOptions {
  search?: string;
  max?: number;
  page?: number;
  follow?: string;
  /** Other query parameters (`from` on events, `detail`). */
  query?: Record<string, QueryValue>;
}

/** What the dashboard uses of the client core. */
export interface UiApi {
  entryPoint(signal?: AbortSignal): Promise<EntryPoint>;
  list(href: string, options?: ListOptions, signal?: AbortSignal): Promise<Collection>;
  get(href: string, signal?: AbortSignal): Promise<Resource>;
  action(href: string, name: string, params?: InputFields): Promise<ActionResult>;
  create(collectionHref: string, kind: string, fields: InputFields): Promise<Resource>;
  update(href: string, kind: string, fields: InputFields): Promise<Resource>;
  remove(href: string, params?: Record<string, QueryValue>): Promise<void>;
  /** For raw documents (the Raw tab, the engine's self-description). */
  readonly transport: Transport;
  readonly apiBase: string;
  readonly apiVersion: 3 | 4;
}

interface Connection {
  apiBase: string;
  csrfToken: string;
  foreground: UiApi;
  background: UiApi;
}

let connection: Connection | null = null;

/** Where requests go; the browser needs none of this (same-origin relative URLs). Tests in
 * Node pass the proxy's address and a fetch that carries the session cookie. */
export type Reach = Pick<TransportOptions, 'baseUrl' | 'fetch'>;

// One parse worker for the page's lifetime: large answers (a 5,000-VM page is tens of MB of
// XML or JSON) are parsed off the main thread so polls do not freeze scrolling and typing.
// Small ones are parsed inline, where posting them would cost more. Started with the app, not
// at the first request, so its script loads while the user is still logging in.
const parseWorker: ParseWorker = createParseWorker();
const parser = () => parseWorker.parse;

function build(apiBase: string, csrfToken: string, background: boolean, reach: Reach): UiApi {
  const transport = createTransport({
    ...reach,
    // Writes carry a Correlation-Id so the notification drawer can follow their jobs.
    fetch: withCorrelationIds(() => reach.fetch ?? globalThis.fetch),
    mount: { apiBase, prefix: '/api' },
    headers: () => ({ 'X-Vantage-CSRF': csrfToken, ...(background ? { 'X-Vantage-Background': '1' } : {}) }),
  });
  return new ApiClient({ transport, apiBase, parse: parser() });
}

/** (Re)connects to the session's engine; cheap when nothing changed. */
export function connectApi(session: { engine: { apiBase: string }; csrfToken: string }, reach: Reach = {}): void {
  const { apiBase } = session.engine;
  if (connection && connection.apiBase === apiBase && connection.csrfToken === session.csrfToken) return;
  connection = {
    apiBase,
    csrfToken: session.csrfToken,
    foreground: build(apiBase, session.csrfToken, false, reach),
    background: build(apiBase, session.csrfToken, true, reach),
  };
}

export function disconnectApi(): void {
  connection = null;
}

/** The client for the current session; `background` for polls nobody asked for. */
export function api(background = false): UiApi {
  if (!connection) throw new Error('Not connected to an engine yet: log in first.');
  return background ? connection.background : connection.foreground;
}

export function currentCsrfToken(): string | undefined {
  return connection?.csrfToken;
}
