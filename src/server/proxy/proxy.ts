/**
 * The Vantage proxy: serves the built app, logs users in to an engine, keeps their
 * engine credentials server-side and forwards /api to the engine.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { AddressInfo } from 'node:net';
import { createEngineHttp } from './engine-http.ts';
import { revokeEngineAuth } from './engine-auth.ts';
import { SessionStore, type Session } from './sessions.ts';
import { securityHeaders } from './security.ts';
import { LoginThrottle } from './login-throttle.ts';
import { DEFAULT_STATIC_DIR, isOwnPath, registerStaticApp } from './static-app.ts';
import { fail, SESSION_COOKIE, type Engine, type ProxyContext } from './context.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { registerApiRoutes } from './api-route.ts';
import { hostCheck } from './host-check.ts';

export { SESSION_COOKIE } from './context.ts';

export interface EngineTarget {
  id: string;
  name: string;
  url: string /* https://engine.example */;
  apiBase?: string /* default /ovirt-engine/api */;
  ca?: string /* PEM */;
  insecure?: boolean;
}

export interface ProxyOptions {
  port: number;
  host?: string;
  engines: EngineTarget[];
  staticDir?: string /* dist */;
  idleTimeoutMs?: number;
  tls?: { key: string; cert: string };
  /** Extensions beyond CONTRACTS.md (all optional). */
  engineTimeoutMs?: number /* default 60 s: 504 after that */;
  maxBodyBytes?: number /* default 16 MiB: 413 above */;
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' /* default info */;
  /**
   * Host names the proxy answers to besides addresses and localhost (DNS-rebinding guard,
   * see host-check.ts); `.example.com` allows its subdomains. The listen host is added.
   */
  allowedHosts?: string[];
  /** Where JSON log lines go (default stdout). */
  logStream?: { write(line: string): void };
}

export interface RunningProxy {
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_API_BASE = '/ovirt-engine/api';
const DEFAULT_IDLE_MS = 30 * 60_000;
const DEFAULT_ENGINE_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BODY = 16 * 1024 * 1024;

export async function startProxy(opts: ProxyOptions): Promise<RunningProxy> {
  if (!opts.engines?.length) throw new Error('startProxy: configure at least one engine');
  const ids = opts.engines.map((e) => e.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) throw new Error(`startProxy: duplicate engine id "${dup}"`);
  const tls = Boolean(opts.tls);
  const idleTimeoutMs = opts.idleTimeoutMs ?? DEFAULT_IDLE_MS;
  const engineTimeoutMs = opts.engineTimeoutMs ?? DEFAULT_ENGINE_TIMEOUT_MS;
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;

  const app = Fastify({
    ...(opts.tls ? { https: { key: opts.tls.key, cert: opts.tls.cert } } : {}),
    // Undecodable URLs and the like: a readable JSON answer rather than Fastify's default.
    frameworkErrors: (err: Error, _request: FastifyRequest, reply: FastifyReply) => {
      reply.code(400).type('application/json; charset=utf-8').send({ error: 'bad_path', message: `Malformed request: ${err.message}` });
    },
    bodyLimit: 64 * 1024, // only /auth JSON is parsed here; /api streams with its own cap
    logger: {
      level: opts.logLevel ?? 'info',
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // Only what is needed to follow a request: never headers (cookies, tokens).
      serializers: {
        req: (req: { method?: string; url?: string; socket?: { remoteAddress?: string } }) => ({
          method: req.method,
          url: req.url,
          remoteAddress: req.socket?.remoteAddress,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', 'password', 'token'], censor: '[masked]' },
    },
    // The http/https server generics differ; the routes below use neither.
  }) as unknown as FastifyInstance;

  const engines = new Map<string, Engine>();
  for (const target of opts.engines) {
    const apiBase = (target.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    const http = createEngineHttp(target, engineTimeoutMs);
    engines.set(target.id, { target, apiBase: http.basePath + apiBase, http });
    if (target.insecure) app.log.warn({ engine: target.id }, `TLS certificate verification is OFF for engine ${target.url} (insecure: true)`);
  }
  const defaultEngine = engines.get(opts.engines[0].id)!;
  const store = new SessionStore(idleTimeoutMs);
  const throttle = new LoginThrottle();

  function revoke(session: Session, why: string): void {
    const engine = engines.get(session.engineId);
    if (!engine) return;
    revokeEngineAuth(engine.http, engine.apiBase, session.auth).then(
      () => app.log.info({ user: session.user.name, engine: engine.target.id }, `engine session ended (${why})`),
      (err) => app.log.warn({ engine: engine.target.id, err: String(err) }, 'could not revoke engine session'),
    );
  }

  const sweeper = setInterval(() => {
    for (const s of store.sweep()) revoke(s, 'idle');
  }, Math.max(1000, Math.min(60_000, Math.floor(idleTimeoutMs / 2))));
  sweeper.unref();

  const hosts = hostCheck([...(opts.allowedHosts ?? []), ...(opts.host ? [opts.host] : [])]);
  app.addHook('onRequest', async (request, reply) => {
    if (hosts.allows(request.headers.host)) return;
    request.log.warn({ host: request.headers.host }, 'refused a request for a host name that is not allowed');
    return fail(reply, 421, 'bad_host', `This Vantage server does not answer to the host name "${request.headers.host}". If that name is yours, start it with --allowed-host ${request.headers.host?.replace(/:\d+$/, '')}.`);
  });

  await app.register(fastifyCookie);
  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) request.log.error({ err: err.message }, 'request failed');
    const message = status === 500 ? 'Internal error in the Vantage proxy.' : err.message;
    return fail(reply, status, status === 413 ? 'too_large' : status === 415 ? 'unsupported_media_type' : status === 400 ? 'bad_request' : 'error', message);
  });


  const hardening = securityHeaders(tls);
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [k, v] of Object.entries(hardening)) reply.header(k, v);
    if (isOwnPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });

