// The proxy's thread for the overhead figure (proxy.ts): start it, report its URL, close on request.
import { parentPort, workerData } from 'node:worker_threads';
import { startProxy, type ProxyOptions } from '../src/server/proxy/proxy.ts';

const port = parentPort!;
try {
  const proxy = await startProxy(workerData as ProxyOptions);
  port.on('message', (msg) => {
    if (msg === 'close') void proxy.close().finally(() => port.postMessage({ type: 'closed' }));
  });
  port.postMessage({ type: 'ready', url: proxy.url });
} catch (err) {
  port.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
