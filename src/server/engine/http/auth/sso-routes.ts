/**
 * The engine's SSO endpoints as SDKs use them (api-reference §5): password grant for scope
 * `ovirt-app-api`, token-info, revoke, and the API's sso-logout service.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Store } from '../../store/store.ts';
import { checkCredentials, findUser } from './users.ts';
import { issueToken, revokeToken, TOKEN_TTL_MS } from './tokens.ts';

export const API_SCOPE = 'ovirt-app-api';

function formOf(body: unknown, query: unknown): URLSearchParams {
  const form = new URLSearchParams(typeof body === 'string' ? body : '');
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!form.has(k) && typeof v === 'string') form.set(k, v);
  }
  return form;
}

const json = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).header('content-type', 'application/json').header('cache-control', 'no-store').send(JSON.stringify(body));

export function registerSsoRoutes(app: FastifyInstance, store: Store): void {
  // The engine's token servlet answers GET like POST (credentials then come in the query).
  app.route({ method: ['GET', 'POST'], url: '/ovirt-engine/sso/oauth/token', handler: async (req, reply) => {
    const form = formOf(req.body, req.query);
    const grant = form.get('grant_type');
    const scope = form.get('scope') ?? '';
    if (grant !== 'password') {
      return json(reply, 400, { error_code: 'unsupported_grant_type', error: `The authorization grant type ${grant ?? ''} is not supported.` });
    }
    if (scope.split(/\s+/).filter(Boolean).join(' ') !== API_SCOPE) {
      return json(reply, 400, { error: 'invalid_scope', error_description: `The requested scope '${scope}' is invalid.` });
    }
    const username = form.get('username') ?? '';
    const password = form.get('password') ?? '';
    if (!username || !password) {
      return json(reply, 400, { error_code: 'invalid_request', error: 'The request is missing a required parameter: username or password.' });
    }
    const user = checkCredentials(store, username, password);
    if (!user) {
      return json(reply, 400, {
        error_code: 'invalid_grant',
        error: `Cannot authenticate user '${username}': The username or password is incorrect.`,
      });
    }
    const { token, expiresAt } = issueToken(store, user, 'sso', TOKEN_TTL_MS);
    store.addEvent({ code: 30, severity: 'normal', description: `User ${user.principal}-authz connecting from '${req.ip}' using session '${createHash('sha256').update(token).digest('base64url').slice(0, 12)}' logged in.`, refs: { user: user.id } });
    return json(reply, 200, { access_token: token, token_type: 'bearer', scope: API_SCOPE, exp: String(expiresAt) });
  } });

  app.all('/ovirt-engine/sso/oauth/token-info', async (req, reply) => {
    const token = formOf(req.body, req.query).get('token') ?? '';
    const rec = token ? store.getToken(token) : undefined;
    const user = rec && rec.kind === 'sso' ? findUser(store, rec.user) : undefined;
    if (!rec || !user) return json(reply, 400, { error_code: 'invalid_token', error: 'The token is not valid.' });
    return json(reply, 200, { active: true, token_type: 'bearer', scope: API_SCOPE, exp: String(rec.expiresAt), user_id: user.principal });
  });

  app.post('/ovirt-engine/sso/oauth/revoke', async (req, reply) => {
    const token = formOf(req.body, req.query).get('token') ?? '';
    if (token) revokeToken(store, token);
    return json(reply, 200, {});
  });

  app.all('/ovirt-engine/services/sso-logout', async (req, reply) => {
    const form = formOf(req.body, req.query);
    const token = form.get('token') ?? '';
    const rec = token ? store.getToken(token) : undefined;
    const user = rec ? findUser(store, rec.user) : undefined;
    if (token && revokeToken(store, token) && user) {
      store.addEvent({ code: 31, severity: 'normal', description: `User ${user.principal}-authz logged out.`, refs: { user: user.id } });
    }
    return json(reply, 200, {});
  });
}
