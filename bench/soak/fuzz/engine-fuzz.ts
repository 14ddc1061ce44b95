/**
 * Engine fuzzing: hostile bodies and parameters against a real engine over HTTP. Every case
 * must get a 4xx fault (or a 2xx when the input happened to be valid — what it created is
 * removed again), never a 5xx or a dropped connection, and a refused write must leave the
 * SQLite store byte-for-byte as it was.
 */
import fc from 'fast-check';
import path from 'node:path';
import { startEngine } from '../../../src/server/engine/engine.ts';
import { ADMIN_PASSWORD, API, budget, EngineClient, isFault, StoreProbe, tempDir, type RawReply } from '../support.ts';
import { fuzzCase, hugeWrite, type FuzzCase } from './arbitraries.ts';

export interface FuzzOptions {
  cases: number;
  hugeCases: number;
  maxMs: number;
  seed?: number;
  /** names a failure that is a known bug; such failures are counted per name, not kept */
  knownBug?: (f: FuzzFailure) => string | undefined;
}

export interface FuzzFailure {
  label: string;
  method: string;
  path: string;
  status?: number;
  why: string;
  body?: string;
  answer?: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  rejected: number;
  accepted: number;
  createdAndRemoved: number;
  byStatus: Record<string, number>;
  /** the first 200 failures; `failureCount` counts them all */
  failures: FuzzFailure[];
  failureCount: number;
  /** failures of known bugs, by bug name */
  knownBugs: Record<string, number>;
  timedOut: boolean;
}

const BATCH = 250;

export async function runEngineFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const seed = opts.seed ?? Date.now() % 2 ** 31;
  const tmp = tempDir('vantage-soak-fuzz-');
  const engine = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD });
  const client = await new EngineClient(engine.url).login();
  const probe = new StoreProbe(path.join(tmp.dir, 'engine.db'));
  const report: FuzzReport = { seed, cases: 0, rejected: 0, accepted: 0, createdAndRemoved: 0, byStatus: {}, failures: [], failureCount: 0, knownBugs: {}, timedOut: false };
  try {
    const ids = await pickIds(client);
    let baseline = probe.digest();
    const b = budget(opts.cases + opts.hugeCases, opts.maxMs);
    const fail = (c: FuzzCase, p: string, why: string, r?: RawReply) => {
      report.failureCount++;
      const f: FuzzFailure = { label: c.label, method: c.method, path: p.slice(0, 300), status: r?.status, why, body: c.body?.slice(0, 300), answer: r?.text.slice(0, 300) };
      const known = opts.knownBug?.(f);
      if (known) report.knownBugs[known] = (report.knownBugs[known] ?? 0) + 1;
      else if (report.failures.length < 200) report.failures.push(f);
    };

    const runOne = async (c: FuzzCase): Promise<void> => {
      const p = API + c.path.replace(/\{(vm|host|tag|dc|cluster)\}/g, (_, k: keyof typeof ids) => ids[k]);
      const before = probe.version();
      let r: RawReply;
      try {
        r = await client.req(c.method, p, { body: c.body, contentType: c.contentType, accept: c.accept, timeoutMs: 30_000 });
      } catch (err) {
        fail(c, p, `no answer: ${(err as Error).message}`);
        await alive(client, `after ${c.label}`);
        return;
      }
      report.byStatus[r.status] = (report.byStatus[r.status] ?? 0) + 1;
      if (r.status >= 500) return fail(c, p, 'server error', r);
      if (r.status >= 200 && r.status < 300) {
        report.accepted++;
        if (c.method === 'GET' && probe.version() !== before && probe.digest() !== baseline) fail(c, p, 'a GET changed the store', r);
        if (c.method === 'POST' && r.status === 201 && r.headers.location) {
          const loc = new URL(r.headers.location).pathname;
          const del = await client.req('DELETE', `${loc}${loc.includes('/vms/') ? '?detach_only=false' : ''}`);
          if (del.status === 200) report.createdAndRemoved++;
          else if (del.status >= 500) fail(c, loc, `removing what the case created answered ${del.status}`, del);
        }
        if (probe.version() !== before) baseline = probe.digest();
        return;
      }
      if (r.status < 400) return fail(c, p, `unexpected status ${r.status}`, r);
      report.rejected++;
      if (!isFault(r)) fail(c, p, '4xx without a fault body', r);
      if (probe.version() !== before && probe.digest() !== baseline) {
        fail(c, p, 'a refused request changed the store', r);
        baseline = probe.digest();
      }
    };

    const hugeEvery = opts.hugeCases > 0 ? Math.max(1, Math.floor(opts.cases / opts.hugeCases)) : Infinity;
    const huge = opts.hugeCases > 0 ? fc.sample(hugeWrite, { numRuns: opts.hugeCases, seed }) : [];
    let n = 0;
    outer: while (n < opts.cases) {
      const batch = fc.sample(fuzzCase, { numRuns: Math.min(BATCH, opts.cases - n), seed: seed + n });
      for (const c of batch) {
        if (!b.next()) break outer;
        await runOne(c);
        n++;
        report.cases++;
        if (n % hugeEvery === 0 && huge.length && b.next()) {
          await runOne(huge.pop()!);
          report.cases++;
        }
        if (n % 500 === 0) await alive(client, `after ${n} cases`).catch((err: Error) => fail(c, c.path, err.message));
      }
    }
    report.timedOut = b.timedOut;
    await alive(client, 'at the end');
  } catch (err) {
    report.failureCount++;
    report.failures.push({ label: 'runner', method: '', path: '', why: `fuzz run aborted: ${(err as Error).stack ?? err}` });
  } finally {
    probe.close();
    client.close();
    await engine.close();
    tmp.remove();
  }
  return report;
}

async function alive(client: EngineClient, when: string): Promise<void> {
  const r = await client.req('GET', API, { timeoutMs: 10_000 });
  if (r.status !== 200) throw new Error(`engine not answering ${when}: ${r.status}`);
}

/** Real ids to aim bodies at: a VM that is down (so stray start/stop bodies stay rare successes), a host, a tag… */
async function pickIds(client: EngineClient): Promise<{ vm: string; host: string; tag: string; dc: string; cluster: string }> {
  const first = async (p: string, key: string, pick: (x: any) => boolean = () => true) => {
    const r = await client.json('GET', `${API}/${p}`);
    const list = (r.body?.[key] ?? []) as any[];
    const hit = list.find(pick) ?? list[0];
    if (!hit) throw new Error(`no ${key} in the seeded inventory`);
    return String(hit.id);
  };
  return {
    vm: await first('vms', 'vm', (v) => v.status === 'down'),
    host: await first('hosts', 'host'),
    tag: await first('tags', 'tag', (t) => t.name !== 'root'),
    dc: await first('datacenters', 'data_center'),
    cluster: await first('clusters', 'cluster'),
  };
}

export function summarizeFuzz(r: FuzzReport): string {
  const statuses = Object.entries(r.byStatus).map(([s, n]) => `${s}:${n}`).join(' ');
  return `fuzz: seed ${r.seed}, ${r.cases} cases (${r.rejected} refused with 4xx, ${r.accepted} accepted, ${r.createdAndRemoved} created+removed), statuses ${statuses}, failures ${r.failureCount}${Object.keys(r.knownBugs).length ? ` (known bugs: ${Object.entries(r.knownBugs).map(([k, n]) => `${k} ×${n}`).join(', ')})` : ''}${r.timedOut ? ' (time budget hit)' : ''}`;
}
