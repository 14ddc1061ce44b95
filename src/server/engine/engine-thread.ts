/**
 * The embedded engine on a thread of its own. The proxy then never waits behind the engine's
 * serialization, SQLite writes or simulator ticks (a 5,000-VM page is tens of milliseconds of
 * CPU), and the two use two cores — as a real engine would be a separate machine.
 * Only plain-data options cross the thread boundary, so `hooks` are not available here.
 */
import { Worker } from 'node:worker_threads';
import type { EngineOptions, RunningEngine } from './engine.ts';

export type ThreadEngineOptions = Omit<EngineOptions, 'hooks'>;

export type EngineThreadMessage = { type: 'ready'; url: string } | { type: 'failed'; message: string } | { type: 'closed' };

export function startEngineThread(opts: ThreadEngineOptions, onCrash: (err: Error) => void = defaultCrash): Promise<RunningEngine> {
  const worker = new Worker(new URL('./engine-thread-main.mjs', import.meta.url), { workerData: opts });
  return new Promise((resolve, reject) => {
    let ready = false;
    let closing: (() => void) | undefined;
    worker.on('message', (msg: EngineThreadMessage) => {
      if (msg.type === 'ready') {
        ready = true;
        resolve({
          url: msg.url,
          close: () =>
            new Promise<void>((done) => {
              closing = done;
              worker.postMessage('close');
            }),
        });
      } else if (msg.type === 'failed') {
        reject(new Error(msg.message));
        void worker.terminate();
      } else if (msg.type === 'closed') {
        void worker.terminate().then(() => closing?.());
      }
    });
    worker.on('error', (err) => {
      if (!ready) reject(err);
      else if (!closing) onCrash(err);
    });
    worker.on('exit', (code) => {
      if (!ready) reject(new Error(`The engine thread stopped during start-up (exit code ${code}).`));
      else if (!closing) onCrash(new Error(`The engine thread stopped (exit code ${code}).`));
      closing?.();
    });
  });
}

function defaultCrash(err: Error): void {
  console.error(`The embedded engine stopped: ${err.message}`);
  process.exit(1);
}
