import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy } from './proxy.ts';
import { fetchEngineCa } from './fetch-ca.ts';
import { BrowserClient, closedPort, makeTestPki, startFront, startTestEngine, type Front, type TestPki } from './test-support.ts';

let engine: Awaited<ReturnType<typeof startTestEngine>>;
let pki: TestPki;
let httpsEngine: Front;
let wrongHostEngine: Front;
let expiredEngine: Front;

const PKI_PATH = '/ovirt-engine/services/pki-resource?resource=ca-certificate&format=X509-PEM-CA';

beforeAll(async () => {
  engine = await startTestEngine();
  pki = makeTestPki();
  httpsEngine = await startFront(engine.url, {
    tls: pki.server,
    intercept(req, res) {
      if (req.url !== PKI_PATH) return false;
      res.writeHead(200, { 'content-type': 'application/x-x509-ca-cert' });
      res.end(pki.caPem);
      return true;
    },
  });
  wrongHostEngine = await startFront(engine.url, { tls: pki.wrongHost });
  expiredEngine = await startFront(engine.url, { tls: pki.expired });
});

afterAll(async () => {
  await httpsEngine?.close();
  await wrongHostEngine?.close();
  await expiredEngine?.close();
  await engine?.close();
  engine?.remove();
  pki?.remove();
});

async function loginThrough(target: { url: string; ca?: string; insecure?: boolean }) {
  const proxy = await startProxy({ port: 0, engines: [{ id: 'e', name: 'E', ...target }], logLevel: 'silent' });
  try {
    const client = new BrowserClient(proxy.url);
    const login = await client.login();
    const vms = login.status === 200 ? await client.request('GET', '/api/vms', { headers: { accept: 'application/xml' } }) : undefined;
    return { login, vms };
  } finally {
    await proxy.close();
  }
}

describe('TLS to the engine', () => {
  it('logs in and forwards when the engine CA is given', async () => {
    const { login, vms } = await loginThrough({ url: httpsEngine.url, ca: pki.caPem });
    expect(login.status).toBe(200);
    expect(vms?.status).toBe(200);
    expect(vms?.text).toMatch(/<vms/);
  });

  it('refuses an unknown CA with a message on how to pass it', async () => {
    const { login } = await loginThrough({ url: httpsEngine.url });
    expect(login.status).toBe(502);
    const body = login.json();
    expect(body.error).toBe('engine_tls');
    expect(body.message).toMatch(/unknown authority|untrusted|self-signed/);
    expect(body.message).toContain('--engine-ca FILE');
    expect(body.message).toContain(`${httpsEngine.url}${PKI_PATH}`);
  });

  it('refuses a certificate for another host name', async () => {
    const { login } = await loginThrough({ url: wrongHostEngine.url, ca: pki.caPem });
    expect(login.status).toBe(502);
    expect(login.json().error).toBe('engine_tls');
    expect(login.json().message).toMatch(/does not match the engine host name/);
  });

  it('refuses an expired certificate', async () => {
    const { login } = await loginThrough({ url: expiredEngine.url, ca: pki.caPem });
    expect(login.status).toBe(502);
    expect(login.json().error).toBe('engine_tls');
    expect(login.json().message).toMatch(/certificate has expired/);
  });

  it('skips verification only when insecure is chosen', async () => {
    const { login, vms } = await loginThrough({ url: wrongHostEngine.url, insecure: true });
    expect(login.status).toBe(200);
    expect(vms?.status).toBe(200);
  });

  it('fetchEngineCa downloads the CA and its SHA-256 fingerprint', async () => {
    const ca = await fetchEngineCa(httpsEngine.url);
    expect(ca.pem.trim()).toBe(pki.caPem.trim());
    const out = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-in', path.join(pki.dir, 'ca.pem')], { encoding: 'utf8' });
    expect(ca.sha256Fingerprint).toBe(out.trim().split('=')[1]);
    expect(ca.subject).toContain('Vantage Test CA');
  });

  it('fetchEngineCa explains an unreachable engine', async () => {
    await expect(fetchEngineCa(`https://127.0.0.1:${await closedPort()}`)).rejects.toThrow(/Cannot reach the engine .*refused/);
  });

  it('fetchEngineCa explains a missing PKI resource', async () => {
    await expect(fetchEngineCa(wrongHostEngine.url)).rejects.toThrow(/HTTP 404/);
  });
});

describe('proxy served over TLS', () => {
  it('marks the session cookie Secure and sends HSTS', async () => {
    const proxy = await startProxy({ port: 0, engines: [{ id: 'e', name: 'E', url: engine.url }], tls: pki.server, logLevel: 'silent' });
    try {
      expect(proxy.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const client = new BrowserClient(proxy.url, pki.caPem);
      const login = await client.login();
      expect(login.status).toBe(200);
      const cookie = (login.headers['set-cookie'] ?? []).find((c) => c.startsWith('vantage_session='));
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(login.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      // Same-origin checks use the https origin.
      const wrongScheme = await client.request('POST', '/api/tags', { body: '<tag><name>x</name></tag>', headers: { 'content-type': 'application/xml' }, origin: client.origin.replace('https:', 'http:') });
      expect(wrongScheme.status).toBe(403);
      const ok = await client.request('POST', '/api/tags', { body: '<tag><name>tls-tag</name></tag>', headers: { 'content-type': 'application/xml' } });
      expect(ok.status).toBe(201);
    } finally {
      await proxy.close();
    }
  });
});
