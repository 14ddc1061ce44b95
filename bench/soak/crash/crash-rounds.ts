/**
 * Crash consistency: an engine process takes a stream of writes and is killed with SIGKILL at a
 * random moment; restarted on the same data dir it must still hold every write it acknowledged
 * (in this and all earlier rounds), and SQLite's integrity check must pass.
 */
import path from 'node:path';
import { API, budget, EngineClient, sleep, StoreProbe, tempDir } from '../support.ts';
import { spawnAndKill, spawnEngine, type EngineProcess } from './engine-process.ts';

export interface CrashOptions {
  rounds: number;
  maxMs: number;
  /** writers streaming at once */
  writers?: number;
  /** kill between these many ms after the writes begin */
  killAfterMs?: [number, number];
  seed?: number;
}

export interface CrashReport {
  rounds: number;
  acknowledged: number;
  found: number;
  unacknowledgedInFlight: number;
  failures: string[];
  timedOut: boolean;
}

interface Ledger {
  tags: Set<string>;
  vms: Map<string, string>; // id → acknowledged name
  /** renames sent but not answered when the engine died: either name is right */
  pendingRenames: Map<string, string>;
  ackedRenames: Set<string>;
}

/** A small deterministic PRNG so a failing run can be repeated with its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

export async function runCrashRounds(opts: CrashOptions): Promise<CrashReport> {
  const random = rng(opts.seed ?? Date.now());
  const [killMin, killMax] = opts.killAfterMs ?? [50, 800];
  const writers = opts.writers ?? 4;
  const tmp = tempDir('vantage-soak-crash-');
  const report: CrashReport = { rounds: 0, acknowledged: 0, found: 0, unacknowledgedInFlight: 0, failures: [], timedOut: false };
  const ledger: Ledger = { tags: new Set(), vms: new Map(), pendingRenames: new Map(), ackedRenames: new Set() };
  const b = budget(opts.rounds, opts.maxMs);
  let proc: EngineProcess | undefined;
  try {
    proc = await spawnEngine(tmp.dir);
    while (b.next()) {
      const round = b.count;
      const client = await new EngineClient(proc.url).login();
      let stop = false;
      const writer = async (w: number) => {
        for (let i = 0; i < 10_000 && !stop; i++) {
          const kind = i % 3;
          try {
            if (kind === 0) {
              const name = `crash-r${round}-w${w}-t${i}`;
              const r = await client.json('POST', `${API}/tags`, { name });
              if (r.status === 201) {
                ledger.tags.add(name);
                report.acknowledged++;
              } else report.failures.push(`round ${round}: creating tag ${name} answered ${r.status}`);
            } else if (kind === 1) {
              const name = `crash-r${round}-w${w}-vm${i}`;
              const r = await client.json('POST', `${API}/vms`, { name, cluster: { name: 'Default' }, template: { name: 'Blank' } });
              if (r.status === 201 || r.status === 202) {
                ledger.vms.set(r.body.id, name);
                report.acknowledged++;
              } else report.failures.push(`round ${round}: creating VM ${name} answered ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
            } else {
              const mine = [...ledger.vms].filter(([, n]) => n.startsWith(`crash-r${round}-w${w}-`) && !n.endsWith('-renamed'));
              const target = mine[Math.floor(random() * mine.length)];
              if (!target) continue;
              const name = `${target[1]}-renamed`;
              ledger.pendingRenames.set(target[0], name);
              const r = await client.json('PUT', `${API}/vms/${target[0]}`, { name });
              ledger.pendingRenames.delete(target[0]);
              if (r.status === 200) {
                ledger.vms.set(target[0], name);
                ledger.ackedRenames.add(target[0]);
                report.acknowledged++;
              } else report.failures.push(`round ${round}: renaming VM ${target[0]} answered ${r.status}`);
            }
          } catch {
            // The engine died under this request: it was never acknowledged, so either outcome is fine.
            report.unacknowledgedInFlight++;
            return;
          }
        }
      };
      const running = Array.from({ length: writers }, (_, w) => writer(w));
      await sleep(killMin + random() * (killMax - killMin));
      await proc.kill9();
      stop = true;
      await Promise.all(running);
      client.close();

      proc = await spawnEngine(tmp.dir);
      await verify(proc, tmp.dir, ledger, round, report);
      report.rounds++;
    }
    report.timedOut = b.timedOut;
  } catch (err) {
    report.failures.push(`crash run aborted: ${(err as Error).stack ?? err}${proc ? `\nengine stderr: ${proc.stderr()}` : ''}`);
  } finally {
    await proc?.stop();
    tmp.remove();
  }
  return report;
}

async function verify(proc: EngineProcess, dataDir: string, ledger: Ledger, round: number, report: CrashReport): Promise<void> {
  const client = await new EngineClient(proc.url).login();
  try {
    const tags = await client.json('GET', `${API}/tags`);
    const tagNames = new Set(((tags.body?.tag ?? []) as any[]).map((t) => String(t.name)));
    const vms = await client.json('GET', `${API}/vms`);
    const vmNames = new Map(((vms.body?.vm ?? []) as any[]).map((v) => [String(v.id), String(v.name)]));
    let found = 0;
    for (const name of ledger.tags) {
      if (tagNames.has(name)) found++;
      else report.failures.push(`round ${round}: acknowledged tag ${name} is gone after the crash`);
    }
    for (const [id, name] of ledger.vms) {
      const now = vmNames.get(id);
      const pending = ledger.pendingRenames.get(id);
      if (pending !== undefined && now === pending) {
        ledger.vms.set(id, pending);
        ledger.pendingRenames.delete(id);
      }
      if (now === undefined) report.failures.push(`round ${round}: acknowledged VM ${name} (${id}) is gone after the crash`);
      else if (now !== ledger.vms.get(id)) report.failures.push(`round ${round}: VM ${id} is named ${now}, acknowledged ${name}`);
      else found++;
    }
    ledger.pendingRenames.clear();
    // A rename is one more acknowledged write on the same VM: count it as found too.
    const renamed = [...ledger.ackedRenames].filter((id) => vmNames.get(id) === ledger.vms.get(id)).length;
    report.found = found + renamed;
  } finally {
    client.close();
  }
  const probe = new StoreProbe(path.join(dataDir, 'engine.db'));
  try {
    const check = probe.integrity();
    if (check !== 'ok') report.failures.push(`round ${round}: PRAGMA integrity_check: ${check}`);
  } finally {
    probe.close();
  }
}

export function summarizeCrash(r: CrashReport): string {
  return `crash: ${r.rounds} kill -9 rounds, writes acknowledged ${r.acknowledged}, found ${r.found}, in flight at the kill ${r.unacknowledgedInFlight}, failures ${r.failures.length}${r.timedOut ? ' (time budget hit)' : ''}`;
}

export interface StartupKillReport {
  rounds: number;
  killedBeforeReady: number;
  failures: string[];
}

/**
 * Kills fresh engines at random moments of their first start (store creation, demo seeding),
 * then starts them again: the store must open, pass integrity_check and hold the whole demo
 * inventory — never half of it.
 */
