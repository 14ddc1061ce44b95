import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, FaultError, NetworkError, RequestError, SessionEndedError, TimeoutError } from './errors.ts';
import { createTransport } from './transport.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
let seen: Seen[] = [];
let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen = [];
  handler = (_req, res) => {
    res.setHeader('Content-Type', 'application/xml;charset=UTF-8');
    res.end('<vm id="1"/>');
  };
});

const mount = { apiBase: '/ovirt-engine/api', prefix: '/api' };

describe('transport', () => {
  it('maps engine hrefs through the mount and sends the caller headers', async () => {
    const t = createTransport({ baseUrl: base, mount, headers: () => ({ 'X-Vantage-CSRF': 'tok' }), retries: 0 });
    const r = await t.request('GET', '/ovirt-engine/api/vms/1', { query: { search: 'name=a b', max: 5, skip: undefined } });
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/xml');
    expect(r.text).toBe('<vm id="1"/>');
    expect(seen[0].url).toBe('/api/vms/1?search=name%3Da%20b&max=5');
    expect(seen[0].headers['x-vantage-csrf']).toBe('tok');
    expect(seen[0].headers.accept).toBe('application/xml');
    await t.request('GET', '/ovirt-engine/api/vms;max=1?search=x', { query: { follow: 'nics' } });
    expect(seen[1].url).toBe('/api/vms;max=1?search=x&follow=nics');
    await t.request('GET', '/ovirt-engine/api');
    expect(seen[2].url).toBe('/api');
    await t.request('GET', '/ovirt-engine/api/vms?search=old&max=3', { query: { search: 'new page 2' } });
    expect(seen.at(-1)!.url).toBe('/api/vms?max=3&search=new%20page%202');
    // a path that only starts like the base is not under it
    await t.request('GET', '/ovirt-engine/apifoo');
    expect(seen.at(-1)!.url).toBe('/ovirt-engine/apifoo');
  });

  it('sends bodies with their content type', async () => {
    const t = createTransport({ baseUrl: base, mount });
    await t.request('POST', '/ovirt-engine/api/vms/1/start', { body: '{}', contentType: 'application/json', accept: 'application/json' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/vms/1/start', body: '{}' });
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers.accept).toBe('application/json');
  });

  it('refuses absolute hrefs to other hosts, accepts its own and the engine origin', async () => {
    const t = createTransport({ baseUrl: base, mount, engineUrl: 'https://engine.example' });
    await expect(t.request('GET', 'https://evil.example/ovirt-engine/api/vms')).rejects.toBeInstanceOf(RequestError);
    expect(seen).toHaveLength(0);
    expect(t.url('https://engine.example/ovirt-engine/api/vms/2')).toBe(`${base}/api/vms/2`);
    await t.request('GET', `${base}/ovirt-engine/api/vms/3`);
    expect(seen[0].url).toBe('/api/vms/3');
  });

  it('times out with a TimeoutError', async () => {
    handler = (_req, res) => setTimeout(() => res.end('<vm/>'), 1500);
    const t = createTransport({ baseUrl: base, timeoutMs: 100, retries: 0 });
    const started = Date.now();
    await expect(t.request('GET', '/ovirt-engine/api/vms')).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('aborts on the caller signal, before and during the request', async () => {
    handler = (_req, res) => setTimeout(() => res.end('<vm/>'), 1500);
    const t = createTransport({ baseUrl: base, retries: 3 });
    const pre = new AbortController();
    pre.abort();
    await expect(t.request('GET', '/x', { signal: pre.signal })).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toHaveLength(0);
    const c = new AbortController();
    setTimeout(() => c.abort(), 50);
    await expect(t.request('GET', '/x', { signal: c.signal })).rejects.toBeInstanceOf(AbortedError);
  });

  it('retries GETs on 502/503/504 with backoff', async () => {
    let n = 0;
    handler = (_req, res) => {
      n++;
      if (n < 3) {
        res.statusCode = n === 1 ? 503 : 502;
        res.end();
      } else res.end('<vm id="1"/>');
    };
    const t = createTransport({ baseUrl: base, retries: 2, retryDelayMs: 10 });
    const r = await t.request('GET', '/x');
    expect(r.status).toBe(200);
    expect(seen).toHaveLength(3);
  });

  it('gives up after the retries with a NetworkError carrying the status', async () => {
    handler = (_req, res) => {
      res.statusCode = 504;
      res.end();
    };
    const t = createTransport({ baseUrl: base, retries: 1, retryDelayMs: 5 });
    const err = await t.request('GET', '/x').catch((e) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(err.status).toBe(504);
    expect(seen).toHaveLength(2);
  });

  it('never retries POST, PUT or DELETE', async () => {
    handler = (_req, res) => {
      res.statusCode = 503;
      res.end();
    };
    const t = createTransport({ baseUrl: base, retries: 3, retryDelayMs: 5 });
    for (const m of ['POST', 'PUT', 'DELETE']) {
      seen = [];
      await expect(t.request(m, '/x', { body: m === 'DELETE' ? undefined : '<vm/>' })).rejects.toBeInstanceOf(NetworkError);
      expect(seen).toHaveLength(1);
    }
  });

  it('retries GETs on connection errors, then reports a NetworkError', async () => {
    handler = (req) => req.socket.destroy();
    const t = createTransport({ baseUrl: base, retries: 2, retryDelayMs: 5 });
    await expect(t.request('GET', '/x')).rejects.toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(3);
    seen = [];
    await expect(t.request('POST', '/x', { body: '<a/>' })).rejects.toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it('reports a refused connection as a NetworkError', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const t = createTransport({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 });
    await expect(t.request('GET', '/x')).rejects.toBeInstanceOf(NetworkError);
  });

  it('401 is a SessionEndedError, not a fault', async () => {
    handler = (_req, res) => {
      res.statusCode = 401;
      res.setHeader('Content-Type', 'text/html');
      res.end('<html><head><title>Error</title></head><body>Unauthorized</body></html>');
    };
    const t = createTransport({ baseUrl: base });
    await expect(t.request('GET', '/x')).rejects.toBeInstanceOf(SessionEndedError);
    expect(seen).toHaveLength(1);
  });

  it('401 from the proxy carries its reason; an engine 401 gets the generic one', async () => {
    handler = (_req, res) => {
      res.statusCode = 401;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: 'session_ended', message: 'The engine ended your session (token expired or revoked).' }));
    };
    const t = createTransport({ baseUrl: base });
    const err = await t.request('GET', '/x').catch((e) => e);
    expect(err).toBeInstanceOf(SessionEndedError);
    expect(err.message).toBe('The engine ended your session (token expired or revoked).');
    for (const body of ['{not json', JSON.stringify({ error: 'no_session', message: 'Not logged in.' })]) {
      handler = (_req, res) => {
        res.statusCode = 401;
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      };
      const plain = await t.request('GET', '/x').catch((e) => e);
      expect(plain.message).toBe(new SessionEndedError().message);
    }
  });

  it('engine faults become FaultErrors with the parsed fault', async () => {
    handler = (_req, res) => {
      res.statusCode = 409;
      res.setHeader('Content-Type', 'application/xml');
      res.end('<action><fault><reason>Operation Failed</reason><detail>[Cannot run VM. VM is running.]</detail></fault><status>failed</status></action>');
    };
    const t = createTransport({ baseUrl: base });
    const err = await t.request('POST', '/x/start', { body: '<action/>' }).catch((e) => e);
    expect(err).toBeInstanceOf(FaultError);
    expect(err.fault).toEqual({ reason: 'Operation Failed', detail: 'Cannot run VM. VM is running.', rawDetail: '[Cannot run VM. VM is running.]', status: 409 });
    handler = (_req, res) => {
      res.statusCode = 404;
      res.end();
    };
    const nf = await t.request('GET', '/x').catch((e) => e);
    expect(nf).toBeInstanceOf(FaultError);
    expect(nf.fault).toEqual({ reason: 'Not Found', status: 404 });
  });
});
