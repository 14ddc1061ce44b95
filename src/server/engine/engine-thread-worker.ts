// The engine thread's side of engine-thread.ts: start, report the URL, close on request.
import { parentPort, workerData } from 'node:worker_threads';
import { startEngine } from './engine.ts';
import type { EngineThreadMessage, ThreadEngineOptions } from './engine-thread.ts';

const port = parentPort!;
const post = (msg: EngineThreadMessage) => port.postMessage(msg);

try {
  const engine = await startEngine(workerData as ThreadEngineOptions);
  port.on('message', (msg) => {
    if (msg !== 'close') return;
    engine.close().then(
      () => post({ type: 'closed' }),
      () => post({ type: 'closed' }),
    );
  });
  post({ type: 'ready', url: engine.url });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
}
