/**
 * The proxy's own endpoints under /auth: engine list, login, session info, activity touch
 * and logout.
 */
import type { FastifyInstance } from 'fastify';
import { LoginError, loginToEngine, revokeEngineAuth } from './engine-auth.ts';
import { classifyEngineError } from './engine-errors.ts';
import { checkCsrf, isSameOrigin } from './security.ts';
import { fail, IDLE_ENDED_MESSAGE, SESSION_COOKIE, type ProxyContext } from './context.ts';

type Json = Record<string, unknown>;

export function registerAuthRoutes(app: FastifyInstance, ctx: ProxyContext): void {
  const { tls, engines, defaultEngine, store, throttle, engineTimeoutMs, idleTimeoutMs, revoke, currentSession, clearCookie } = ctx;

  app.get('/auth/engines', async () => [...engines.values()].map((e) => ({ id: e.target.id, name: e.target.name })));

  app.post('/auth/login', async (request, reply) => {
    if (!isSameOrigin(request, tls)) return fail(reply, 403, 'csrf', 'Login refused: the request did not come from this site (Origin mismatch).');
    const body = (request.body ?? {}) as Json;
    const { username, password } = body;
    if (typeof username !== 'string' || username.trim() === '' || typeof password !== 'string' || password === '') {
      return fail(reply, 400, 'bad_request', 'Enter a user name (e.g. admin@internal) and a password.');
    }
    if (username.length > 512 || password.length > 1024) return fail(reply, 400, 'bad_request', 'User name or password is too long.');
    const engineId = body.engine;
    const engine = engineId === undefined || engineId === null || engineId === '' ? defaultEngine : engines.get(String(engineId));
    if (!engine) return fail(reply, 400, 'unknown_engine', `Unknown engine "${String(engineId)}".`);

    // Per address and user: guessing one account is slowed without locking out a whole NAT.
    const client = `${request.ip}\0${username.trim().toLowerCase()}`;
    const wait = throttle.retryAfterMs(client);
    if (wait > 0) {
      reply.header('retry-after', String(Math.ceil(wait / 1000)));
      return fail(reply, 429, 'too_many_attempts', `Too many failed logins; try again in ${Math.ceil(wait / 1000)} s.`);
    }

    const previous = request.cookies[SESSION_COOKIE];
    if (previous) {
      const old = store.delete(previous);
      if (old) revoke(old, 'replaced by a new login');
    }
    try {
      const result = await loginToEngine(engine.http, engine.apiBase, username.trim(), password);
      throttle.succeed(client);
      const session = store.create({ engineId: engine.target.id, ...result });
      reply.setCookie(SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'strict', secure: tls });
      request.log.info({ user: session.user.name, engine: engine.target.id, auth: session.auth.kind, admin: session.admin }, 'login');
      return { ok: true };
    } catch (err) {
      if (err instanceof LoginError) {
        if (err.errorId === 'invalid_credentials') throttle.fail(client);
        request.log.info({ user: username, engine: engine.target.id, error: err.errorId }, 'login refused');
        return fail(reply, err.status, err.errorId, err.message);
      }
      const e = classifyEngineError(err, engine.target.url, engineTimeoutMs);
      request.log.warn({ engine: engine.target.id, error: e.errorId, code: e.code }, 'login failed');
      return fail(reply, e.httpStatus, e.errorId, e.message);
    }
  });

  app.get('/auth/me', async (request, reply) => {
    const { session, ended } = currentSession(request);
    if (!session) {
      if (ended) clearCookie(reply);
      return fail(reply, 401, 'no_session', ended ? IDLE_ENDED_MESSAGE : 'Not logged in.');
    }
    const engine = engines.get(session.engineId)!;
    return {
      user: session.user,
      admin: session.admin,
      engine: {
        id: engine.target.id,
        name: engine.target.name,
        url: engine.target.url,
        apiBase: engine.apiBase,
        version: session.version,
        productName: session.productName,
      },
      authMethod: session.auth.kind,
      csrfToken: session.csrfToken,
      idleExpiresAt: store.idleExpiresAt(session),
      idleTimeoutMs,
    };
  });

  app.post('/auth/touch', async (request, reply) => {
    const { session, ended } = currentSession(request);
    if (!session) {
      if (ended) clearCookie(reply);
      return fail(reply, 401, ended ? 'session_ended' : 'no_session', ended ? IDLE_ENDED_MESSAGE : 'Not logged in.');
    }
    const csrf = checkCsrf(request, tls, session.csrfToken);
    if (!csrf.ok) return fail(reply, 403, 'csrf', csrf.message);
    store.touch(session);
    return { ok: true, idleExpiresAt: store.idleExpiresAt(session) };
  });

  app.post('/auth/logout', async (request, reply) => {
    const { session } = currentSession(request);
    if (session) {
      const csrf = checkCsrf(request, tls, session.csrfToken);
      if (!csrf.ok) return fail(reply, 403, 'csrf', csrf.message);
      store.delete(session.id);
      const engine = engines.get(session.engineId)!;
      try {
        await revokeEngineAuth(engine.http, engine.apiBase, session.auth);
      } catch (err) {
        request.log.warn({ engine: engine.target.id, err: String(err) }, 'could not revoke engine session at logout');
      }
      request.log.info({ user: session.user.name, engine: engine.target.id }, 'logout');
    }
    clearCookie(reply);
    return { ok: true };
  });
}
