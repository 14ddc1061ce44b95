import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { Store } from './store.ts';

const child = fileURLToPath(new URL('./__fixtures__/durability-child.ts', import.meta.url));
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer child until it has acknowledged `acks` writes, then SIGKILLs it. */
function writeThenKill(file: string, acks: number): Promise<{ lastVm: number; lastEvent: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let last = { lastVm: -1, lastEvent: 0 };
    let killed = false;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m && !killed) last = { lastVm: Number(m[1]), lastEvent: Number(m[2]) };
      }
      if (!killed && last.lastVm + 1 >= acks) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.stderr.on('data', (c) => (stderr += String(c)));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`child exited without being killed: ${stderr}`));
    });
  });
}

it('keeps every acknowledged write after the writing process is killed with SIGKILL', async () => {
  dir = mkdtempSync(join(tmpdir(), 'vantage-durable-'));
  const file = join(dir, 'engine.db');
  const first = await writeThenKill(file, 200);
  expect(first.lastVm).toBeGreaterThanOrEqual(199);

  const store = Store.open(file);
  try {
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (let i = 0; i <= first.lastVm; i++) {
      expect(store.get('vms', `vm-${i}`), `vm-${i}`).toMatchObject({ name: `vm${i}`, memory: i, description: `written ${i}` });
    }
    expect(store.getEvent(first.lastEvent)?.description).toBe(`VM vm${first.lastVm} was created by admin.`);
    expect(store.lastEventIndex()).toBeGreaterThanOrEqual(first.lastEvent);
  } finally {
    store.close();
  }

  // A second writer after the crash continues the event index sequence.
  const store2 = Store.open(file);
  const next = store2.addEvent({ code: 1, severity: 'normal', description: 'after crash' });
  store2.close();
  expect(Number(next.id)).toBeGreaterThan(first.lastEvent);
}, 60_000);
