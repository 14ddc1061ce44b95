/**
 * App figures: the production build (dist/) served by the proxy, driven by Debian's
 * Chromium through playwright-core; plus gzip sizes of what index.html loads first.
 * Every figure degrades to an "n/a (reason)" row instead of failing the run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, type ScaleEngine } from './engine.ts';
import { startBenchProxy } from './proxy.ts';
import { ms, summarize } from './stats.ts';
import type { Row } from './table.ts';
import { findBrowser } from '../scripts/find-browser.mjs';

export const CHROMIUM = findBrowser() ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const BUDGETS = { entryJsGzip: 200 * 1024, cssGzip: 100 * 1024 };

const ROW = '[data-testid="collection-row"]';
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const na = (what: string, reason: string): Row => ({ section: 'App', what, figure: `n/a (${reason})` });

interface Options { quick: boolean; log: (s: string) => void; root: string }

export async function appRows(e: ScaleEngine, opts: Options): Promise<Row[]> {
  const dist = path.join(opts.root, 'dist');
  const rows: Row[] = [...bundleRows(dist)];
  const browserRows = [
    // prefixes of the rows browserFigures() writes, so a failure fills in only the missing ones
    'login → first 100 VM rows on /vms', 'long tasks during a poll refresh', '/api requests per list view', '/api requests per detail view', 'scrolling a',
  ];
  if (!existsSync(path.join(dist, 'index.html'))) return [...rows, ...browserRows.map((w) => na(w, 'no dist/index.html: run npm run build'))];
  if (!existsSync(CHROMIUM)) return [...rows, ...browserRows.map((w) => na(w, `no browser at ${CHROMIUM}`))];

  const proxy = await startBenchProxy(e, dist);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    rows.push(...await browserFigures(browser, proxy.url, e, opts));
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0].slice(0, 120);
    for (const w of browserRows) if (!rows.some((r) => r.what.startsWith(w))) rows.push(na(w, reason));
  } finally {
    await browser?.close().catch(() => {});
    await proxy.close();
  }
  return rows;
}

// ---- bundle sizes ---------------------------------------------------------------------

function bundleRows(dist: string): Row[] {
  const html = path.join(dist, 'index.html');
  if (!existsSync(html)) return [na('entry JS (gzip)', 'no dist/index.html: run npm run build'), na('entry CSS (gzip)', 'no dist/index.html')];
  const text = readFileSync(html, 'utf8');
  const attr = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);
  const entry = attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g);
  const preload = attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const size = (hrefs: string[]) => hrefs.reduce((acc, h) => {
    const file = path.join(dist, h.replace(/^\//, ''));
    if (!existsSync(file)) return acc;
    const raw = readFileSync(file);
    return { raw: acc.raw + raw.length, gzip: acc.gzip + gzipSync(raw).length };
  }, { raw: 0, gzip: 0 });
  const all = (ext: string) => {
    const dir = path.join(dist, 'assets');
    return existsSync(dir) ? size(readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => `assets/${f}`)) : { raw: 0, gzip: 0 };
  };
  const js = size(entry);
  const initialJs = size([...entry, ...preload]);
  const cssSize = size(css);
  const allJs = all('.js');
  const allCss = all('.css');
  const budgetRow = (what: string, s: { raw: number; gzip: number }, budget: number, verdict: boolean): Row => ({
    section: 'App', what, figure: `${kib(s.gzip)} gzip (${kib(s.raw)} raw)`, value: s.gzip, unit: 'bytes',
    ratio: s.gzip / budget, baseline: `budget ${kib(budget)} gzip`, ...(verdict ? { verdict: s.gzip <= budget ? 'pass' as const : 'miss' as const } : {}),
  });
  if (entry.length === 0) return [na('entry JS (gzip)', 'index.html has no module script')];
  return [
    budgetRow(`entry JS (gzip): ${entry.map((h) => path.basename(h)).join(', ')}`, js, BUDGETS.entryJsGzip, true),
    budgetRow(`initial JS: entry + ${preload.length} modulepreload (gzip)`, initialJs, BUDGETS.entryJsGzip, false),
    budgetRow(`entry CSS (gzip): ${css.length} stylesheet(s) in index.html`, cssSize, BUDGETS.cssGzip, true),
    { section: 'App', what: 'all JS chunks incl. lazy routes (gzip)', figure: `${kib(allJs.gzip)} gzip (${kib(allJs.raw)} raw)`, value: allJs.gzip, unit: 'bytes' },
    { section: 'App', what: 'all CSS incl. lazy routes (gzip)', figure: `${kib(allCss.gzip)} gzip (${kib(allCss.raw)} raw)`, value: allCss.gzip, unit: 'bytes' },
  ];
}

// ---- browser ---------------------------------------------------------------------------

interface PageWatch { api: Array<{ url: string; at: number }>; reset(): void }

/** Long-task observer (installed before any app script) and a log of /api requests. */
async function instrument(page: Page, base: string): Promise<PageWatch> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no longtask support: the figure reports none observed
    }
  });
  const watch: PageWatch = { api: [], reset() { watch.api = []; } };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (r.url().startsWith(base) && u.pathname.startsWith('/api/')) watch.api.push({ url: u.pathname + u.search, at: performance.now() });
  });
  return watch;
}

