/** Test helpers for the authz suites: SSO logins, requests as a given user, one engine per suite. */
import { afterAll, beforeAll, expect } from 'vitest';
import { API, asList, PASSWORD, TestEngine, type Res } from '../http/test-support.ts';

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
  constructor(private readonly t: TestEngine, private token = '') {}
  /** Logs in as `username`; the requests after it carry that user's token. */
  async signIn(username: string, password: string): Promise<this> {
    const l = await login(this.t, username, password);
    if (!l.token) throw new Error(`login ${username} failed: ${JSON.stringify(l.body)}`);
    this.token = l.token;
    return this;
  }
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

export function as(t: TestEngine, username: string, password: string): Promise<As> {
  return new As(t).signIn(username, password);
}

/**
 * The seeded engine of one test file: started before its tests with admin@internal logged in
 * (`admin` is usable from the first test on), and every XML body it answered checked against
 * the served XSD after them.
 */
export function adminSuite(): { t: TestEngine; admin: As } {
  const t = new TestEngine();
  const admin = new As(t);
  beforeAll(async () => {
    await t.start();
    await admin.signIn('admin@internal', PASSWORD);
  });
  afterAll(async () => {
    const { failures } = await t.validateXml();
    await t.stop();
    expect(failures).toBe('');
  });
  return { t, admin };
}
