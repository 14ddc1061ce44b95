/** Starts `engine-child.ts` as a separate Node process (no tsx wrapper process, so SIGKILL hits the engine itself). */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'engine-child.ts');

export interface EngineProcess {
  url: string;
  child: ChildProcess;
  stderr(): string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export function spawnEngine(dataDir: string, port = 0, timeoutMs = 30_000): Promise<EngineProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  let out = '';
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc = (url: string): EngineProcess => ({
    url,
    child,
    stderr: () => err,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`engine child did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(proc(m[1]));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`engine child exited (${code ?? signal}) before it was ready: ${err}`));
    });
  });
}

/** Starts an engine child and SIGKILLs it after `killAfterMs`, ready or not; resolves whether it had said READY. */
export function spawnAndKill(dataDir: string, killAfterMs: number): Promise<{ wasReady: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => {
    out += c.toString();
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve({ wasReady: out.includes('READY') });
    });
  });
}
