/**
 * Script injection through engine data: hostile strings are written into every field the app
 * shows (names, descriptions, comments, event texts, tags, custom properties), then the built
 * app is opened through the proxy in Chromium. No payload may run (each one would set
 * `window.__pwned`) and the page must report no CSP violation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startEngine } from '../../src/server/engine/engine.ts';
import { startProxy } from '../../src/server/proxy/proxy.ts';
import { ADMIN_PASSWORD, API, EngineClient, tempDir } from './support.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Every payload sets window.__pwned to its own number if it ever runs. */
export const PAYLOADS: string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload=window.__pwned=3>',
  'javascript:window.__pwned=4',
  '<a href="javascript:window.__pwned=5">click me</a>',
  '{{constructor.constructor(\'window.__pwned=6\')()}}',
  '${window.__pwned=7}',
  '<iframe srcdoc="<script>parent.__pwned=8</script>"></iframe>',
  '\'--></style></textarea><script>window.__pwned=9</script>',
  '<details open ontoggle="window.__pwned=10">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=11">',
  '<svg><script>window.__pwned=12</script></svg>',
];

export interface XssReport {
  objects: number;
  pages: number;
  payloadsRendered: number;
  failures: string[];
  skipped?: string;
}

interface Seeded {
  pages: string[];
  /** texts that must be visible somewhere, to prove the pages rendered engine data */
  markers: Map<string, string>;
}

