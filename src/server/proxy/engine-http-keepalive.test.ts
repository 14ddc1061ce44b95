// Found by the soak proxy load test: the proxy keeps idle keep-alive sockets to the engine
// forever, and when the engine side (Apache's default KeepAliveTimeout is 5 s) closes one just
// as the proxy reuses it, the browser gets 502 "connection was closed unexpectedly" for a plain
// GET. Node's advice for reused sockets is to retry idempotent requests once on a fresh socket.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngineHttp } from './engine-http.ts';

let server: http.Server;
let url = '';
let served = 0;

beforeAll(async () => {
  // Answers the first request on each connection and drops the connection on the second,
  // which is what a keep-alive timeout firing at the moment of reuse looks like to the client.
  server = http.createServer((req, res) => {
    const socket = req.socket as typeof req.socket & { soakCount?: number };
    socket.soakCount = (socket.soakCount ?? 0) + 1;
    if (socket.soakCount > 1) {
      socket.destroy();
      return;
    }
    served++;
    res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' });
    res.end('{"ok":true}');
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('proxy → engine keep-alive', () => {
  it('retries a GET once when a reused socket turns out to be closed', async () => {
    const engine = createEngineHttp({ url }, 5_000);
    try {
      for (let i = 0; i < 3; i++) {
        const r = await engine.requestText({ method: 'GET', path: '/ovirt-engine/api', headers: {} });
        expect(r.status).toBe(200);
      }
      expect(served).toBe(3);
    } finally {
      engine.close();
    }
  });

  it('does not replay a POST (not idempotent)', async () => {
    const engine = createEngineHttp({ url }, 5_000);
    try {
      expect((await engine.requestText({ method: 'GET', path: '/a', headers: {} })).status).toBe(200);
      await expect(engine.requestText({ method: 'POST', path: '/b', headers: { 'content-type': 'application/json' }, body: '{}' })).rejects.toThrow();
    } finally {
      engine.close();
    }
  });
});
