/**
 * Concurrency: many identical state-changing actions at once on one VM and one host. Exactly
 * one request may win each transition, the rest must be refused with 409, and the events must
 * tell the same story: only the winner's correlation id appears, once per transition.
 */
import { startEngine, type EngineOptions } from '../../src/server/engine/engine.ts';
import { simulatorHooks } from '../../src/server/engine/sim/engine-hooks.ts';
import { ADMIN_PASSWORD, API, EngineClient, tempDir } from './support.ts';

export interface ConcurrencyReport {
  engines: number;
  transitions: number;
  requests: number;
  winners: number;
  conflicts: number;
  failures: string[];
}

interface Transition {
  label: string;
  path: string;
  /** statuses the object may be in once the winner is through */
  after: string[];
  collection: 'vms' | 'hosts';
  id: string;
}

export async function runConcurrency(opts: { parallel: number; withSimulator: boolean[] }): Promise<ConcurrencyReport> {
  const report: ConcurrencyReport = { engines: 0, transitions: 0, requests: 0, winners: 0, conflicts: 0, failures: [] };
  for (const sim of opts.withSimulator) {
    const tmp = tempDir('vantage-soak-conc-');
    const options: EngineOptions = { port: 0, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD };
    // The simulator's clock is stopped so the states after each transition stay put while we look.
    if (sim) options.hooks = (store) => simulatorHooks(store, { speed: 1, seed: 1, faults: false, start: false });
    const engine = await startEngine(options);
    const client = await new EngineClient(engine.url).login();
    const where = sim ? 'simulator engine' : 'plain engine';
    try {
      report.engines++;
      const vms = (await client.json('GET', `${API}/vms`)).body.vm as any[];
      const hosts = (await client.json('GET', `${API}/hosts`)).body.host as any[];
      const vm = vms.find((v) => v.status === 'down');
      const busy = new Set(vms.filter((v) => v.host).map((v) => v.host.id));
      const host = hosts.find((h) => h.status === 'up' && !busy.has(h.id)) ?? hosts.find((h) => h.status === 'up');
      if (!vm || !host) throw new Error(`${where}: no down VM or up host in the seed`);
      const plan: Transition[] = [
        { label: '50 × start on a down VM', path: `vms/${vm.id}/start`, after: ['up', 'powering_up', 'wait_for_launch'], collection: 'vms', id: vm.id },
        { label: '50 × stop on that VM', path: `vms/${vm.id}/stop`, after: ['down', 'powering_down'], collection: 'vms', id: vm.id },
        { label: '50 × deactivate on an up host', path: `hosts/${host.id}/deactivate`, after: ['maintenance', 'preparing_for_maintenance'], collection: 'hosts', id: host.id },
        { label: '50 × activate on that host', path: `hosts/${host.id}/activate`, after: ['up', 'activating', 'unassigned', 'initializing'], collection: 'hosts', id: host.id },
      ];
      for (const t of plan) await race(client, t, opts.parallel, `${where}: ${t.label.replace('50', String(opts.parallel))}`, report);
    } catch (err) {
      report.failures.push(`${where}: ${(err as Error).stack ?? err}`);
    } finally {
      client.close();
      await engine.close();
      tmp.remove();
    }
  }
  return report;
}

async function race(client: EngineClient, t: Transition, n: number, label: string, report: ConcurrencyReport): Promise<void> {
  const newest = (await client.json('GET', `${API}/events?max=1`)).body?.event?.[0];
  const from = newest ? Number(newest.index ?? newest.id) : 0;
  const ids = Array.from({ length: n }, (_, i) => `soak-race-${Date.now().toString(36)}-${i}`);
  const answers = await Promise.all(
    ids.map((cid) => client.req('POST', `${API}/${t.path}`, { body: '{}', contentType: 'application/json', headers: { 'correlation-id': cid } }).catch((err: Error) => ({ status: 0, text: err.message, headers: {} }))),
  );
  report.transitions++;
  report.requests += n;
  const winners = ids.filter((_, i) => answers[i].status === 200 || answers[i].status === 202);
  const conflicts = answers.filter((a) => a.status === 409).length;
  const other = answers.filter((a) => ![200, 202, 409].includes(a.status));
  report.winners += winners.length;
  report.conflicts += conflicts;
  if (winners.length !== 1) report.failures.push(`${label}: ${winners.length} requests won (want exactly 1)`);
  if (other.length) report.failures.push(`${label}: unexpected answers ${other.map((a) => `${a.status} ${a.text.slice(0, 120)}`).slice(0, 3).join(' | ')}`);
  for (const a of answers.filter((x) => x.status === 409)) {
    if (!/fault|reason/.test(a.text)) {
      report.failures.push(`${label}: a 409 without a fault: ${a.text.slice(0, 200)}`);
      break;
    }
  }
  const obj = (await client.json('GET', `${API}/${t.collection}/${t.id}`)).body;
  if (!t.after.includes(String(obj?.status))) report.failures.push(`${label}: final status ${obj?.status}, want one of ${t.after.join(', ')}`);
  const events = ((await client.json('GET', `${API}/events?from=${from}`)).body?.event ?? []) as any[];
  const tagged = events.filter((e) => ids.includes(String(e.correlation_id)));
  const byLoser = tagged.filter((e) => !winners.includes(String(e.correlation_id)));
  if (byLoser.length) report.failures.push(`${label}: ${byLoser.length} events carry a refused request's correlation id: ${byLoser.map((e) => e.description).slice(0, 3).join(' | ')}`);
  const byWinner = tagged.filter((e) => winners.includes(String(e.correlation_id)));
  const initiations = new Map<string, number>();
  // One transition may log the same code for several objects (a host going to maintenance migrates each VM): key by subject too.
  for (const e of byWinner) {
    const key = `${e.code} vm=${e.vm?.id ?? ''} host=${e.host?.id ?? ''}`;
    initiations.set(key, (initiations.get(key) ?? 0) + 1);
  }
  if (winners.length === 1 && byWinner.length === 0) report.failures.push(`${label}: the winner left no event`);
  for (const [code, count] of initiations) if (count > 1) report.failures.push(`${label}: event ${code} logged ${count} times for one transition`);
}

export function summarizeConcurrency(r: ConcurrencyReport): string {
  return `concurrency: ${r.engines} engines, ${r.transitions} contested transitions, ${r.requests} requests, ${r.winners} winners, ${r.conflicts} conflicts (409), failures ${r.failures.length}`;
}