export async function runStartupKills(opts: { rounds: number; maxMs: number; seed?: number }): Promise<StartupKillReport> {
  const random = rng((opts.seed ?? Date.now()) + 1);
  const report: StartupKillReport = { rounds: 0, killedBeforeReady: 0, failures: [] };
  const b = budget(opts.rounds, opts.maxMs);
  let expected: { vms: number; hosts: number } | undefined;
  while (b.next()) {
    const tmp = tempDir('vantage-soak-startup-');
    let proc: EngineProcess | undefined;
    try {
      // The first round measures the complete inventory; later rounds are killed during startup.
      if (expected) {
        const { wasReady } = await spawnAndKill(tmp.dir, 200 + random() * 2800);
        if (!wasReady) report.killedBeforeReady++;
      }
      proc = await spawnEngine(tmp.dir);
      const client = await new EngineClient(proc.url).login();
      const vms = ((await client.json('GET', `${API}/vms`)).body?.vm ?? []).length as number;
      const hosts = ((await client.json('GET', `${API}/hosts`)).body?.host ?? []).length as number;
      client.close();
      if (!expected) expected = { vms, hosts };
      else if (vms !== expected.vms || hosts !== expected.hosts) {
        report.failures.push(`startup round ${b.count}: after a kill during the first start the store holds ${vms} VMs and ${hosts} hosts, want ${expected.vms} and ${expected.hosts}`);
      }
      const probe = new StoreProbe(path.join(tmp.dir, 'engine.db'));
      const check = probe.integrity();
      probe.close();
      if (check !== 'ok') report.failures.push(`startup round ${b.count}: PRAGMA integrity_check: ${check}`);
      report.rounds++;
    } catch (err) {
      report.failures.push(`startup round ${b.count}: ${(err as Error).message}`);
    } finally {
      await proc?.stop();
      tmp.remove();
    }
  }
  return report;
}

export function summarizeStartupKills(r: StartupKillReport): string {
  return `startup kills: ${r.rounds} first starts (${r.killedBeforeReady} killed before ready), failures ${r.failures.length}`;
}