/** Resolves once no /api request has started for `quietMs` (bounded by `maxMs`). */
async function apiQuiet(watch: PageWatch, quietMs: number, maxMs: number): Promise<void> {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    const last = watch.api.at(-1)?.at ?? 0;
    if (performance.now() - last >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function rowCount(page: Page, n: number, timeout: number): Promise<void> {
  await page.waitForFunction(([sel, want]) => document.querySelectorAll(sel as string).length >= (want as number), [ROW, n] as const, { timeout, polling: 'raf' });
}

async function browserFigures(browser: Browser, base: string, e: ScaleEngine, opts: Options): Promise<Row[]> {
  const rows: Row[] = [];
  const want = Math.min(100, e.vms);
  const runs = opts.quick ? 1 : 3;

  // login → first rows, in fresh contexts (cold cache, no session)
  opts.log('app: login → first rows');
  const totals: number[] = [];
  const apiTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/login?next=${encodeURIComponent('/vms')}`);
      await page.getByLabel('Username').fill('admin@internal');
      await page.getByLabel('Password').fill(ADMIN_PASSWORD);
      const listResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/vms' && r.status() === 200, { timeout: 60_000 });
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(/\/vms(\?|$)/, { timeout: 30_000 });
      await rowCount(page, want, 60_000);
      totals.push(performance.now() - t0);
      const timing = (await listResponse).request().timing();
      if (timing.responseEnd > 0) apiTimes.push(timing.responseEnd - Math.max(0, timing.requestStart));
    } finally {
      await context.close();
    }
  }
  const total = summarize(totals);
  const api = summarize(apiTimes);
  rows.push({
    section: 'App', what: `login → first ${want} VM rows on /vms, ${e.vms.toLocaleString('en')} VMs`,
    figure: `p50 ${ms(total.p50)} · max ${ms(total.max)} · n=${total.n}`, value: total.p50, unit: 'ms', samples: totals.map(Math.round),
    ...(api.n ? { ratio: total.p50 / api.p50, baseline: `the page's own GET /api/vms request (p50 ${ms(api.p50)})` } : {}),
  });

  // one logged-in page for the rest
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const watch = await instrument(page, base);
    await page.goto(`${base}/login`);
    await page.getByLabel('Username').fill('admin@internal');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
    await apiQuiet(watch, 1000, 10_000);

    opts.log('app: requests per list view');
    watch.reset();
    await page.goto(`${base}/vms`);
    await rowCount(page, want, 60_000);
    await apiQuiet(watch, 1500, 8000);
    const listRequests = watch.api.map((r) => r.url);
    rows.push({
      section: 'App', what: '/api requests per list view (load /vms)', figure: `${listRequests.length}: ${summarizeUrls(listRequests)}`,
      value: listRequests.length, unit: 'requests',
    });

    opts.log('app: long tasks during a poll refresh');
    rows.push(await pollLongTasks(page, opts.quick ? 25_000 : 35_000, opts.quick ? 1 : 3));

    opts.log('app: requests per detail view');
    const link = page.locator(`${ROW} a`).first();
    const name = (await link.textContent())?.trim() ?? '';
    watch.reset();
    await link.click();
    await page.waitForURL(/\/vms\/[0-9a-f-]{36}/, { timeout: 30_000 });
    if (name) await page.getByRole('heading', { name }).first().waitFor({ timeout: 30_000 });
    await apiQuiet(watch, 1500, 8000);
    const detailRequests = watch.api.map((r) => r.url);
    rows.push({
      section: 'App', what: '/api requests per detail view (click a VM row)', figure: `${detailRequests.length}: ${summarizeUrls(detailRequests)}`,
      value: detailRequests.length, unit: 'requests',
    });

    opts.log(`app: scrolling a ${e.vms.toLocaleString('en')}-row list`);
    rows.push(await scrollFrames(page, base, e.vms, 'wheel'));
    rows.push(await scrollFrames(page, base, e.vms, 'page'));
  } finally {
    await context.close();
  }
  return rows;
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
// `step` px per animation frame (0: 90 % of the view, a page); `frames` bounds the run, and a
// page-per-frame run goes on to the bottom.
const scrollScript = (step: number, frames: number) => `(async () => {
  const scroller = document.querySelector('[data-testid="virtual-scroller"]');
  if (!scroller) return null;
  const step = ${step} || Math.max(200, Math.round(scroller.clientHeight * 0.9));
  const times = [];
  const t0 = performance.now();
  await new Promise((done) => {
    let last = performance.now();
    let atBottom = 0;
    const tick = (now) => {
      times.push(now - last);
      last = now;
      // the virtualizer re-measures rows as they render, so the bottom must hold for a while
      atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 ? atBottom + 1 : 0;
      if (atBottom >= 10 || times.length > ${frames}) return done();
      scroller.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await new Promise((r) => setTimeout(r, 300));
  // rendered rows at the end prove the virtualizer kept up
  const indexes = [...scroller.querySelectorAll('[data-testid="collection-row"]')].map((r) => Number(r.getAttribute('data-index') ?? -1));
  const t1 = performance.now();
  const tasks = (window.__longTasks ?? []).filter((t) => t.start >= t0 && t.start <= t1).map((t) => t.duration);
  return { times: times.slice(1), lastRow: Math.max(-1, ...indexes), tasks };
})()`;