  function clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: tls });
  }

  /** The live session of this request; an idle-expired one is revoked on the way. */
  function currentSession(request: FastifyRequest): { session?: Session; ended: boolean } {
    const { session, expired, ended } = store.lookup(request.cookies[SESSION_COOKIE]);
    if (expired) revoke(expired, 'idle');
    return { session, ended: Boolean(ended) };
  }

  const ctx: ProxyContext = {
    tls,
    idleTimeoutMs,
    engineTimeoutMs,
    maxBodyBytes,
    engines,
    defaultEngine,
    store,
    throttle,
    revoke,
    currentSession,
    clearCookie,
  };
  registerAuthRoutes(app, ctx);
  await registerApiRoutes(app, ctx);

  // ---- the app --------------------------------------------------------------------

  const staticApp = await registerStaticApp(app, opts.staticDir ?? DEFAULT_STATIC_DIR);
  app.setNotFoundHandler((request, reply) => {
    if (isOwnPath(request.url)) return fail(reply, 404, 'not_found', `No such endpoint: ${request.method} ${request.url.split('?')[0]}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(reply, 405, 'method_not_allowed', `${request.method} is not supported here.`);
    return staticApp.fallback(request, reply);
  });
  try {
    await app.listen({ port: opts.port, host: opts.host ?? '127.0.0.1' });
  } catch (err) {
    clearInterval(sweeper);
    await app.close().catch(() => undefined);
    for (const e of engines.values()) e.http.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${opts.port} is already in use; choose another with --port.`, { cause: err });
    throw err;
  }
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${tls ? 'https' : 'http'}://${host}:${address.port}`;

  return {
    url,
    async close() {
      clearInterval(sweeper);
      // Do not leave engine sessions behind: they would outlive the proxy.
      await Promise.allSettled(
        store.all().map((s) => {
          store.delete(s.id);
          const engine = engines.get(s.engineId);
          return engine ? revokeEngineAuth(engine.http, engine.apiBase, s.auth) : undefined;
        }),
      );
      await app.close();
      for (const e of engines.values()) e.http.close();
    },
  };
}