export function findChromium(): string | undefined {
  return [process.env.VANTAGE_CHROMIUM, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-headless-shell'].find((p): p is string => !!p && existsSync(p));
}

function ensureDist(): string {
  const dist = path.resolve('dist');
  if (!existsSync(path.join(dist, 'index.html'))) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  return dist;
}

async function seedPayloads(client: EngineClient, failures: string[]): Promise<Seeded> {
  const pages = new Set<string>(['/vms', '/tags', '/events', '/datacenters', '/clusters', '/hosts', '/']);
  const markers = new Map<string, string>();
  const created = async (p: string, body: unknown, what: string) => {
    const r = await client.json('POST', `${API}/${p}`, body);
    if (r.status >= 500) failures.push(`seeding ${what} answered ${r.status}`);
    return r.status === 201 || r.status === 202 ? (r.body as any) : undefined;
  };
  const dc = ((await client.json('GET', `${API}/datacenters`)).body.data_center as any[])[0];
  const cluster = ((await client.json('GET', `${API}/clusters`)).body.cluster as any[])[0];
  for (const [i, payload] of PAYLOADS.entries()) {
    const marker = `xss-${i}`;
    // The name carries the payload too when the engine accepts it; else a plain marker name.
    let vm = await created('vms', { name: payload, description: payload, comment: payload, cluster: { name: 'Default' }, template: { name: 'Blank' }, custom_properties: { custom_property: [{ name: 'sndbuf', value: payload }] } }, `VM ${i}`);
    vm ??= await created('vms', { name: marker, description: `${marker} ${payload}`, comment: payload, cluster: { name: 'Default' }, template: { name: 'Blank' } }, `VM ${i}`);
    if (vm) {
      pages.add(`/vms/${vm.id}`);
      markers.set(`/vms/${vm.id}`, String(vm.name));
      const nic = await created(`vms/${vm.id}/nics`, { name: `nic-${i}`, description: payload, comment: payload }, `NIC ${i}`);
      // Sub-collection pages share their components: a few are enough.
      if (nic && i < 3) {
        pages.add(`/vms/${vm.id}/nics/${nic.id}`);
        pages.add(`/vms/${vm.id}/nics`);
      }
    }
    let tag = await created('tags', { name: payload, description: payload }, `tag ${i}`);
    tag ??= await created('tags', { name: marker, description: payload }, `tag ${i}`);
    if (tag) {
      pages.add(`/tags/${tag.id}`);
      markers.set(`/tags/${tag.id}`, String(tag.name));
      if (vm) await created(`vms/${vm.id}/tags`, { id: tag.id }, `VM tag ${i}`);
    }
    const ev = await created('events', { description: payload, severity: 'normal', origin: payload, custom_id: 7_000_000 + i }, `event ${i}`);
    if (ev) {
      pages.add(`/events/${ev.id}`);
      markers.set(`/events/${ev.id}`, String(ev.description));
    }
  }
  // Existing objects get hostile descriptions and comments too.
  const all = PAYLOADS.join(' ');
  if (dc) {
    await client.json('PUT', `${API}/datacenters/${dc.id}`, { description: all, comment: PAYLOADS[2] });
    pages.add(`/datacenters/${dc.id}`);
  }
  if (cluster) {
    await client.json('PUT', `${API}/clusters/${cluster.id}`, { description: all, comment: PAYLOADS[1] });
    pages.add(`/clusters/${cluster.id}`);
  }
  return { pages: [...pages], markers };
}

const TRAP = `
  (() => {
    window.__xss = [];
    window.__csp = [];
    Object.defineProperty(window, '__pwned', { configurable: false, get() { return undefined; }, set(v) { window.__xss.push(String(v)); } });
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
    }, true);
  })();
`;

async function visit(page: Page, base: string, route: string, failures: string[], report: XssReport, marker?: string): Promise<void> {
  const consoleCsp: string[] = [];
  const onConsole = (m: { text(): string }) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) consoleCsp.push(m.text());
  };
  page.on('console', onConsole);
  try {
    await page.goto(base + route, { waitUntil: 'load', timeout: 30_000 });
    // The app polls, so the network may never go quiet: a detail page is ready when its data shows.
    if (!marker) await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
    if (marker) {
      const shown = await page
        .waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) report.payloadsRendered++;
      else {
        const excerpt = (await page.evaluate(() => document.body.innerText).catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
        failures.push(`${route}: the page never showed "${marker.slice(0, 60)}" (did it render the engine data?) — page text: ${excerpt}`);
      }
    }
    // Give lazy handlers (onerror, ontoggle, onload) a moment to fire.
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({ xss: (window as any).__xss as string[], csp: (window as any).__csp as string[] }));
    if (state.xss.length) failures.push(`${route}: injected script ran (payload ${state.xss.join(', ')})`);
    if (state.csp.length) failures.push(`${route}: CSP violation ${state.csp.slice(0, 3).join(' | ')}`);
    if (consoleCsp.length) failures.push(`${route}: console reports ${consoleCsp.slice(0, 2).join(' | ')}`);
    report.pages++;
  } catch (err) {
    failures.push(`${route}: ${(err as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
  }
}

/** Proves the detectors can see something: an inline handler must trip the CSP listener, a direct write the trap. */
async function canary(page: Page, failures: string[]): Promise<void> {
  const seen = await page.evaluate(async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned="canary"');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
    const csp = ((window as any).__csp as string[]).length;
    (window as any).__pwned = 'direct';
    const xss = ((window as any).__xss as string[]).includes('direct');
    img.remove();
    return { csp, xss };
  });
  if (seen.csp === 0) failures.push('canary: an inline onerror handler did not produce a CSP violation report (detector blind or CSP missing)');
  if (!seen.xss) failures.push('canary: the window.__pwned trap did not record a write');
}

export async function runBrowserXss(opts: { maxPages: number }): Promise<XssReport> {
  const report: XssReport = { objects: 0, pages: 0, payloadsRendered: 0, failures: [] };
  const exe = findChromium();
  if (!exe) {
    report.skipped = 'no Chromium found (set VANTAGE_CHROMIUM)';
    report.failures.push(report.skipped);
    return report;
  }
  const dist = ensureDist();
  const tmp = tempDir('vantage-soak-xss-');
  const engine = await startEngine({ port: 0, dataDir: tmp.dir, adminPassword: ADMIN_PASSWORD });
  const proxy = await startProxy({ port: 0, engines: [{ id: 'soak', name: 'Soak engine', url: engine.url }], staticDir: dist, logLevel: 'silent' });
  const client = await new EngineClient(engine.url).login();
  let browser: Browser | undefined;
  try {
    const seeded = await seedPayloads(client, report.failures);
    report.objects = seeded.markers.size;
    browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext();
    await context.addInitScript(TRAP);
    const page = await context.newPage();
    page.on('dialog', (d) => {
      report.failures.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${proxy.url}/login`, { waitUntil: 'load' });
    const login = await page.evaluate(async (password) => {
      const r = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin@internal', password }) });
      return r.status;
    }, ADMIN_PASSWORD);
    if (login !== 200) throw new Error(`login from the page answered ${login}`);
    for (const route of seeded.pages.slice(0, opts.maxPages)) await visit(page, proxy.url, route, report.failures, report, seeded.markers.get(route));
    await canary(page, report.failures);
  } catch (err) {
    report.failures.push(`browser run aborted: ${(err as Error).stack ?? err}`);
  } finally {
    await browser?.close();
    client.close();
    await proxy.close();
    await engine.close();
    tmp.remove();
  }
  return report;
}

export function summarizeXss(r: XssReport): string {
  return `browser: ${PAYLOADS.length} payloads in ${r.objects} objects, ${r.pages} pages opened, payload text shown on ${r.payloadsRendered} detail pages, failures ${r.failures.length}${r.skipped ? ` (skipped: ${r.skipped})` : ''}`;
}
