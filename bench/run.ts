/**
 * `npm run bench`: engine, proxy, client-core and app figures in one run, each against a
 * baseline measured in the same run. Loopback only; every loop is bounded by a count and a
 * time budget. Prints a table and writes bench/results/latest.json.
 *
 *   npm run bench               # 1,000 and 5,000 VMs
 *   npm run bench -- --quick    # 200 and 1,000 VMs, short budgets (a smoke run)
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRows } from './app.ts';
import { mainThreadBlocking, parseCost } from './client.ts';
import { capturePages, loopbackFloor, measureEngine, startScaleEngine, type EngineBudgets, type EngineFigures, type ScaleEngine } from './engine.ts';
import { proxyRows } from './proxy.ts';
import { ms } from './stats.ts';
import { formatMarkdown, formatTable, writeResults, type Row } from './table.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const quick = process.argv.includes('--quick');
const [SMALL, LARGE] = quick ? [200, 1000] : [1000, 5000];
const CLIENT_PAGE_LARGE = quick ? 200 : 1000;

const budgets = (vms: number): EngineBudgets => ({
  page: quick ? { count: 15, ms: 2000 } : { count: 60, ms: 8000 },
  // a full list of 5,000 VMs takes seconds: few runs, no warm-up beyond the first
  full: quick ? { count: 3, ms: 3000 } : vms > 2000 ? { count: 4, ms: 20_000, warmup: 1 } : { count: 10, ms: 12_000 },
  search: quick ? { count: 8, ms: 1500 } : { count: 30, ms: 6000 },
  actionPairs: quick ? { count: 8, ms: 1500 } : { count: 30, ms: 8000 },
});

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${s}\n`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KiB`;
const rows: Row[] = [];

function engineRows(f: EngineFigures, base: EngineFigures | undefined, floorP50: number): Row[] {
  const out: Row[] = [];
  const label = `${f.vms.toLocaleString('en')} VMs`;
  const against = base ? `same at ${base.vms.toLocaleString('en')} VMs (${f.vms / base.vms}× VMs)` : `bare loopback request (${ms(floorP50)})`;
  const ratio = (v: number, b: number | undefined) => (base ? (b === undefined ? undefined : v / b) : v / floorP50);
  const http = (what: string, s: EngineFigures['pageXml'], b: EngineFigures['pageXml'] | undefined) => out.push({
    section: 'Engine', what: `${what}, ${label}`, figure: `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · ${kib(s.bytes)} · n=${s.n}`,
    value: s.p50, unit: 'ms', ratio: ratio(s.p50, b?.p50), baseline: against,
  });
  http('GET /vms?max=100 XML', f.pageXml, base?.pageXml);
  http('GET /vms?max=100 JSON', f.pageJson, base?.pageJson);
  http('GET /vms (all) XML', f.fullXml, base?.fullXml);
  http('GET /vms (all) JSON', f.fullJson, base?.fullJson);
  for (const s of f.searches) {
    const what = `search ${s.query} (max=100, JSON), ${label}`;
    if (!s.summary) {
      out.push({ section: 'Engine', what, figure: `n/a (${s.unsupported})` });
      continue;
    }
    const b = base?.searches.find((x) => x.query === s.query)?.summary;
    out.push({
      section: 'Engine', what, figure: `p50 ${ms(s.summary.p50)} · p95 ${ms(s.summary.p95)} · n=${s.summary.n}`,
      value: s.summary.p50, unit: 'ms', ratio: ratio(s.summary.p50, b?.p50), baseline: against,
    });
  }
  if (f.actions) {
    out.push({
      section: 'Engine', what: `actions start+stop, ${label}`,
      figure: `${f.actions.perSecond.toFixed(0)} actions/s · pair p50 ${ms(f.actions.p50)} · n=${f.actions.n}`,
      value: f.actions.perSecond, unit: 'actions/s',
      ratio: base?.actions ? f.actions.perSecond / base.actions.perSecond : undefined,
      baseline: base ? `throughput at ${base.vms.toLocaleString('en')} VMs` : undefined,
    });
  } else {
    out.push({ section: 'Engine', what: `actions start+stop, ${label}`, figure: `n/a (${f.actionsUnavailable})` });
  }
  out.push({
    section: 'Engine', what: `startup (store open → listening), ${label}`, figure: ms(f.startupMs), value: f.startupMs, unit: 'ms',
    ratio: base ? f.startupMs / base.startupMs : undefined, baseline: base ? `startup at ${base.vms.toLocaleString('en')} VMs` : undefined,
  });
  out.push({
    section: 'Engine', what: `startup to first 100-VM page, ${label}`, figure: ms(f.firstPageMs), value: f.firstPageMs, unit: 'ms',
    ratio: base ? f.firstPageMs / base.firstPageMs : undefined, baseline: base ? `same at ${base.vms.toLocaleString('en')} VMs` : undefined,
  });
  out.push({ section: 'Setup', what: `scale seed, ${label}`, figure: ms(f.seedMs), value: f.seedMs, unit: 'ms' });
  return out;
}

async function clientRows(small: ScaleEngine): Promise<Row[]> {
  const out: Row[] = [];
  const page100 = await capturePages(small, 100);
  const pageLarge = await capturePages(small, CLIENT_PAGE_LARGE);
  const budget100 = quick ? { count: 10, ms: 1000 } : { count: 40, ms: 5000 };
  const budgetLarge = quick ? { count: 4, ms: 2000 } : { count: 12, ms: 10_000 };
  const per100: Record<string, number> = {};
  for (const format of ['xml', 'json'] as const) {
    log(`client: parse ${format}`);
    const a = await parseCost(page100[format], page100.href, format, budget100);
    per100[format] = a.perVmUs;
    const b = await parseCost(pageLarge[format], pageLarge.href, format, budgetLarge);
    const name = format.toUpperCase();
    out.push({
      section: 'Client core', what: `parse ${name}, ${a.vms}-VM page (${kib(a.bytes)})`,
      figure: `${a.perVmUs.toFixed(0)} µs/VM · p50 ${ms(a.summary.p50)} · n=${a.summary.n}`, value: a.perVmUs, unit: 'µs/VM',
      ratio: format === 'json' ? a.perVmUs / per100.xml : undefined, baseline: format === 'json' ? 'XML, same page' : undefined,
    });
    out.push({
      section: 'Client core', what: `parse ${name}, ${b.vms}-VM page (${kib(b.bytes)})`,
      figure: `${b.perVmUs.toFixed(0)} µs/VM · p50 ${ms(b.summary.p50)} · n=${b.summary.n}`, value: b.perVmUs, unit: 'µs/VM',
      ratio: b.perVmUs / a.perVmUs, baseline: `per VM on the ${a.vms}-VM page`,
    });
  }
  const blockBudget = quick ? { count: 4, ms: 2000 } : { count: 10, ms: 8000 };
  for (const format of ['json', 'xml'] as const) {
    log(`client: main-thread blocking ${format}`);
    const f = await mainThreadBlocking(pageLarge[format], pageLarge.href, format, blockBudget);
    const name = format.toUpperCase();
    out.push({
      section: 'Client core', what: `main thread blocked, inline parse ${name} ${f.vms} VMs`,
      figure: `longest stall p50 ${ms(f.inline.p50)} · p95 ${ms(f.inline.p95)}`, value: f.inline.p50, unit: 'ms',
    });
    out.push(f.worker
      ? {
        section: 'Client core', what: `main thread blocked, worker parse ${name} ${f.vms} VMs (Node worker_threads)`,
        figure: `longest stall p50 ${ms(f.worker.p50)} · p95 ${ms(f.worker.p95)}`, value: f.worker.p50, unit: 'ms',
        ratio: f.worker.p50 / f.inline.p50, baseline: 'inline parse, same page',
      }
      : { section: 'Client core', what: `main thread blocked, worker parse ${name} ${f.vms} VMs`, figure: `n/a (${f.workerUnavailable}; sync only)` });
  }
  return out;
}

async function main(): Promise<void> {
  log(`sizes ${SMALL} and ${LARGE} VMs${quick ? ' (quick)' : ''}`);
  const floor = await loopbackFloor(quick ? { count: 100, ms: 1000 } : undefined);
  rows.push({ section: 'Setup', what: 'bare loopback request (Node http, 204)', figure: `p50 ${ms(floor.p50)} · p95 ${ms(floor.p95)} · n=${floor.n}`, value: floor.p50, unit: 'ms' });

  // A throw-away engine first, so the measured startups do not pay for loading the code.
  log('warming up (throw-away engine)');
  await (await startScaleEngine(20)).close();

  log(`seeding and starting an engine with ${SMALL} VMs`);
  const small = await startScaleEngine(SMALL);
  let smallFigures: EngineFigures;
  try {
    smallFigures = await measureEngine(small, budgets(SMALL), log);
    rows.push(...engineRows(smallFigures, undefined, floor.p50));
    rows.push(...await guard('Client core', 'client-core figures', () => clientRows(small)));
  } finally {
    await small.close();
  }

  log(`seeding and starting an engine with ${LARGE} VMs`);
  const large = await startScaleEngine(LARGE);
  try {
    const largeFigures = await measureEngine(large, budgets(LARGE), log);
    rows.push(...engineRows(largeFigures, smallFigures, floor.p50));
    log('proxy');
    rows.push(...await guard('Proxy', 'proxy figures', () => proxyRows(large, { quick, log })));
    log('app');
    rows.push(...await guard('App', 'app figures', () => appRows(large, { quick, log, root: ROOT })));
  } finally {
    await large.close();
  }

  const order: Row['section'][] = ['Engine', 'Proxy', 'Client core', 'App', 'Setup'];
  rows.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const durationMs = Date.now() - started;
  const file = path.join(HERE, 'results', quick ? 'latest-quick.json' : 'latest.json');
  writeResults(file, {
    startedAt: new Date(started).toISOString(), durationMs, node: process.version, platform: `${process.platform} ${os.release()}`,
    cpus: os.availableParallelism?.() ?? os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  }, rows);
  process.stdout.write(`${formatTable(rows)}\n\n`);
  if (process.argv.includes('--markdown')) process.stdout.write(`${formatMarkdown(rows)}\n\n`);
  process.stdout.write(`${rows.length} rows in ${(durationMs / 1000).toFixed(0)} s (load average ${loadAtStart.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism?.() ?? os.cpus().length} CPUs) → ${path.relative(ROOT, file)}\n`);
}

/** A section that fails becomes one "n/a" row instead of ending the run. */
async function guard(section: Row['section'], what: string, fn: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await fn();
  } catch (err) {
    log(`${what} failed: ${(err as Error).stack ?? String(err)}`);
    return [{ section, what, figure: `n/a (${(err as Error).message.split('\n')[0].slice(0, 120)})` }];
  }
}

// The run must end within ten minutes whatever hangs: report what was measured so far.
const WATCHDOG_MS = 9.5 * 60_000;
setTimeout(() => {
  rows.push({ section: 'Setup', what: 'run stopped by the watchdog', figure: `n/a (over ${WATCHDOG_MS / 60_000} min; later rows missing)` });
  process.stdout.write(`${formatTable(rows)}\n\nstopped after ${WATCHDOG_MS / 60_000} min\n`);
  process.exit(2);
}, WATCHDOG_MS).unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
