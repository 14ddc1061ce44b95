import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from './proxy.ts';
import { ADMIN, BrowserClient, closedPort, engineDirect, lastBearer, rawRequest, startRig, startSilentServer, type TestRig } from './test-support.ts';

let rig: TestRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('login', () => {
  it('lists engines without secrets', async () => {
    const res = await rawRequest(rig.proxy.url, { path: '/auth/engines' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual([{ id: 'main', name: 'Main engine' }]);
  });

  it('logs in with an SSO token and sets a hardened cookie', async () => {
    const client = new BrowserClient(rig.proxy.url);
    const res = await client.login();
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('vantage_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here; TLS case in proxy-tls.test.ts
    expect(client.cookies.get('vantage_session')).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits

    const token = lastBearer(rig.front);
    expect(token).toBeTruthy();
    expect(res.text).not.toContain(token!);
    expect(JSON.stringify(res.headers)).not.toContain(token!);
    // The SSO request went to the token endpoint with the mandated form.
    expect(rig.front.seen.some((r) => r.method === 'POST' && r.url === '/ovirt-engine/sso/oauth/token')).toBe(true);
  });

  it('/auth/me describes the session without exposing the engine token', async () => {
    const client = new BrowserClient(rig.proxy.url);
    await client.login();
    const token = lastBearer(rig.front)!;
    const me = await client.request('GET', '/auth/me');
    expect(me.status).toBe(200);
    const body = me.json();
    expect(body.user.name).toBe('admin@internal');
    expect(body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.admin).toBe(true);
    expect(body.engine).toMatchObject({ id: 'main', name: 'Main engine', url: rig.front.url, apiBase: '/ovirt-engine/api' });
    expect(typeof body.engine.version).toBe('string');
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.idleExpiresAt).toBeGreaterThan(Date.now());
    expect(me.text).not.toContain(token);
    expect(me.text).not.toMatch(/secret|access_token|JSESSIONID/);
    expect(me.headers['cache-control']).toBe('no-store');
    // The cookie is not itself an engine credential.
    expect(await engineDirect(rig, client.cookies.get('vantage_session')!)).toBe(401);
  });

  it('explains a wrong password with the engine message', async () => {
    const client = new BrowserClient(rig.proxy.url);
    const res = await client.login({ username: 'admin@internal', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.json().error).toBe('invalid_credentials');
    expect(res.json().message).toMatch(/user ?name or password is incorrect/i);
    expect(client.cookies.has('vantage_session')).toBe(false);
    expect(res.text).not.toContain('wrong');
  });

  it('refuses incomplete credentials and unknown engines readably', async () => {
    const client = new BrowserClient(rig.proxy.url);
    const empty = await client.request('POST', '/auth/login', { body: { username: 'admin@internal' } });
    expect(empty.status).toBe(400);
    expect(empty.json().message).toMatch(/password/);
    const unknown = await client.request('POST', '/auth/login', { body: { ...ADMIN, engine: 'nope' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json().message).toMatch(/Unknown engine "nope"/);
    const garbage = await client.request('POST', '/auth/login', { body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(garbage.status).toBe(400);
    expect(garbage.json().error).toBe('bad_request');
  });

  it('requires a same-origin Origin for login', async () => {
    const client = new BrowserClient(rig.proxy.url);
    const evil = await client.request('POST', '/auth/login', { body: ADMIN, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.json().error).toBe('csrf');
    const none = await client.request('POST', '/auth/login', { body: ADMIN, origin: null });
    expect(none.status).toBe(403);
    expect(client.cookies.has('vantage_session')).toBe(false);
  });

  it('slows down password guessing per client and user', async () => {
    const p = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], logLevel: 'silent' });
    try {
      const c = new BrowserClient(p.url);
      for (let i = 0; i < 10; i++) expect((await c.login({ username: 'admin@internal', password: `guess-${i}` })).status).toBe(401);
      const blocked = await c.login();
      expect(blocked.status).toBe(429);
      expect(blocked.json().error).toBe('too_many_attempts');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(c.cookies.has('vantage_session')).toBe(false);
      // Another account from the same address is not locked out.
      expect((await c.login({ username: 'someone@internal', password: 'x' })).status).toBe(401);
    } finally {
      await p.close();
    }
  });

  it('says when the engine is unreachable', async () => {
    const port = await closedPort();
    const p = await startProxy({ port: 0, engines: [{ id: 'down', name: 'Down', url: `http://127.0.0.1:${port}` }], logLevel: 'silent' });
    try {
      const res = await new BrowserClient(p.url).login();
      expect(res.status).toBe(502);
      expect(res.json().error).toBe('engine_unreachable');
      expect(res.json().message).toMatch(new RegExp(`Cannot reach the engine at http://127\\.0\\.0\\.1:${port}: the connection was refused`));
    } finally {
      await p.close();
    }
  });

  it('says when the engine does not answer in time', async () => {
    const silent = await startSilentServer();
    const p = await startProxy({ port: 0, engines: [{ id: 'slow', name: 'Slow', url: silent.url }], engineTimeoutMs: 300, logLevel: 'silent' });
    try {
      const res = await new BrowserClient(p.url).login();
      expect(res.status).toBe(504);
      expect(res.json().error).toBe('engine_timeout');
      expect(res.json().message).toMatch(/did not answer/);
    } finally {
      await p.close();
      await silent.close();
    }
  });
});

describe('startup', () => {
  it('explains a busy port and a missing engine list', async () => {
    const port = Number(new URL(rig.proxy.url).port);
    await expect(startProxy({ port, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], logLevel: 'silent' })).rejects.toThrow(`Port ${port} is already in use`);
    await expect(startProxy({ port: 0, engines: [], logLevel: 'silent' })).rejects.toThrow(/at least one engine/);
    await expect(
      startProxy({ port: 0, engines: [{ id: 'x', name: 'X', url: rig.front.url }, { id: 'x', name: 'Y', url: rig.front.url }], logLevel: 'silent' }),
    ).rejects.toThrow(/duplicate engine id "x"/);
  });
});

describe('logging', () => {
  it('never writes passwords, tokens or cookies to the log', async () => {
    const lines: string[] = [];
    const p = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], logLevel: 'trace', logStream: { write: (l) => void lines.push(l) } });
    try {
      const c = new BrowserClient(p.url);
      await c.login({ username: 'admin@internal', password: 'wrong-Pa55' });
      await c.login();
      const token = lastBearer(rig.front)!;
      await c.request('GET', '/api/vms', { headers: { authorization: 'Basic c2VjcmV0OnNlY3JldA==' } });
      await c.request('POST', '/api/tags', { body: '<tag><name>logged</name></tag>', headers: { 'content-type': 'application/xml' } });
      const sessionId = c.cookies.get('vantage_session')!;
      await c.request('POST', '/auth/logout');
      const log = lines.join('');
      expect(log).not.toContain(sessionId);
      expect(lines.length).toBeGreaterThan(5);
      expect(log).toContain('"msg":"login"');
      for (const secret of [ADMIN.password, 'wrong-Pa55', token, c.csrfToken!, 'c2VjcmV0OnNlY3JldA==']) expect(log).not.toContain(secret);
      expect(log).not.toMatch(/vantage_session=|Bearer |authorization/i);
    } finally {
      await p.close();
    }
  });

  it('warns when TLS verification is turned off for an engine', async () => {
    const lines: string[] = [];
    const p = await startProxy({ port: 0, engines: [{ id: 'lab', name: 'Lab', url: 'https://127.0.0.1:1', insecure: true }], logLevel: 'warn', logStream: { write: (l) => void lines.push(l) } });
    await p.close();
    expect(lines.join('')).toContain('TLS certificate verification is OFF for engine https://127.0.0.1:1');
  });
});
