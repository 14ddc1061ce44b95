import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from './proxy.ts';
import { BrowserClient, lastBearer, rawRequest, startFront, startRig, type TestRig } from './test-support.ts';

let rig: TestRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('forwarding', () => {
  let client: BrowserClient;
  beforeAll(async () => {
    client = new BrowserClient(rig.proxy.url);
    expect((await client.login()).status).toBe(200);
  });

  it('forwards GET with the session token, in XML and JSON', async () => {
    const before = rig.front.seen.length;
    const xml = await client.request('GET', '/api/vms', { headers: { accept: 'application/xml' } });
    expect(xml.status).toBe(200);
    expect(xml.headers['content-type']).toMatch(/application\/xml/);
    expect(xml.text).toMatch(/<vms\s*\/>|<vms>/);
    const json = await client.request('GET', '/api/vms', { headers: { accept: 'application/json', 'correlation-id': 'test-corr-1' } });
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    expect(json.json()).toBeTypeOf('object');
    expect(json.headers['correlation-id']).toBe('test-corr-1');
    const sent = rig.front.seen.slice(before);
    expect(sent.map((r) => r.url)).toEqual(['/ovirt-engine/api/vms', '/ovirt-engine/api/vms']);
    expect(sent.every((r) => String(r.headers.authorization).startsWith('Bearer '))).toBe(true);
    expect(sent.every((r) => r.headers.cookie === undefined)).toBe(true); // the browser's cookie stays here
    expect(json.headers['cache-control']).toBe('no-store');
  });

  it('answers HEAD on the entry point with headers only', async () => {
    const res = await client.request('HEAD', '/api', { headers: { accept: 'application/xml' } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.headers['content-type']).toMatch(/xml/);
  });

  it('forwards the entry point with query string and matrix parameters untouched', async () => {
    const before = rig.front.seen.length;
    const res = await client.request('GET', '/api/vms;max=1?search=name%3Dx&follow=nics', { headers: { accept: 'application/xml' } });
    expect(rig.front.seen[before].url).toBe('/ovirt-engine/api/vms;max=1?search=name%3Dx&follow=nics');
    // Whatever the engine answers, the browser gets the same.
    const direct = await rawRequest(rig.engine.url, { path: rig.front.seen[before].url, headers: { authorization: `Bearer ${lastBearer(rig.front)}`, accept: 'application/xml' } });
    expect(res.status).toBe(direct.status);
    expect(res.text).toBe(direct.text);
    const entry = await client.request('GET', '/api', { headers: { accept: 'application/xml' } });
    expect(entry.status).toBe(200);
    expect(entry.text).toContain('<product_info>');
    // The engine's Link header names absolute engine URLs; the browser gets /api ones.
    expect(entry.headers.link).toContain('</api/vms>; rel=vms');
    expect(entry.headers.link).not.toContain(rig.front.url);
    expect(entry.headers.link).not.toContain('/ovirt-engine/');
  });

  it('reuses engine connections without piling up listeners', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 40; i++) expect((await client.request('GET', '/api/vms', { headers: { accept: 'application/json' } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('never passes the client Authorization header or unknown headers', async () => {
    const before = rig.front.seen.length;
    await client.request('GET', '/api/vms', { headers: { authorization: 'Basic ' + Buffer.from('admin@internal:secret').toString('base64'), 'x-evil': '1', filter: 'false' } });
    const sent = rig.front.seen[before];
    expect(String(sent.headers.authorization)).toMatch(/^Bearer /);
    expect(sent.headers['x-evil']).toBeUndefined();
    expect(sent.headers.filter).toBe('false');
  });

  it('forwards a create with CSRF protection and rewrites Location to /api', async () => {
    const res = await client.request('POST', '/api/tags', { body: '<tag><name>proxy-made</name></tag>', headers: { 'content-type': 'application/xml' } });
    expect(res.status).toBe(201);
    expect(res.headers.location).toMatch(/^\/api\/tags\/[0-9a-f-]{36}$/);
    const got = await client.request('GET', res.headers.location as string, { headers: { accept: 'application/json' } });
    expect(got.status).toBe(200);
    expect(got.json().name).toBe('proxy-made');
  });

  it('rejects state-changing requests without the CSRF header or from another origin', async () => {
    const body = '<tag><name>csrf</name></tag>';
    const headers = { 'content-type': 'application/xml' };
    const noHeader = await client.request('POST', '/api/tags', { body, headers, csrf: false });
    expect(noHeader.status).toBe(403);
    expect(noHeader.json().message).toMatch(/X-Vantage-CSRF/);
    const wrongToken = await client.request('POST', '/api/tags', { body, headers: { ...headers, 'x-vantage-csrf': 'x'.repeat(43) }, csrf: false });
    expect(wrongToken.status).toBe(403);
    const evil = await client.request('POST', '/api/tags', { body, headers, origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.json().message).toMatch(/Origin/);
    const none = await client.request('DELETE', '/api/tags/00000000-0000-0000-0000-000000000000', { origin: null });
    expect(none.status).toBe(403);
    const viaReferer = await client.request('POST', '/api/tags', { body: '<tag><name>via-referer</name></tag>', headers: { ...headers, referer: `${rig.proxy.url}/tags` }, origin: null });
    expect(viaReferer.status).toBe(201);
    const list = await client.request('GET', '/api/tags', { headers: { accept: 'application/json' } });
    expect(JSON.stringify(list.json())).not.toContain('"csrf"');
  });

  it.each([
    '/api/../auth/me',
    '/api/vms/../../ovirt-engine/sso/oauth/token',
    '/api/%2e%2e/%2e%2e/etc/passwd',
    '/api/vms/%2E%2E/x',
    '/api/.%2e/x',
    '/api/vms%2f..%2f..%2fsso',
    '/api/vms%2F..',
    '/api/..%5c..%5cx',
    '/api/vms\\..\\x',
    '/api//evil.example/x',
    '/api/http:%2f%2fevil.example/x',
    '/api/http://evil.example/x',
    '/api/%252e%252e/x',
    '/api/./vms',
    '/api/..;x=1/vms',
    '/api/vms/%00',
    '/api/%zz',
    '/api/user@evil.example',
  ])('rejects path %s', async (p) => {
    const before = rig.front.seen.length;
    const res = await client.request('GET', p);
    expect(res.status).toBe(400);
    expect(res.json().error).toBe('bad_path');
    expect(rig.front.seen.length).toBe(before); // nothing reached the engine
  });

  it('never answers with CORS headers', async () => {
    const preflight = await client.request('OPTIONS', '/api/vms', { origin: 'https://evil.example', headers: { 'access-control-request-method': 'DELETE' } });
    const get = await client.request('GET', '/api/vms', { origin: 'https://evil.example' });
    const me = await client.request('GET', '/auth/me', { origin: 'https://evil.example' });
    for (const res of [preflight, get, me]) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(preflight.status).toBeGreaterThanOrEqual(400);
  });

  it('caps request bodies', async () => {
    const small = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], maxBodyBytes: 1000, logLevel: 'silent' });
    try {
      const c = new BrowserClient(small.url);
      await c.login();
      const big = `<tag><name>${'x'.repeat(2000)}</name></tag>`;
      const declared = await c.request('POST', '/api/tags', { body: big, headers: { 'content-type': 'application/xml' } });
      expect(declared.status).toBe(413);
      expect(declared.json().error).toBe('too_large');
      const chunked = await rawRequest(small.url, {
        method: 'POST',
        path: '/api/tags',
        headers: { origin: c.origin, cookie: `vantage_session=${c.cookies.get('vantage_session')}`, 'x-vantage-csrf': c.csrfToken!, 'content-type': 'application/xml', 'transfer-encoding': 'chunked' },
        body: big,
      });
      expect(chunked.status).toBe(413);
      const ok = await c.request('POST', '/api/tags', { body: '<tag><name>small</name></tag>', headers: { 'content-type': 'application/xml' } });
      expect(ok.status).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('answers 401 for /api without a session', async () => {
    const res = await rawRequest(rig.proxy.url, { path: '/api/vms' });
    expect(res.status).toBe(401);
    expect(res.json().error).toBe('no_session');
    const me = await rawRequest(rig.proxy.url, { path: '/auth/me' });
    expect(me.status).toBe(401);
    expect(me.json()).toMatchObject({ error: 'no_session' });
  });
});

describe('engine failures while forwarding', () => {
  it('gives 504 for a hung engine and 502 when the connection breaks', async () => {
    const flaky = await startFront(rig.engine.url, {
      intercept(req) {
        if (req.url?.startsWith('/ovirt-engine/api/hosts')) return true; // never answered
        if (req.url?.startsWith('/ovirt-engine/api/clusters')) {
          req.socket.destroy();
          return true;
        }
        return false;
      },
    });
    const p = await startProxy({ port: 0, engines: [{ id: 'f', name: 'Flaky', url: flaky.url }], engineTimeoutMs: 400, logLevel: 'silent' });
    try {
      const c = new BrowserClient(p.url);
      expect((await c.login()).status).toBe(200);
      const slow = await c.request('GET', '/api/hosts');
      expect(slow.status).toBe(504);
      expect(slow.json()).toMatchObject({ error: 'engine_timeout' });
      const broken = await c.request('GET', '/api/clusters');
      expect(broken.status).toBe(502);
      expect(broken.json().error).toBe('engine_unreachable');
      // The session survives engine trouble.
      expect((await c.request('GET', '/api/vms')).status).toBe(200);
    } finally {
      await p.close();
      await flaky.close();
    }
  });

  it('ends the session when the engine refuses the token', async () => {
    const c = new BrowserClient(rig.proxy.url);
    await c.login();
    const token = lastBearer(rig.front)!;
    const revoked = await rawRequest(rig.engine.url, {
      method: 'POST',
      path: '/ovirt-engine/services/sso-logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ scope: 'ovirt-app-api', token }).toString(),
    });
    expect(revoked.status).toBe(200);
    const res = await c.request('GET', '/api/vms');
    expect(res.status).toBe(401);
    expect(res.json().error).toBe('session_ended');
    expect(res.headers['www-authenticate']).toBeUndefined(); // no browser Basic prompt
    expect((await c.request('GET', '/auth/me')).status).toBe(401);
  });
});
