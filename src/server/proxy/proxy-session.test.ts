import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine } from '../engine/engine.ts';
import { startProxy } from './proxy.ts';
import { ADMIN, BrowserClient, engineDirect, lastBearer, rawRequest, startFront, startRig, startTestEngine, tempDir, type TestRig } from './test-support.ts';

let rig: TestRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('logout', () => {
  it('revokes the engine token and deletes the session', async () => {
    const c = new BrowserClient(rig.proxy.url);
    await c.login();
    const token = lastBearer(rig.front)!;
    expect(await engineDirect(rig, token)).toBe(200);
    const withoutCsrf = await c.request('POST', '/auth/logout', { csrf: false });
    expect(withoutCsrf.status).toBe(403);
    expect((await c.request('GET', '/auth/me')).status).toBe(200);
    const cookie = c.cookies.get('vantage_session')!;
    const out = await c.request('POST', '/auth/logout');
    expect(out.status).toBe(200);
    expect(c.setCookieHeaders.join()).toMatch(/vantage_session=;/);
    expect(await engineDirect(rig, token)).toBe(401);
    const replay = await rawRequest(rig.proxy.url, { path: '/auth/me', headers: { cookie: `vantage_session=${cookie}` } });
    expect(replay.status).toBe(401);
  });
});

describe('token lifetime', () => {
  it('ends the session when the SSO token expires', async () => {
    // Let the engine issue a real token but report a lifetime of half a second.
    const shortLived = await startFront(rig.engine.url, {
      intercept(req, res) {
        if (req.url !== '/ovirt-engine/sso/oauth/token') return false;
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          rawRequest(rig.engine.url, { method: 'POST', path: req.url!, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }).then((up) => {
            const reply = up.json();
            if (reply.access_token) reply.exp = String(Date.now() + 500);
            res.writeHead(up.status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(reply));
          });
        });
        return true;
      },
    });
    const p = await startProxy({ port: 0, engines: [{ id: 's', name: 'S', url: shortLived.url }], logLevel: 'silent' });
    try {
      const c = new BrowserClient(p.url);
      expect((await c.login()).status).toBe(200);
      expect((await c.request('GET', '/api/vms')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 700));
      const res = await c.request('GET', '/api/vms');
      expect(res.status).toBe(401);
      expect(res.json().error).toBe('session_ended');
    } finally {
      await p.close();
      await shortLived.close();
    }
  });
});

describe('non-admin users', () => {
  it('sees a filtered entry point as non-admin and forwards with Filter: true', async () => {
    // The embedded engine only knows admin@internal: play a user engine by hiding the summary.
    const userView = await startFront(rig.engine.url, {
      intercept(req, res) {
        if (req.method !== 'GET' || req.url !== '/ovirt-engine/api') return false;
        rawRequest(rig.engine.url, { path: req.url, headers: req.headers as Record<string, string> }).then((up) => {
          res.writeHead(up.status, { 'content-type': String(up.headers['content-type']) });
          res.end(up.text.replace(/<summary>[\s\S]*<\/summary>/, ''));
        });
        return true;
      },
    });
    const p = await startProxy({ port: 0, engines: [{ id: 'u', name: 'U', url: userView.url }], logLevel: 'silent' });
    try {
      const c = new BrowserClient(p.url);
      expect((await c.login()).status).toBe(200);
      expect((await c.request('GET', '/auth/me')).json().admin).toBe(false);
      await c.request('GET', '/api/vms');
      expect(userView.seen[userView.seen.length - 1].headers.filter).toBe('true');
      await c.request('GET', '/api/vms', { headers: { filter: 'false' } });
      expect(userView.seen[userView.seen.length - 1].headers.filter).toBe('false');
    } finally {
      await p.close();
      await userView.close();
    }
  });
});

describe('old engines without SSO', () => {
  it('falls back to Basic with a persistent engine session and ends it at logout', async () => {
    const old = await startFront(rig.engine.url, {
      intercept(req, res) {
        if (req.url?.startsWith('/ovirt-engine/sso/')) {
          res.statusCode = 404;
          res.end();
          return true;
        }
        return false;
      },
    });
    const p = await startProxy({ port: 0, engines: [{ id: 'old', name: 'Old', url: old.url }], logLevel: 'silent' });
    try {
      const c = new BrowserClient(p.url);
      expect((await c.login()).status).toBe(200);
      const me = (await c.request('GET', '/auth/me')).json();
      expect(me.authMethod).toBe('basic');
      expect(me.admin).toBe(true);
      const res = await c.request('GET', '/api/vms', { headers: { accept: 'application/json' } });
      expect(res.status).toBe(200);
      const last = old.seen[old.seen.length - 1];
      expect(last.headers.authorization).toBeUndefined();
      expect(String(last.headers.cookie)).toMatch(/^JSESSIONID=/);
      expect(last.headers.prefer).toBe('persistent-auth');
      const jsession = String(last.headers.cookie);
      expect((await c.request('POST', '/auth/logout')).status).toBe(200);
      const after = await rawRequest(rig.engine.url, { path: '/ovirt-engine/api', headers: { cookie: jsession, prefer: 'persistent-auth' } });
      expect(after.status).toBe(401);
    } finally {
      await p.close();
      await old.close();
    }
  });
});

