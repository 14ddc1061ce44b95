/** Test helpers for the authz suites: SSO logins and requests as a given user. */
import { API, asList, type Res, type TestEngine } from '../http/test-support.ts';

export { DIRECTORY_DEMO_PASSWORD } from './directory.ts';

export async function login(t: TestEngine, username: string, password: string): Promise<{ status: number; token?: string; body: any }> {
  const body = new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username, password }).toString();
  const r = await t.req('POST', '/ovirt-engine/sso/oauth/token', {
    body,
    auth: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  });
  const json = r.json();
  return { status: r.status, token: json.access_token, body: json };
}

/** Requests made with one user's bearer token. */
export class As {
  constructor(private readonly t: TestEngine, private readonly token: string) {}
  req(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Res> {
    return this.t.req(method, `${API}${path}`, { body, auth: `Bearer ${this.token}`, headers });
  }
  get = (path: string, headers?: Record<string, string>) => this.req('GET', path, undefined, headers);
  /** Names of the items of a collection (XML). */
  async names(path: string, kind: string): Promise<string[]> {
    const r = await this.get(path);
    if (r.status !== 200) throw new Error(`GET ${path} → ${r.status} ${r.text}`);
    const root = r.xml()[`${kind}s`];
    return asList(root?.[kind]).map((x: any) => String(kind === 'user' ? x.user_name : x.name));
  }
}

export async function as(t: TestEngine, username: string, password: string): Promise<As> {
  const l = await login(t, username, password);
  if (!l.token) throw new Error(`login ${username} failed: ${JSON.stringify(l.body)}`);
  return new As(t, l.token);
}
