import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReplayEngine, type RunningReplay } from './replay-server.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function ssoLogin(url: string, password: string): Promise<Response> {
  const body = new URLSearchParams({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password });
  return fetch(`${url}/ovirt-engine/sso/oauth/token`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

describe('replay engine v4 (SSO)', () => {
  let engine: RunningReplay;
  beforeAll(async () => {
    engine = await startReplayEngine({ fixturesDir: join(fixtures, 'v4'), port: 0, version: 4 });
  });
  afterAll(() => engine.close());

  it('issues a bearer token for any non-empty password and refuses "wrong" with invalid_grant', async () => {
    const bad = await ssoLogin(engine.url, 'wrong');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error_code: 'invalid_grant' });
    const empty = await ssoLogin(engine.url, '');
    expect(empty.status).toBe(400);

    const good = await ssoLogin(engine.url, 'anything');
    expect(good.status).toBe(200);
    const reply = (await good.json()) as { access_token: string; token_type: string; exp: string };
    expect(reply.access_token).toMatch(/^\w{16,}$/);
    expect(reply.token_type).toBe('bearer');
    expect(Number(reply.exp)).toBeGreaterThan(Date.now());
  });

  it('answers the API only with a token it issued', async () => {
    const anonymous = await fetch(`${engine.url}/ovirt-engine/api`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="RESTAPI"');
    const forged = await fetch(`${engine.url}/ovirt-engine/api`, { headers: { authorization: 'Bearer forged' } });
    expect(forged.status).toBe(401);

    const { access_token } = (await (await ssoLogin(engine.url, 'pw')).json()) as { access_token: string };
    const auth = { authorization: `Bearer ${access_token}` };
    const entry = await fetch(`${engine.url}/ovirt-engine/api`, { headers: auth });
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toBe('application/xml');
    expect(await entry.text()).toContain('<link href="/ovirt-engine/api/vms" rel="vms"/>');

    // After logout the token is gone.
    const out = await fetch(`${engine.url}/ovirt-engine/services/sso-logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ scope: 'ovirt-app-api', token: access_token }).toString(),
    });
    expect(out.status).toBe(200);
    expect((await fetch(`${engine.url}/ovirt-engine/api`, { headers: auth })).status).toBe(401);
  });

  it('matches path+query exactly, then the path alone, else 404 with an empty body', async () => {
    const { access_token } = (await (await ssoLogin(engine.url, 'pw')).json()) as { access_token: string };
    const auth = { authorization: `Bearer ${access_token}` };
    const plain = await (await fetch(`${engine.url}/ovirt-engine/api/vms`, { headers: auth })).text();
    expect(plain).toContain('<name>vm_on</name>');

    const withQuery = await fetch(`${engine.url}/ovirt-engine/api/vms?max=50&search=sortby%20name`, { headers: auth });
    expect(withQuery.status).toBe(200);
    expect(await withQuery.text()).toBe(plain);

    const missing = await fetch(`${engine.url}/ovirt-engine/api/vms/00000000-0000-0000-0000-00000000abcd`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('');
    const outside = await fetch(`${engine.url}/somewhere-else`, { headers: auth });
    expect(outside.status).toBe(404);
    expect(engine.unmatched).toContain('GET /ovirt-engine/api/vms/00000000-0000-0000-0000-00000000abcd');
    expect(engine.unmatched).not.toContain('GET /ovirt-engine/api/vms?max=50&search=sortby%20name');
  });

  it('refuses writes with a fault', async () => {
    const { access_token } = (await (await ssoLogin(engine.url, 'pw')).json()) as { access_token: string };
    const res = await fetch(`${engine.url}/ovirt-engine/api/vms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/xml' },
      body: '<vm><name>x</name></vm>',
    });
    expect(res.status).toBe(405);
    expect(await res.text()).toMatch(/<fault>[\s\S]*<reason>/);
  });
});

describe('replay engine v3 (Basic + JSESSIONID)', () => {
  let engine: RunningReplay;
  beforeAll(async () => {
    engine = await startReplayEngine({ fixturesDir: join(fixtures, 'v3'), port: 0, version: 3 });
  });
  afterAll(() => engine.close());

  it('has no SSO endpoint', async () => {
    expect((await ssoLogin(engine.url, 'pw')).status).toBe(404);
  });

  it('demands Basic credentials, refusing "wrong"', async () => {
    const anonymous = await fetch(`${engine.url}/api`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="RESTAPI"');
    expect(await anonymous.text()).toContain('HTTP Status 401');
    expect((await fetch(`${engine.url}/api`, { headers: { authorization: basic('admin@internal', 'wrong') } })).status).toBe(401);
    // v4 paths do not exist on this engine.
    expect((await fetch(`${engine.url}/ovirt-engine/api`, { headers: { authorization: basic('admin@internal', 'pw') } })).status).toBe(404);
  });

  it('opens a persistent session on request and ends it on a request without the Prefer', async () => {
    const login = await fetch(`${engine.url}/api`, { headers: { authorization: basic('admin@internal', 'pw'), prefer: 'persistent-auth' } });
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('<full_version>3.6.8-0.1.el6</full_version>');
    const cookie = /^(JSESSIONID=[^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    expect(cookie).toBeDefined();

    const vms = await fetch(`${engine.url}/api/vms?max=20`, { headers: { cookie: cookie!, prefer: 'persistent-auth' } });
    expect(vms.status).toBe(200);
    expect(await vms.text()).toContain('<name>migrate_test_1</name>');

    // Without persistent-auth this is the last request of the session.
    expect((await fetch(`${engine.url}/api/hosts`, { method: 'HEAD', headers: { cookie: cookie! } })).status).toBe(200);
    expect((await fetch(`${engine.url}/api/hosts`, { headers: { cookie: cookie!, prefer: 'persistent-auth' } })).status).toBe(401);
  });

  it('forgets its sessions when told to, like a restarted engine', async () => {
    const login = await fetch(`${engine.url}/api`, { headers: { authorization: basic('admin@internal', 'pw'), prefer: 'persistent-auth' } });
    const cookie = /^(JSESSIONID=[^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1];
    const headers = { cookie, prefer: 'persistent-auth' };
    expect((await fetch(`${engine.url}/api/vms`, { headers })).status).toBe(200);
    engine.expireSessions();
    expect((await fetch(`${engine.url}/api/vms`, { headers })).status).toBe(401);
  });

  it('does not open a session without Prefer: persistent-auth', async () => {
    const once = await fetch(`${engine.url}/api`, { headers: { authorization: basic('admin@internal', 'pw') } });
    expect(once.status).toBe(200);
    expect(once.headers.get('set-cookie')).toBeNull();
  });
});

describe('replay engine fixtures index', () => {
  it('refuses an index that points outside its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    try {
      writeFileSync(join(dir, 'index.tsv'), 'method\tpath_query\tstatus\tcontent_type\tfile\nGET\t/api\t200\tapplication/xml\t../secret.xml\n');
      await expect(startReplayEngine({ fixturesDir: dir, port: 0, version: 3 })).rejects.toThrow(/outside the fixtures folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves an index entry with an empty file column as an empty body', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    writeFileSync(join(dir, 'index.tsv'), 'method\tpath_query\tstatus\tcontent_type\tfile\nGET\t/api/hosts/gone\t404\t\t\n');
    const engine = await startReplayEngine({ fixturesDir: dir, port: 0, version: 3 });
    try {
      const login = await fetch(`${engine.url}/api/hosts/gone`, { headers: { authorization: basic('u@internal', 'pw') } });
      expect(login.status).toBe(404);
      expect(await login.text()).toBe('');
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