describe('idle timeout', () => {
  it('background polls do not keep a session alive; user activity does', async () => {
    const idle = 1500; // wide margins: the suite may run on a busy machine
    const p = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], idleTimeoutMs: idle, logLevel: 'silent' });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      const active = new BrowserClient(p.url);
      const polling = new BrowserClient(p.url);
      await active.login();
      await polling.login();
      const pollingToken = lastBearer(rig.front)!;
      const firstExpiry = (await active.request('GET', '/auth/me')).json().idleExpiresAt;
      const pollCookie = polling.cookies.get('vantage_session')!;
      const polls: { status: number; error?: string }[] = [];
      for (let i = 0; i < 8; i++) {
        await sleep(300);
        expect((await active.request('GET', '/api/vms')).status).toBe(200);
        const poll = await polling.request('GET', '/api/vms', { headers: { 'x-vantage-background': '1' } });
        polls.push({ status: poll.status, error: poll.status === 200 ? undefined : poll.json().error });
      }
      expect(polls.slice(0, 2).map((p) => p.status)).toEqual([200, 200]);
      expect(polls.find((p) => p.status !== 200)).toEqual({ status: 401, error: 'session_ended' });
      expect(polling.cookies.has('vantage_session')).toBe(false); // the cookie was cleared
      const replay = await rawRequest(p.url, { path: '/api/vms', headers: { cookie: `vantage_session=${pollCookie}` } });
      expect(replay.status).toBe(401);
      expect(replay.json().error).toBe('session_ended');
      const me = await active.request('GET', '/auth/me');
      expect(me.status).toBe(200);
      expect(me.json().idleExpiresAt).toBeGreaterThan(firstExpiry);
      // /auth/touch extends without any API call.
      await sleep(900);
      const touched = await active.request('POST', '/auth/touch');
      expect(touched.status).toBe(200);
      expect(touched.json().idleExpiresAt).toBeGreaterThan(Date.now() + idle - 200);
      await sleep(900); // 1.8 s since the last API call: alive only thanks to the touch
      expect((await active.request('GET', '/auth/me')).status).toBe(200);
      // The idle session's engine token is revoked too.
      for (let i = 0; i < 20 && (await engineDirect(rig, pollingToken)) !== 401; i++) await sleep(50);
      expect(await engineDirect(rig, pollingToken)).toBe(401);
    } finally {
      await p.close();
    }
  });
});

describe('several engines', () => {
  it('logs in to the chosen engine and reports it', async () => {
    const other = await startTestEngine();
    // A second engine with its own admin password shows which one checked the credentials.
    const otherDir = tempDir('vantage-proxy-engine-b-');
    const otherEngine = await startEngine({ port: 0, dataDir: otherDir.dir, adminPassword: 'other-secret', seed: false });
    const p = await startProxy({
      port: 0,
      engines: [
        { id: 'a', name: 'Engine A', url: other.url },
        { id: 'b', name: 'Engine B', url: otherEngine.url },
      ],
      logLevel: 'silent',
    });
    try {
      expect((await rawRequest(p.url, { path: '/auth/engines' })).json()).toEqual([{ id: 'a', name: 'Engine A' }, { id: 'b', name: 'Engine B' }]);
      const onA = new BrowserClient(p.url);
      expect((await onA.login({ username: 'admin@internal', password: 'other-secret', engine: 'a' })).status).toBe(401);
      expect((await onA.login({ ...ADMIN, engine: 'a' })).status).toBe(200);
      expect((await onA.request('GET', '/auth/me')).json().engine).toMatchObject({ id: 'a', name: 'Engine A', url: other.url });
      const onB = new BrowserClient(p.url);
      expect((await onB.login({ username: 'admin@internal', password: 'other-secret', engine: 'b' })).status).toBe(200);
      expect((await onB.request('GET', '/auth/me')).json().engine).toMatchObject({ id: 'b', name: 'Engine B', url: otherEngine.url });
      // Each session writes to its own engine.
      const made = await onB.request('POST', '/api/tags', { body: '<tag><name>only-on-b</name></tag>', headers: { 'content-type': 'application/xml' } });
      expect(made.status).toBe(201);
      const onBTags = await onB.request('GET', '/api/tags', { headers: { accept: 'application/xml' } });
      const onATags = await onA.request('GET', '/api/tags', { headers: { accept: 'application/xml' } });
      expect(onBTags.text).toContain('only-on-b');
      expect(onATags.text).not.toContain('only-on-b');
      // Without an engine choice the first one is used.
      const dflt = new BrowserClient(p.url);
      expect((await dflt.login()).status).toBe(200);
      expect((await dflt.request('GET', '/auth/me')).json().engine.id).toBe('a');
    } finally {
      await p.close();
      await otherEngine.close();
      otherDir.remove();
      await other.close();
      other.remove();
    }
  });
});
