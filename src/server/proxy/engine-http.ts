/**
 * HTTP(S) client for one engine target: keep-alive agent, CA pinning, timeouts, and
 * streamed bodies. Node's http(s) modules are used (rather than global fetch) because
 * Node 20's fetch cannot take a per-target CA without the undici package.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { classifyEngineError, EngineError } from './engine-errors.ts';

export interface EngineTargetTls {
  url: string;
  ca?: string;
  insecure?: boolean;
}

export interface EngineRequest {
  method: string;
  /** Absolute path on the engine, including any query string. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer | Readable;
  /** Abort when the engine sends no headers within this time. */
  timeoutMs?: number;
}

export interface EngineResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
}

export interface EngineHttp {
  readonly origin: string;
  /** Path prefix of the engine URL (usually empty), to put before /ovirt-engine/... */
  readonly basePath: string;
  request(req: EngineRequest): Promise<EngineResponse>;
  /** Buffered variant for small control-plane answers (login, entry point). */
  requestText(req: EngineRequest, maxBytes?: number): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>;
  close(): void;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request failed on a reused keep-alive socket before any answer: try again on a new one. */
class StaleSocket extends Error {}

export function createEngineHttp(target: EngineTargetTls, defaultTimeoutMs: number): EngineHttp {
  const base = new URL(target.url);
  const isTls = base.protocol === 'https:';
  if (!isTls && base.protocol !== 'http:') throw new Error(`Engine URL must be http(s): ${target.url}`);
  const agent = isTls
    ? new https.Agent({ keepAlive: true, maxSockets: 64, ca: target.ca, rejectUnauthorized: !target.insecure })
    : new http.Agent({ keepAlive: true, maxSockets: 64 });
  const transport = isTls ? https : http;

  function request(req: EngineRequest): Promise<EngineResponse> {
    // An idle keep-alive socket may be closed by the engine (or Apache in front of it) just as
    // it is reused; a bodiless idempotent request is then safe to send once more on a new socket.
    const replayable = IDEMPOTENT.has(req.method.toUpperCase()) && (req.body === undefined || typeof req.body === 'string' || Buffer.isBuffer(req.body));
    return send(req, replayable).catch((err: unknown) => {
      if (err instanceof StaleSocket) return send(req, false);
      throw err;
    });
  }

  function send(req: EngineRequest, retryOnStaleSocket: boolean): Promise<EngineResponse> {
    const timeoutMs = req.timeoutMs ?? defaultTimeoutMs;
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const code = (err as NodeJS.ErrnoException | undefined)?.code;
        if (retryOnStaleSocket && out.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) reject(new StaleSocket());
        else reject(classifyEngineError(err, target.url, timeoutMs));
      };
      const out = transport.request(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          port: base.port || undefined,
          method: req.method,
          path: req.path,
          headers: req.headers,
          agent,
        },
        (res) => {
          if (settled) {
            res.destroy();
            return;
          }
          settled = true;
          clearTimeout(timer);
          // A stalled body is as bad as stalled headers: cut it after the same idle time.
          // Sockets are reused (keep-alive), so the listener must go when this response ends.
          const socket = res.socket;
          const onIdle = () => res.destroy(Object.assign(new Error('engine body stalled'), { code: 'ETIMEDOUT' }));
          socket.setTimeout(timeoutMs);
          socket.on('timeout', onIdle);
          const cleanup = () => {
            socket.setTimeout(0);
            socket.removeListener('timeout', onIdle);
          };
          res.once('end', cleanup);
          res.once('close', cleanup);
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: res });
        },
      );
      const timer = setTimeout(() => {
        const err = Object.assign(new Error('engine timeout'), { code: 'ENGINE_TIMEOUT' });
        fail(err);
        out.destroy(err);
      }, timeoutMs);
      out.on('error', fail);
      const body = req.body;
      if (body === undefined) out.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) out.end(body);
      else {
        body.on('error', (err) => {
          fail(err);
          out.destroy(err);
        });
        body.pipe(out);
      }
    });
  }

  async function requestText(req: EngineRequest, maxBytes = 4 * 1024 * 1024) {
    const res = await request(req);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          res.body.destroy();
          throw new EngineError('other', 'The engine answer was unexpectedly large.');
        }
        chunks.push(chunk as Buffer);
      }
    } catch (err) {
      throw classifyEngineError(err, target.url, req.timeoutMs ?? defaultTimeoutMs);
    }
    return { status: res.status, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') };
  }

  return { origin: base.origin, basePath: base.pathname.replace(/\/+$/, ''), request, requestText, close: () => agent.destroy() };
}
