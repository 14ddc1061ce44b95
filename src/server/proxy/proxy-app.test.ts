import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from './proxy.ts';
import { rawRequest, startRig, tempDir, type TestRig } from './test-support.ts';

let rig: TestRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

describe('the app and response hardening', () => {
  it('serves index.html for app routes and hashed assets as immutable', async () => {
    for (const p of ['/', '/vms/123/nics', '/login', '/hosts?search=status%3Dup']) {
      const res = await rawRequest(rig.proxy.url, { path: p });
      expect(res.status, p).toBe(200);
      expect(res.text).toContain('Vantage test app');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const asset = await rawRequest(rig.proxy.url, { path: '/assets/app-1234.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await rawRequest(rig.proxy.url, { path: '/assets/missing-1.js' })).status).toBe(404);
    const unknownAuth = await rawRequest(rig.proxy.url, { path: '/auth/nothing' });
    expect(unknownAuth.status).toBe(404);
    expect(unknownAuth.json().error).toBe('not_found');
  });

  it('sets hardening headers on every kind of response', async () => {
    const responses = await Promise.all(
      ['/', '/assets/app-1234.js', '/assets/missing.js', '/auth/me', '/api/vms', '/auth/engines', '/api/../x'].map((p) => rawRequest(rig.proxy.url, { path: p })),
    );
    for (const res of responses) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("img-src 'self' data:");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect(responses[3].headers['cache-control']).toBe('no-store');
    expect(responses[4].headers['cache-control']).toBe('no-store');
  });

  it('explains how to build the app when dist is missing', async () => {
    const empty = tempDir('vantage-nodist-');
    const p = await startProxy({ port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], staticDir: path.join(empty.dir, 'dist'), logLevel: 'silent' });
    try {
      const res = await rawRequest(p.url, { path: '/vms' });
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/text\/plain/);
      expect(res.text).toContain('npm run build');
      // The API side works without the app.
      expect((await rawRequest(p.url, { path: '/auth/engines' })).status).toBe(200);
    } finally {
      await p.close();
      empty.remove();
    }
  });
});

describe('host names (DNS rebinding)', () => {
  const port = () => new URL(rig.proxy.url).port;

  it('refuses a request for a host name it was not given, before any login reaches the engine', async () => {
    const seenBefore = rig.front.seen.length;
    const host = `attacker.example:${port()}`;
    const login = await rawRequest(rig.proxy.url, {
      method: 'POST',
      path: '/auth/login',
      headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin@internal', password: 'secret' }),
    });
    expect(login.status).toBe(421);
    expect(login.json()).toMatchObject({ error: 'bad_host' });
    expect(login.json().message).toContain('--allowed-host attacker.example');
    expect(login.headers['set-cookie']).toBeUndefined();
    const app = await rawRequest(rig.proxy.url, { path: '/', headers: { host } });
    expect(app.status).toBe(421);
    expect(app.text).not.toContain('Vantage test app');
    expect(rig.front.seen.length).toBe(seenBefore);
  });

  it('answers addresses, localhost and configured names', async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`, `[::1]:${port()}`]) {
      expect((await rawRequest(rig.proxy.url, { path: '/', headers: { host } })).status, host).toBe(200);
    }
    const named = await startProxy({
      port: 0, engines: [{ id: 'main', name: 'Main', url: rig.front.url }], staticDir: rig.distDir, logLevel: 'silent', allowedHosts: ['vantage.example.com', '.lab.example.org'],
    });
    try {
      for (const [host, status] of [['vantage.example.com', 200], ['rhv.lab.example.org:8443', 200], ['other.example.com', 421]] as const) {
        expect((await rawRequest(named.url, { path: '/', headers: { host } })).status, host).toBe(status);
      }
    } finally {
      await named.close();
    }
  });
});