const SCROLLS = {
  wheel: { step: 120, frames: 300, label: '120 px per frame (fast wheel)' },
  page: { step: 0, frames: 5000, label: 'a page per frame' },
} as const;

/**
 * Opens every VM on one page (`max` = inventory size, the virtualized table) and scrolls it,
 * one step per animation frame, recording the time between frames and the main-thread long
 * tasks. `wheel` scrolls as a fast mouse wheel does; `page` jumps a whole view each frame (a
 * dragged scrollbar) down to the last row, so every frame brings a view of new rows.
 */
async function scrollFrames(page: Page, base: string, count: number, mode: keyof typeof SCROLLS): Promise<Row> {
  const how = SCROLLS[mode];
  const what = `scrolling a ${count.toLocaleString('en')}-row list, ${how.label}`;
  await page.goto(`${base}/vms?max=${count}`);
  try {
    await page.locator(`[data-testid="collection-table"][aria-rowcount="${count + 1}"]`).waitFor({ timeout: 120_000 });
  } catch {
    return na(what, `the table did not show ${count} rows within 120 s`);
  }
  // let the first rows settle (column widths are measured once rows are in)
  await page.waitForTimeout(1000);
  const frames = (await page.evaluate(scrollScript(how.step, how.frames))) as { times: number[]; lastRow: number; tasks: number[] } | null;
  if (!frames) return na(what, 'no virtualized scroller on the page');
  if (mode === 'page' && frames.lastRow < count - 1) return na(what, `scrolling ended at row ${frames.lastRow + 1} of ${count}`);
  const f = summarize(frames.times);
  // Frame times mix the browser's own pacing (headless, no GPU) with the app's work; the verdict
  // comes from main-thread long tasks during the scroll, which are the app's work alone.
  const longest = frames.tasks.reduce((a, t) => Math.max(a, t), 0);
  const sorted = [...frames.tasks].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  return {
    section: 'App', what,
    figure: `${f.n} frames · p50 ${ms(f.p50)} · p95 ${ms(f.p95)} · max ${ms(f.max)} · ${frames.tasks.length} long task(s), median ${ms(median)}, longest ${ms(longest)}`,
    value: longest, unit: 'ms', samples: frames.times.map(Math.round),
    ratio: longest / 50, baseline: 'the 50 ms long-task threshold (frame pacing is the browser’s)', verdict: longest <= 50 ? 'pass' : 'miss',
  };
}

