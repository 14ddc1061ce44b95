/**
 * Logging in to an engine and learning who we are there: SSO token for v4 engines,
 * Basic + `Prefer: persistent-auth` (engine-side JSESSIONID) for engines without SSO.
 */
import { XMLParser } from 'fast-xml-parser';
import type { EngineHttp } from './engine-http.ts';
import type { EngineAuth, SessionUser } from './sessions.ts';

const SSO_TOKEN_PATH = '/ovirt-engine/sso/oauth/token';
const SSO_LOGOUT_PATH = '/ovirt-engine/services/sso-logout';
const SSO_SCOPE = 'ovirt-app-api';

export interface LoginResult {
  auth: EngineAuth;
  user: SessionUser;
  admin: boolean;
  version?: string;
  productName?: string;
}

export class LoginError extends Error {
  constructor(readonly status: number, readonly errorId: string, message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

/** Headers that authenticate one forwarded request. */
export function engineAuthHeaders(auth: EngineAuth): Record<string, string> {
  return auth.kind === 'sso'
    ? { authorization: `Bearer ${auth.token}` }
    : { cookie: auth.cookie, prefer: 'persistent-auth' };
}

export async function loginToEngine(engine: EngineHttp, apiBase: string, username: string, password: string): Promise<LoginResult> {
  const form = new URLSearchParams({ grant_type: 'password', scope: SSO_SCOPE, username, password });
  const sso = await engine.requestText({
    method: 'POST',
    path: engine.basePath + SSO_TOKEN_PATH,
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  if (sso.status === 404 || sso.status === 405) return basicLogin(engine, apiBase, username, password);

  const reply = parseJson(sso.text);
  const token = typeof reply?.access_token === 'string' ? reply.access_token : undefined;
  if (sso.status === 200 && token) {
    const auth: EngineAuth = { kind: 'sso', token, expiresAt: parseExpiry(reply?.exp) };
    const entry = await readEntryPoint(engine, apiBase, engineAuthHeaders(auth));
    return { auth, user: { name: username, id: entry.userId }, ...entry.info };
  }
  const detail = ssoErrorText(reply);
  if (sso.status >= 400 && sso.status < 500) {
    throw new LoginError(401, 'invalid_credentials', detail ?? 'The engine rejected the user name or password.');
  }
  throw new LoginError(502, 'engine_error', `The engine's single sign-on service failed (HTTP ${sso.status})${detail ? `: ${detail}` : ''}.`);
}

async function basicLogin(engine: EngineHttp, apiBase: string, username: string, password: string): Promise<LoginResult> {
  const basic = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  const headers = { authorization: `Basic ${basic}`, prefer: 'persistent-auth' };
  let res = await engine.requestText({ method: 'GET', path: apiBase, headers: { ...headers, accept: 'application/xml' } });
  let filtered = false;
  if (res.status === 403) {
    // Older engines refuse unfiltered access to non-admin users.
    filtered = true;
    res = await engine.requestText({ method: 'GET', path: apiBase, headers: { ...headers, accept: 'application/xml', filter: 'true' } });
  }
  if (res.status === 401) throw new LoginError(401, 'invalid_credentials', 'The engine rejected the user name or password.');
  if (res.status !== 200) throw new LoginError(502, 'engine_error', `The engine answered HTTP ${res.status} to the login request.`);
  const cookie = sessionCookie(res.headers['set-cookie']);
  if (!cookie) {
    throw new LoginError(502, 'engine_error', 'The engine did not open a persistent session (no JSESSIONID in answer to Prefer: persistent-auth).');
  }
  const entry = parseEntryPoint(res.text, String(res.headers['content-type'] ?? ''), filtered);
  return { auth: { kind: 'basic', cookie }, user: { name: username, id: entry.userId }, ...entry.info };
}

interface EntryPointFacts {
  userId?: string;
  info: { admin: boolean; version?: string; productName?: string };
}

async function readEntryPoint(engine: EngineHttp, apiBase: string, auth: Record<string, string>): Promise<EntryPointFacts> {
  let res = await engine.requestText({ method: 'GET', path: apiBase, headers: { ...auth, accept: 'application/xml' } });
  let filtered = false;
  if (res.status === 403) {
    filtered = true;
    res = await engine.requestText({ method: 'GET', path: apiBase, headers: { ...auth, accept: 'application/xml', filter: 'true' } });
  }
  if (res.status === 401) throw new LoginError(401, 'invalid_credentials', 'The engine issued a token but then refused it.');
  if (res.status !== 200) throw new LoginError(502, 'engine_error', `Reading the engine entry point failed (HTTP ${res.status}).`);
  return parseEntryPoint(res.text, String(res.headers['content-type'] ?? ''), filtered);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: true });

/** Product, version and admin flag from an entry point in XML (v3 or v4) or JSON. */
export function parseEntryPoint(body: string, contentType: string, filtered: boolean): EntryPointFacts {
  let api: Record<string, any> | undefined;
  if (contentType.includes('json')) api = parseJson(body) ?? undefined;
  else {
    try {
      api = (xml.parse(body) as Record<string, any>)?.api;
    } catch {
      api = undefined;
    }
  }
  if (!api || typeof api !== 'object') return { info: { admin: false } };
  const product = api.product_info ?? {};
  const v = product.version ?? {};
  const full = str(v.full_version) ?? str(product.full_version);
  const majorMinor = str(v.major) !== undefined ? [v.major, v.minor, v.build, v.revision].filter((x) => x !== undefined).join('.') : undefined;
  // Admins see the summary; the engine omits it for filtered (non-admin) callers.
  const admin = !filtered && api.summary !== undefined && api.summary !== null;
  return {
    userId: str(api.authenticated_user?.id),
    info: { admin, version: full ?? majorMinor, productName: str(product.name) },
  };
}

/** Ends the engine-side session; best effort, errors are the caller's to log. */
export async function revokeEngineAuth(engine: EngineHttp, apiBase: string, auth: EngineAuth): Promise<void> {
  if (auth.kind === 'sso') {
    await engine.requestText({
      method: 'POST',
      path: engine.basePath + SSO_LOGOUT_PATH,
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ scope: SSO_SCOPE, token: auth.token }).toString(),
    });
  } else {
    // A request without `Prefer: persistent-auth` ends a Basic session.
    await engine.requestText({ method: 'HEAD', path: apiBase, headers: { cookie: auth.cookie } });
  }
}

function sessionCookie(setCookie: string[] | undefined): string | undefined {
  const pairs = (setCookie ?? []).map((c) => c.split(';')[0].trim()).filter((c) => c.includes('='));
  return pairs.find((c) => /^JSESSIONID=/i.test(c)) ?? pairs[0];
}

function parseExpiry(exp: unknown): number | undefined {
  const n = typeof exp === 'string' || typeof exp === 'number' ? Number(exp) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function ssoErrorText(reply: Record<string, any> | null): string | undefined {
  if (!reply) return undefined;
  // ovirt-app-api puts the readable text in `error`; other scopes use error_description.
  const text = str(reply.error_description) ?? str(reply.error);
  return text && text !== 'invalid_grant' ? text : str(reply.error);
}

function parseJson(text: string): Record<string, any> | null {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' ? v : null;
  } catch {
    return null;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}
