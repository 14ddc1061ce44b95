/**
 * `ANY /api/<rest>`: forwarded to the session's engine under its apiBase, with the
 * session's credentials, CSRF protection for state changes and a body size cap.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { classifyEngineError, EngineError } from './engine-errors.ts';
import { checkCsrf, isStateChanging } from './security.ts';
import { engineApiPath } from './path-guard.ts';
import { BodyTooLarge, downstreamHeaders, limitBody, upstreamHeaders } from './forward.ts';
import { fail, IDLE_ENDED_MESSAGE, type ProxyContext } from './context.ts';

export async function registerApiRoutes(app: FastifyInstance, ctx: ProxyContext): Promise<void> {
  const { tls, engines, store, engineTimeoutMs, maxBodyBytes, currentSession, clearCookie } = ctx;

  await app.register(async (api) => {
    // Bodies are streamed to the engine untouched, whatever their type.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const { session, ended } = currentSession(request);
      if (!session) {
        drain(request);
        if (ended) clearCookie(reply);
        return fail(reply, 401, ended ? 'session_ended' : 'no_session', ended ? IDLE_ENDED_MESSAGE : 'Not logged in.');
      }
      if (isStateChanging(request.method)) {
        const csrf = checkCsrf(request, tls, session.csrfToken);
        if (!csrf.ok) {
          drain(request);
          return fail(reply, 403, 'csrf', csrf.message);
        }
      }
      const engine = engines.get(session.engineId)!;
      const guarded = engineApiPath(request.raw.url ?? '', engine.apiBase);
      if (!guarded.ok) {
        drain(request);
        return fail(reply, 400, 'bad_path', `Refused path: ${guarded.reason}.`);
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > maxBodyBytes) {
        drain(request);
        return fail(reply, 413, 'too_large', `Request body exceeds ${maxBodyBytes} bytes.`);
      }
      if (request.headers['x-vantage-background'] !== '1') store.touch(session);

      let tooLarge = false;
      const incoming = request.body as Readable | undefined;
      const body = incoming && typeof (incoming as Readable).pipe === 'function'
        ? limitBody(incoming, maxBodyBytes, () => { tooLarge = true; })
        : undefined;

      let res;
      try {
        res = await engine.http.request({ method: request.method, path: guarded.path, headers: upstreamHeaders(request.headers, session), body });
      } catch (err) {
        if (tooLarge || err instanceof BodyTooLarge) return fail(reply, 413, 'too_large', `Request body exceeds ${maxBodyBytes} bytes.`);
        const e = err instanceof EngineError ? err : classifyEngineError(err, engine.target.url, engineTimeoutMs);
        request.log.warn({ engine: engine.target.id, error: e.errorId, code: e.code }, 'forwarding failed');
        return fail(reply, e.httpStatus, e.errorId, e.message);
      }

      if (res.status === 401) {
        res.body.resume();
        store.end(session.id);
        clearCookie(reply);
        request.log.info({ user: session.user.name, engine: engine.target.id }, 'engine refused the session token');
        return fail(reply, 401, 'session_ended', 'The engine ended your session (token expired or revoked). Please log in again.');
      }
      if (session.auth.kind === 'basic') {
        const renewed = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => /^JSESSIONID=/i.test(c));
        if (renewed) session.auth = { kind: 'basic', cookie: renewed };
      }

      // Stop reading from the engine if the browser goes away.
      reply.raw.once('close', () => {
        if (!res.body.complete) res.body.destroy();
      });
      reply.code(res.status).headers(downstreamHeaders(res.headers, engine.http.origin, engine.apiBase));
      if (request.method === 'HEAD') {
        res.body.resume();
        return reply.send();
      }
      return reply.send(res.body);
    };

    for (const url of ['/api', '/api/*']) {
      api.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'], url, handler, exposeHeadRoute: false });
    }
  });
}

function drain(request: FastifyRequest): void {
  const body = request.body as Readable | undefined;
  if (body && typeof body.resume === 'function') body.resume();
}