/**
 * Waits for the list's next `polls` refreshes and collects the long tasks from each poll's
 * request to 1 s after its answer; reports the worst.
 */
async function pollLongTasks(page: Page, timeout: number, polls: number): Promise<Row> {
  const what = `long tasks during a poll refresh of a 100-row page (${polls} poll${polls > 1 ? 's' : ''})`;
  const isList = (u: string) => new URL(u).pathname === '/api/vms';
  const tasks: Array<{ start: number; duration: number }> = [];
  for (let i = 0; i < polls; i++) {
    let since: number;
    try {
      const request = await page.waitForRequest((r) => isList(r.url()), { timeout });
      since = (await page.evaluate(() => performance.now())) - 50;
      const response = await request.response();
      if (!response || response.status() !== 200) return na(what, `the poll answered ${response?.status() ?? 'nothing'}`);
      await response.finished();
    } catch {
      return na(what, `no poll of /api/vms within ${timeout / 1000} s`);
    }
    await page.waitForTimeout(1000);
    const until = await page.evaluate(() => performance.now());
    tasks.push(...await page.evaluate(([from, to]) => {
      const w = window as unknown as { __longTasks?: Array<{ start: number; duration: number }> };
      return (w.__longTasks ?? []).filter((t) => t.start >= from && t.start <= to);
    }, [since, until] as const));
  }
  // A zero only means something if the observer sees a task we know is long.
  const observerWorks = await page.evaluate(async () => {
    const w = window as unknown as { __longTasks?: Array<{ start: number; duration: number }> };
    const mark = performance.now();
    // a page task of its own: work run by evaluate() itself is not reported as a long task
    setTimeout(() => {
      const t = performance.now();
      while (performance.now() - t < 80) { /* a deliberate 80 ms task */ }
    }, 0);
    await new Promise((r) => setTimeout(r, 300));
    return (w.__longTasks ?? []).some((t) => t.start >= mark && t.duration >= 50);
  });
  if (!observerWorks) return na(what, 'the longtask observer did not report a deliberate 80 ms task');
  const total = tasks.reduce((a, t) => a + t.duration, 0);
  const longest = tasks.reduce((a, t) => Math.max(a, t.duration), 0);
  return {
    section: 'App', what, figure: `${tasks.length} long task(s) · longest ${ms(longest)} · total ${ms(total)}`,
    value: longest, unit: 'ms', samples: tasks.map((t) => Math.round(t.duration)),
    ratio: longest / 50, baseline: 'the 50 ms long-task threshold', verdict: longest <= 50 ? 'pass' : 'miss',
  };
}

/** `/api/vms?max=100` ×1, `/api` ×1 … grouped by path. */
function summarizeUrls(urls: string[]): string {
  const counts = new Map<string, number>();
  for (const u of urls) {
    const p = u.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}');
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].map(([p, n]) => (n > 1 ? `${p} ×${n}` : p)).join(', ') || 'none';
}
