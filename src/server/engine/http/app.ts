/**
 * The engine's HTTP server: SSO endpoints and everything under /ovirt-engine/api, routed by
 * walking the model's service tree (never a table of collections). Cross-cutting concerns live
 * here: versions, authentication, correlation ids, negotiation, body limits and turning every
 * failure into the engine's answer — never a bare 500 for bad input.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { apiModel } from '../model/api-model.ts';
import type { Store } from '../store/store.ts';
import { BodyError } from './codec/body-reader.ts';
import { authenticate, endSession } from './auth/authenticate.ts';
import { registerSsoRoutes } from './auth/sso-routes.ts';
import type { Ctx } from './context.ts';
import { entryPoint, linkHeader } from './entry-point.ts';
import { HttpFault } from './faults.ts';
import { NO_HOOKS, type EngineHooks } from './hooks.ts';
import { creationStatus, handleApi, type ApiAnswer } from './handlers.ts';
import { API_BASE } from './hrefs.ts';
import { msg } from './messages.ts';
import { CONTENT_TYPE, sendFault, sendObject, serializeCollection, serializeCreation } from './reply.ts';
import { parseRequest, pickFormat, pickLang, type RequestParams } from './request-params.ts';
import { modelJsonText, schemaText } from './self-description.ts';

export const BODY_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  hooks?: EngineHooks;
}

function originOf(req: FastifyRequest): string {
  return `${req.protocol}://${req.headers.host ?? req.hostname}`;
}

function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}

export function buildApp({ store, hooks = NO_HOOKS }: AppOptions): FastifyInstance {
  const model = apiModel();
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
    // URLs the router cannot decode (`%ZZ`, broken UTF-8) fail before the error handler: answer
    // them with an oVirt fault too, since SDKs cannot read Fastify's own JSON error.
    frameworkErrors: (err, req, reply) => {
      const fault = new HttpFault(400, msg('reason.bad_request'), msg('detail.bad_url', { message: err.message }));
      return sendFault(reply, pickFormat(undefined, req.headers.accept), pickLang(req.headers['accept-language']), fault);
    },
  });

  // `Expect: 201-created` / `202-accepted` are the engine's own expectations: without a
  // listener Node would answer them with 417 before any route runs.
  app.server.on('checkExpectation', (req, res) => app.server.emit('request', req, res));

  // Bodies are read by the model-driven codec, so every content type arrives as text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err: { code?: string; statusCode?: number; message?: string }, req, reply) => {
    const format = pickFormat(undefined, req.headers.accept);
    const lang = pickLang(req.headers['accept-language']);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendFault(reply, format, lang, new HttpFault(413, msg('reason.too_large'), msg('detail.body_too_large', { limit: BODY_LIMIT })));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const reason = status === 500 ? msg('reason.server_error') : msg('reason.bad_request');
    return sendFault(reply, format, lang, new HttpFault(status, reason, msg('detail.unexpected', { message: err.message ?? String(err) })));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).header('content-length', '0').send(''));

  registerSsoRoutes(app, store);

  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    const { path, query } = splitUrl(req.raw.url ?? '/');
    const rest = path.slice(API_BASE.length);
    let params: RequestParams;
    try {
      params = parseRequest(rest, query, req.headers);
    } catch (err) {
      if (err instanceof HttpFault) return sendFault(reply, 'xml', 'en', err);
      throw err;
    }
    reply.header('correlation-id', params.correlationId);
    if (params.version !== undefined && params.version !== '4') return reply.code(400).header('content-length', '0').send('');

    const auth = authenticate(store, req.headers);
    if (!auth) {
      return reply.code(401).header('www-authenticate', 'Basic realm="RESTAPI"').header('content-length', '0').send('');
    }
    if (auth.setCookie) reply.header('set-cookie', auth.setCookie);
    if (auth.endSession) endSession(store, auth.endSession);
    const ctx: Ctx = { model, store, params, user: auth.user, hooks };
    const method = req.method.toUpperCase();
    const body = typeof req.body === 'string' ? req.body : '';

    if (params.segments.length === 0) {
      if (method !== 'GET' && method !== 'HEAD') return reply.code(405).header('content-length', '0').send('');
      if (params.has('schema')) {
        return reply
          .header('content-type', 'application/xml')
          .header('content-disposition', 'attachment; filename="ovirt-engine-api-schema.xsd"')
          .send(schemaText());
      }
      const api = entryPoint(ctx);
      reply.header('link', linkHeader(originOf(req), api.link as { rel: string; href: string }[]));
      if (method === 'HEAD') return reply.code(200).header('content-type', CONTENT_TYPE[params.format]).send('');
      return sendObject(reply, params.format, 200, 'api', api);
    }
    if (params.segments.length === 1 && params.segments[0] === 'model.json' && (method === 'GET' || method === 'HEAD')) {
      return reply.header('content-type', 'application/json').send(modelJsonText());
    }

    const creation = creationPath(params.segments);
    const resolved = model.resolvePath(creation ? creation.object : params.segments);
    if (!resolved || (creation && (resolved.action || (method !== 'GET' && method !== 'HEAD')))) return reply.code(404).header('content-length', '0').send('');
    let answer: ApiAnswer;
    try {
      answer = handleApi(ctx, resolved, { method, body, contentType: req.headers['content-type'], origin: originOf(req) });
      if (creation) {
        const value = { href: `${API_BASE}/${params.segments.map(encodeURIComponent).join('/')}`, ...creationStatus(ctx, answer, creation.taskIds) };
        return reply.code(200).header('content-type', CONTENT_TYPE[params.format]).send(serializeCreation(params.format, value));
      }
      if (answer.creation && expects(req, '201-created')) answer = await awaitCreation(hooks, answer);
    } catch (err) {
      const fault = toFault(err);
      if (fault.status >= 500) req.log.error(err);
      return sendFault(reply, params.format, params.lang, fault, !!resolved.action);
    }
    for (const [k, v] of Object.entries(answer.headers ?? {})) reply.header(k, v);
    if (answer.collection) {
      const c = answer.collection;
      return reply
        .code(answer.status)
        .header('content-type', CONTENT_TYPE[params.format])
        .send(serializeCollection(params.format, c.type, c.values, { size: c.size, actions: c.actions }));
    }
    if (answer.type && answer.value) return sendObject(reply, params.format, answer.status, answer.type, answer.value);
    return reply.code(answer.status).header('content-length', '0').send('');
  };

  for (const url of [API_BASE, `${API_BASE}/*`]) {
    app.route({ method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'], url, exposeHeadRoute: false, handler });
  }
  return app;
}

/** `…/<object>/creation_status/<task ids>` → the object's path and the ids. */
function creationPath(segments: string[]): { object: string[]; taskIds: string[] } | undefined {
  const n = segments.length;
  if (n < 4 || segments[n - 2] !== 'creation_status') return undefined;
  return { object: segments.slice(0, n - 2), taskIds: segments[n - 1].split(',').filter(Boolean) };
}

function expects(req: FastifyRequest, what: string): boolean {
  return `${String(req.headers.expect ?? '')} ${String(req.headers['x-ovirt-expect'] ?? '')}`.toLowerCase().includes(what);
}

/** Upper bound of a blocking creation; past it the caller gets the 202 and polls. */
const CREATION_WAIT_MS = 120_000;

/** `Expect: 201-created`: waits for the creation's background tasks, then answers 201 with the object as it is then. */
async function awaitCreation(hooks: EngineHooks, accepted: ApiAnswer): Promise<ApiAnswer> {
  const creation = accepted.creation!;
  const until = Date.now() + CREATION_WAIT_MS;
  while (!(hooks.creationDone?.(creation.taskIds) ?? true)) {
    if (Date.now() > until) return accepted;
    await new Promise((r) => setTimeout(r, 20));
  }
  return creation.reread();
}

function toFault(err: unknown): HttpFault {
  if (err instanceof HttpFault) return err;
  if (err instanceof BodyError) return new HttpFault(err.status, err.reason, err.detail);
  const message = err instanceof Error ? err.message : String(err);
  return new HttpFault(500, msg('reason.server_error'), msg('detail.unexpected', { message }));
}

