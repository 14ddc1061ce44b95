/**
 * `npm run soak`: the reliability and security suite against real engines, proxies and a real
 * browser, all on 127.0.0.1. Prints counts per part and exits non-zero on any failure.
 *
 *   npm run soak                      # everything, full size
 *   npm run soak -- --only fuzz,crash # some parts
 *   npm run soak -- --seed 123        # repeat a fuzz / crash run
 *
 * Every loop is bounded in count and time (see BUDGET); the whole run stays under ~6 minutes on 2 cores.
 */
import { runEngineFuzz, summarizeFuzz } from './fuzz/engine-fuzz.ts';
import { runCrashRounds, runStartupKills, summarizeCrash, summarizeStartupKills } from './crash/crash-rounds.ts';
import { runConcurrency, summarizeConcurrency } from './concurrency.ts';
import { runProxyLoad, summarizeProxyLoad } from './proxy-load.ts';
import { runBrowserXss, summarizeXss } from './browser-xss.ts';
import { KNOWN_BUGS } from './regressions/known-bugs.ts';

const BUDGET = {
  fuzz: { cases: 10_000, hugeCases: 12, maxMs: 200_000 },
  crash: { rounds: 20, maxMs: 150_000 },
  startupKills: { rounds: 6, maxMs: 60_000 },
  concurrency: { parallel: 50 },
  proxy: { sessions: 200, rounds: 5, pathCases: 1000, maxMs: 120_000 },
  browser: { maxPages: 80 },
};

type Part = 'fuzz' | 'crash' | 'concurrency' | 'proxy' | 'browser';
const PARTS: Part[] = ['fuzz', 'crash', 'concurrency', 'proxy', 'browser'];

function parseArgs(argv: string[]): { only: Part[]; seed?: number } {
  let only = PARTS;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') {
      const wanted = (argv[++i] ?? '').split(',').filter(Boolean);
      const bad = wanted.filter((w) => !PARTS.includes(w as Part));
      if (bad.length) throw new Error(`unknown part(s) ${bad.join(', ')}; parts: ${PARTS.join(', ')}`);
      only = wanted as Part[];
    } else if (argv[i] === '--seed') {
      seed = Number(argv[++i]);
      if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
    } else throw new Error(`unknown option ${argv[i]}; use --only <parts> and --seed <n>`);
  }
  return { only, seed };
}

async function main(): Promise<number> {
  const { only, seed } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const lines: string[] = [];
  let failures = 0;
  const section = (summary: string, list: string[], count = list.length) => {
    console.log(summary);
    lines.push(summary);
    failures += count;
    const shown = new Set<string>();
    for (const f of list) {
      const key = f.slice(0, 160);
      if (shown.has(key) || shown.size >= 15) continue;
      shown.add(key);
      console.log(`  ✗ ${f}`);
    }
    if (list.length > shown.size) console.log(`  … ${list.length - shown.size} more`);
  };
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    console.log(`— ${name} …`);
    const r = await f();
    console.log(`  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return r;
  };

  if (only.includes('fuzz')) {
    const r = await timed('engine fuzzing', () => runEngineFuzz({ ...BUDGET.fuzz, seed, knownBug: (f) => KNOWN_BUGS.find((b) => b.matches(f))?.id }));
    const kept = r.failures.map((f) => `${f.why}: ${f.method} ${f.path} → ${f.status ?? '-'}${f.answer ? ` ${f.answer.slice(0, 160)}` : ''}`);
    const known = Object.entries(r.knownBugs).map(([id, n]) => `${n} × known bug ${id} (${KNOWN_BUGS.find((b) => b.id === id)?.test})`);
    const unlisted = r.failureCount - r.failures.length - Object.values(r.knownBugs).reduce((a, n) => a + n, 0);
    section(summarizeFuzz(r), [...kept, ...known, ...(unlisted > 0 ? [`${unlisted} further failures not kept (only the first 200 are)`] : [])], r.failureCount);
  }
  if (only.includes('crash')) {
    const r = await timed('crash consistency', () => runCrashRounds({ ...BUDGET.crash, seed }));
    section(summarizeCrash(r), r.failures);
    const s = await timed('kills during first start', () => runStartupKills({ ...BUDGET.startupKills, seed }));
    section(summarizeStartupKills(s), s.failures);
  }
  if (only.includes('concurrency')) {
    const r = await timed('concurrency', () => runConcurrency({ ...BUDGET.concurrency, withSimulator: [false, true] }));
    section(summarizeConcurrency(r), r.failures);
  }
  if (only.includes('proxy')) {
    const r = await timed('proxy under load', () => runProxyLoad(BUDGET.proxy));
    section(summarizeProxyLoad(r), r.failures);
  }
  if (only.includes('browser')) {
    const r = await timed('browser script injection', () => runBrowserXss(BUDGET.browser));
    section(summarizeXss(r), r.failures);
  }
  console.log(`\nsoak summary (${((Date.now() - started) / 1000).toFixed(0)} s):`);
  for (const l of lines) console.log(`  ${l}`);
  console.log(failures ? `FAILED: ${failures} failure(s)` : 'OK: no failures');
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
