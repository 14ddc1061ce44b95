import { expect as baseExpect, test, type Page, type TestInfo } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// Several journeys share the machine: give the app time to answer under load.
const expect = baseExpect.configure({ timeout: 20_000 });

// Monitoring: the landing dashboard, statistics charts with history, the live events view
// (incremental `from=` polling), the notification drawer (alerts, jobs with their steps, the
// user's own actions followed by correlation id). The 'monitoring' journey walks all of it with
// numbered screenshots; the shorter tests after it pin single behaviours. Preferences have
// their own journey in preferences.spec.ts.

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(name), fullPage: true });

/** An external event posted through the page's own session (CSRF token from /auth/me). */
async function postEvent(page: Page, description: string, severity: 'warning' | 'error' | 'normal') {
  const me = await (await page.request.get('/auth/me')).json();
  const origin = new URL(page.url()).origin;
  const res = await page.request.post('/api/events', {
    headers: { 'X-Vantage-CSRF': me.csrfToken, Origin: origin, 'Content-Type': 'application/json', Accept: 'application/json' },
    data: { description, severity, origin: 'e2e-monitoring', custom_id: Math.floor(Math.random() * 1e9) },
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
}

/** A write through the page's own session, as the app sends it (CSRF token, same origin). */
async function apiPost(page: Page, path: string, data: unknown, headers: Record<string, string> = {}) {
  const me = await (await page.request.get('/auth/me')).json();
  const origin = new URL(page.url()).origin;
  const res = await page.request.post(`/api${path}`, {
    headers: { 'X-Vantage-CSRF': me.csrfToken, Origin: origin, 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    data,
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => (await fetch(`/api${p}`, { headers: { Accept: 'application/json' } })).json(), path) as Promise<T>;
}

/** The masthead's refresh-now button (a resource page has its own Refresh button too). */
const masthead = (page: Page) => ({ refresh: page.getByLabel('Refresh', { exact: true }) });

const percents = (list: import('@playwright/test').Locator) => list.getByTestId('top-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-percent'))));
const descending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);

test('monitoring', async ({ page }, info) => {
  test.setTimeout(360_000);
  const shot = screenshots(page, info, 'monitoring');
  await login(page);

  // 1. Inventory cards; a status count opens the list filtered to exactly those objects.
  await expect(page.getByTestId('dashboard')).toBeVisible();
  for (const id of ['datacenters', 'clusters', 'hosts', 'storagedomains', 'vms', 'events']) await expect(page.getByTestId(`inventory-${id}`)).toBeVisible();
  const down = page.getByTestId('status-count-vms-down').getByRole('link');
  await expect(down).toHaveAccessibleName(/^\d+ Down$/i);
  const downCount = Number(await down.locator('strong').textContent());
  expect(downCount).toBeGreaterThan(0);
  await shot('dashboard');
  await down.click();
  await expect(page).toHaveURL(/\/vms\?search=status%3Ddown$/);
  const vmRows = page.getByTestId('collection-table').locator('tbody tr');
  await expect(vmRows).toHaveCount(downCount);
  await expect(page.getByTestId('collection-table').getByTestId('status-label').first()).toHaveAttribute('data-status', 'down');
  await shot('vms-down-filtered');

  // the same for hosts in maintenance and active storage domains
  for (const [card, group, route, status] of [
    ['hosts', 'maintenance', '/hosts', 'maintenance'],
    ['storagedomains', 'up', '/storagedomains', 'active'],
  ] as const) {
    await page.goto('/');
    const link = page.getByTestId(`status-count-${card}-${group}`).getByRole('link');
    const count = Number(await link.locator('strong').textContent());
    expect(count).toBeGreaterThan(0);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${route}\\?search=status%3D${status}$`));
    await expect(page.getByTestId('collection-table').locator('tbody tr')).toHaveCount(count);
  }

  // 2. Utilization with the 75 % / 90 % thresholds drawn, and the level matching the value.
  await page.goto('/');
  for (const id of ['cpu', 'memory', 'storage']) {
    const card = page.getByTestId(`utilization-${id}`);
    await expect(card.getByTestId('threshold-mark-warning')).toHaveText('75%');
    await expect(card.getByTestId('threshold-mark-danger')).toHaveText('90%');
    const value = Number(await card.getByRole('progressbar').getAttribute('aria-valuenow'));
    const expected = value >= 90 ? 'danger' : value >= 75 ? 'warning' : 'ok';
    await expect(card).toHaveAttribute('data-level', expected);
  }
  await page.getByTestId('utilization-cards').scrollIntoViewIfNeeded();
  await shot('utilization-thresholds');

  // 3. Top consumers: VMs and hosts by CPU and memory, storage domains by used share, highest first.
  for (const id of ['top-cpu', 'top-memory', 'top-hosts-cpu', 'top-hosts-memory', 'top-storage']) {
    const list = page.getByTestId(id);
    await expect(list.getByTestId('top-row').first()).toBeVisible();
    expect(descending(await percents(list)), `${id} sorted`).toBe(true);
  }
  const sds = await apiGet<{ data_center: Array<{ storage_domains?: { storage_domain: Array<{ name: string; used?: string; available?: string }> } }> }>(page, '/datacenters?follow=storage_domains');
  const fullest = sds.data_center.flatMap((dc) => dc.storage_domains?.storage_domain ?? []).filter((d) => d.used !== undefined).sort((a, b) => Number(b.used) / (Number(b.used) + Number(b.available)) - Number(a.used) / (Number(a.used) + Number(a.available)))[0];
  await expect(page.getByTestId('top-storage').getByTestId('top-row').first()).toContainText(fullest.name);
  await page.getByTestId('top-storage').scrollIntoViewIfNeeded();
  await shot('top-consumers');

  // 4. A host's statistics chart keeps its history across polls and across tab switches.
  const hosts = await apiGet<{ host: Array<{ id: string; name: string }> }>(page, '/hosts?search=status%3Dup&max=1');
  await page.goto(`/hosts/${hosts.host[0].id}?tab=statistics`);
  const chart = page.getByTestId('statistics-chart');
  await expect(chart.getByTestId('sparkline')).toBeVisible({ timeout: 30_000 });
  const samples = async () => Number(await chart.getByTestId('stats-samples').getAttribute('data-count'));
  const first = await samples();
  await masthead(page).refresh.click();
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(first);
  await masthead(page).refresh.click();
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(first + 1);
  const beforeSwitch = await samples();
  await page.getByRole('tab', { name: 'General' }).click();
  await expect(chart).toHaveCount(0);
  await page.getByRole('tab', { name: 'Statistics' }).click();
  await expect(chart.getByTestId('sparkline')).toBeVisible({ timeout: 30_000 });
  // back on the tab: the earlier samples are still there and the new poll adds to them
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(beforeSwitch);
  await shot('host-statistics-history');

  const vms = await apiGet<{ vm: Array<{ id: string }> }>(page, '/vms?search=status%3Dup&max=1');
  await page.goto(`/vms/${vms.vm[0].id}?tab=statistics`);
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(5);
  await expect(chart.locator('polyline[data-series]').first()).toBeVisible();
  await shot('vm-statistics');

  // 5. Events: severity filter; new events arrive on top through from= polls only.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Events' }).click();
  const table = page.getByTestId('events-table');
  const rows = page.getByTestId('event-row');
  await expect(rows.first()).toBeVisible();
  for (const min of ['Error', 'Warning'] as const) {
    await page.getByRole('button', { name: min, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`severity=${min.toLowerCase()}`));
    await expect(rows.first()).toBeVisible();
    const seen = await table.getByTestId('severity').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    const allowed = min === 'Error' ? ['error', 'alert'] : ['warning', 'error', 'alert'];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => !allowed.includes(String(s)))).toEqual([]);
  }
  await shot('events-warning-or-worse');

  await page.getByRole('button', { name: 'Normal', exact: true }).click();
  await expect(page).not.toHaveURL(/severity=/);
  await expect(rows.first()).toBeVisible();
  const feedRequests: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname === '/api/events' && !u.searchParams.has('search')) feedRequests.push(u.search);
  });
  const topBefore = Number(await rows.first().getAttribute('data-index'));
  // An action sent by another client (not this page's app): its events reach the open list.
  const down2 = await apiGet<{ vm: Array<{ id: string; name: string }> }>(page, '/vms?search=status%3Ddown&max=1');
  const vm = down2.vm[0];
  const startCorrelation = `e2e-events-${Date.now()}`;
  await apiPost(page, `/vms/${vm.id}/start`, {}, { 'Correlation-Id': startCorrelation });
  // the engine tagged the start's events with the correlation id: those rows must show up
  const tagged = async () => (await apiGet<{ event?: Array<{ index: string }> }>(page, `/events?search=correlation_id%3D${startCorrelation}`)).event ?? [];
  await expect.poll(async () => (await tagged()).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const newest = Math.max(...(await tagged()).map((e) => Number(e.index)));
  expect(newest).toBeGreaterThan(topBefore);
  const arrived = table.locator(`tr[data-index="${newest}"]`);
  await expect(arrived).toContainText(vm.name, { timeout: 30_000 });
  // marked as new; what was there before is not
  await expect(arrived.getByTestId('event-new')).toBeVisible();
  await expect(table.locator(`tr[data-index="${topBefore}"]`).getByTestId('event-new')).toHaveCount(0);
  // on top of what was there: every row above the old top is new
  const indexes = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-index'))));
  expect(indexes.indexOf(newest)).toBeLessThan(indexes.indexOf(topBefore));
  expect(descending(indexes)).toBe(true);
  await expect(page.getByTestId('events-live')).toContainText(/new since/);
  expect(feedRequests.length).toBeGreaterThan(0);
  expect(feedRequests.filter((q) => !/[?&]from=\d+/.test(q)), 'every poll after the first page asks only for what is new').toEqual([]);
  await shot('events-new-on-top');

  // 6. Drawer: a running job with its steps; then the user's own action followed to its end.
  const job = await apiPost(page, '/jobs', { description: `e2e copying image ${Date.now()}`, external: true });
  const prep = await apiPost(page, `/jobs/${job.id}/steps`, { description: 'Preparing target', type: 'validating', external: true });
  await apiPost(page, `/jobs/${job.id}/steps/${prep.id}/end`, { succeeded: true });
  await apiPost(page, `/jobs/${job.id}/steps`, { description: 'Copying data', type: 'executing', external: true, progress: 40 });
  await page.getByTestId('notification-bell').click();
  const drawer = page.getByTestId('notification-drawer');
  await drawer.getByRole('button', { name: /Running jobs/ }).click();
  const running = drawer.getByTestId('drawer-job').filter({ hasText: job.description });
  await expect(running).toBeVisible({ timeout: 20_000 });
  await expect(running.getByTestId('drawer-step')).toHaveCount(2);
  await expect(running.getByTestId('drawer-step').filter({ hasText: 'Copying data' })).toHaveAttribute('data-status', 'started');
  await expect(running.getByTestId('drawer-step').filter({ hasText: 'Preparing target' })).toHaveAttribute('data-status', 'finished');
  await expect(running.getByTestId('drawer-job-progress')).toBeVisible();
  await shot('drawer-running-job-steps');
  // once the job ends it leaves the running list
  await apiPost(page, `/jobs/${job.id}/end`, { succeeded: true });
  await expect(running).toHaveCount(0, { timeout: 20_000 });
  await drawer.getByRole('button', { name: 'Close' }).click();

  const down3 = await apiGet<{ vm: Array<{ id: string; name: string }> }>(page, '/vms?search=status%3Ddown&max=1');
  const target = down3.vm[0];
  await page.goto(`/vms/${target.id}`);
  await expect(page.getByRole('heading', { name: target.name })).toBeVisible();
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/vms/${target.id}/start`));
  await page.getByTestId('action-start').click();
  const dialog = page.getByTestId('action-dialog');
  if (await dialog.isVisible({ timeout: 2000 }).catch(() => false)) await dialog.getByTestId('action-submit').click();
  const correlation = (await sent).headers()['correlation-id'];
  expect(correlation).toMatch(/^vantage-[0-9A-Za-z]+$/);
  // the engine tagged the action's job with it
  await expect.poll(async () => (await apiGet<{ job?: unknown[] }>(page, `/jobs?search=correlation_id%3D${correlation}`)).job?.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);

  await page.getByTestId('notification-bell').click();
  await drawer.getByRole('button', { name: /My actions/ }).click();
  const mine = drawer.getByTestId('drawer-action').filter({ hasText: correlation });
  await expect(mine).toContainText(`/vms/${target.id}/start`);
  const mineJob = mine.getByTestId('drawer-action-job').first();
  await expect(mineJob).toContainText(`Launching VM ${target.name}`, { timeout: 30_000 });
  await expect(mineJob.getByTestId('drawer-step').first()).toBeVisible();
  // followed until it ends: the job and its step finish, the action reads as finished
  await expect(mine).toHaveAttribute('data-phase', 'succeeded', { timeout: 30_000 });
  await expect(mineJob).toHaveAttribute('data-status', 'finished');
  await expect(mineJob.getByTestId('drawer-step').first()).toHaveAttribute('data-status', 'finished');
  await shot('drawer-my-action-finished');
});

test('dashboard: inventory cards, utilization, top consumers; a status count opens the filtered list', async ({ page }, info) => {
  await login(page);
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisible();
  for (const id of ['datacenters', 'clusters', 'hosts', 'storagedomains', 'vms', 'events']) {
    await expect(page.getByTestId(`inventory-${id}`)).toBeVisible();
  }
  await expect(page.getByTestId('inventory-hosts-total')).toHaveText(/^\d+$/);
  for (const id of ['cpu', 'memory', 'storage']) {
    await expect(page.getByTestId(`utilization-${id}`)).toHaveAttribute('data-level', /^(ok|warning|danger)$/);
  }
  await expect(page.getByTestId('top-cpu').getByRole('link').first()).toBeVisible();
  await expect(page.getByTestId('top-memory').getByRole('link').first()).toBeVisible();
  // the entry point page is still there below
  await expect(page.getByTestId('collection-index')).toBeVisible();
  await shot(page, info, '1-dashboard.png');

  const up = page.getByTestId('status-count-vms-up').getByRole('link');
  const upCount = Number((await up.locator('strong').textContent())?.trim());
  expect(upCount).toBeGreaterThan(0);
  await up.click();
  await expect(page).toHaveURL(/\/vms\?search=status%3Dup$/);
  const table = page.getByRole('grid', { name: /Virtual machines table/i }).or(page.getByRole('table', { name: /Virtual machines table/i }));
  await expect(table.locator('tbody tr').first()).toBeVisible();
  await shot(page, info, '2-vms-up.png');
});

test('events: severity filter, and a new event arrives through from= polling', async ({ page }, info) => {
  await login(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(/\/events$/);
  const rows = page.getByTestId('event-row');
  await expect(rows.first()).toBeVisible();

  await page.getByRole('button', { name: 'Warning', exact: true }).click();
  await expect(page).toHaveURL(/severity=warning/);
  await expect(rows.first()).toBeVisible();
  const severities = await page.getByTestId('events-table').getByTestId('severity').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
  expect(severities.length).toBeGreaterThan(0);
  expect(severities.every((s) => s === 'warning' || s === 'error' || s === 'alert')).toBe(true);
  await shot(page, info, '3-events-warning.png');

  const description = `e2e monitoring warning ${Date.now()}`;
  const fromPoll = page.waitForRequest((r) => r.url().includes('/api/events') && /[?&;]from=\d+/.test(r.url()), { timeout: 30_000 });
  await postEvent(page, description, 'warning');
  // the refresh button runs the same incremental query a timed poll would
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  const req = await fromPoll;
  expect(new URL(req.url()).searchParams.get('search')).toContain('severity>=warning');
  await expect(page.getByTestId('events-table').getByText(description)).toBeVisible({ timeout: 20_000 });
  await expect(rows.first()).toContainText(description);
  await expect(page.getByTestId('events-live')).toContainText(/new since/);
  await shot(page, info, '4-events-new.png');

  // a normal event does not pass the warning filter
  await postEvent(page, `${description} (normal)`, 'normal');
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('events-table').getByText(`${description} (normal)`)).toHaveCount(0);
});

test('drawer: alerts since login, running jobs, and my own action followed by correlation id', async ({ page }, info) => {
  test.setTimeout(120_000);
  await login(page);
  const alertText = `e2e drawer alert ${Date.now()}`;
  await postEvent(page, alertText, 'error');
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(page.getByTestId('notification-bell')).toContainText(/[1-9]/, { timeout: 20_000 });
  await page.getByTestId('notification-bell').click();
  const drawer = page.getByTestId('notification-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('drawer-alert').filter({ hasText: alertText })).toBeVisible();
  await shot(page, info, '5-drawer-alerts.png');

  // start a VM from its page: the write carries a Correlation-Id the drawer follows
  const body = await page.evaluate(async () => (await fetch('/api/vms?search=status%3Ddown&max=1', { headers: { Accept: 'application/json' } })).json());
  const vm = (body as { vm?: Array<{ id: string; name: string }> }).vm?.[0];
  expect(vm, 'a VM that is down').toBeTruthy();
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/vms/${vm!.id}/start`));
  await page.goto(`/vms/${vm!.id}`);
  await expect(page.getByRole('heading', { name: vm!.name })).toBeVisible();
  await page.getByTestId('action-start').click();
  const dialog = page.getByTestId('action-dialog');
  if (await dialog.isVisible({ timeout: 2000 }).catch(() => false)) await dialog.getByTestId('action-submit').click();
  const correlation = (await sent).headers()['correlation-id'];
  expect(correlation).toMatch(/^vantage-[0-9A-Za-z]+$/);

  await page.getByTestId('notification-bell').click();
  await page.getByRole('button', { name: /My actions/ }).click();
  const action = drawer.getByTestId('drawer-action').filter({ hasText: correlation });
  await expect(action).toContainText(`/vms/${vm!.id}/start`);
  await expect(action.getByTestId('drawer-action-job').first()).toBeVisible({ timeout: 30_000 });
  await shot(page, info, '6-drawer-my-action.png');

  await page.getByRole('button', { name: /Running jobs/ }).click();
  await expect(drawer.getByTestId('drawer-jobs')).toBeVisible();
  await shot(page, info, '7-drawer-jobs.png');
});

test('preferences: dark theme persists after reload; French changes the navigation and dashboard', async ({ page }, info) => {
  await login(page);
  const openPrefs = async () => {
    await page.getByRole('button', { name: /User menu for|Menu utilisateur de/ }).click();
    await page.getByRole('menuitem', { name: /Preferences|Préférences/ }).click();
    await expect(page.getByTestId('preferences-modal')).toBeVisible();
  };
  await openPrefs();
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await page.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await shot(page, info, '8-dark.png');

  await openPrefs();
  await page.getByLabel('Language').selectOption('fr');
  await page.getByRole('button', { name: 'Terminé' }).click();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText('Calcul', { exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Vue d’ensemble' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('inventory-hosts')).toContainText('Hôtes');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await shot(page, info, '9-french-dark.png');
});

test('statistics: a host and a VM chart keep history while the page is open', async ({ page }, info) => {
  await login(page);
  const hosts = await page.evaluate(async () => (await fetch('/api/hosts?search=status%3Dup&max=1', { headers: { Accept: 'application/json' } })).json());
  const hostId = (hosts as { host: Array<{ id: string }> }).host[0].id;
  await page.goto(`/hosts/${hostId}/statistics`);
  const chart = page.getByTestId('statistics-chart');
  await expect(chart.getByTestId('sparkline')).toBeVisible();
  await expect(chart.getByTestId('stat-cpu')).toContainText(/\d/);
  const samples = async () => Number(/(\d+)/.exec((await chart.getByText(/samples since/).textContent()) ?? '')?.[1] ?? 0);
  const first = await samples();
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(first);
  await shot(page, info, '10-host-statistics.png');

  const vms = await page.evaluate(async () => (await fetch('/api/vms?search=status%3Dup&max=1', { headers: { Accept: 'application/json' } })).json());
  const vmId = (vms as { vm: Array<{ id: string }> }).vm[0].id;
  await page.goto(`/vms/${vmId}/statistics`);
  // VMs start from the engine's own usage history
  await expect.poll(samples, { timeout: 15_000 }).toBeGreaterThan(5);
  await expect(chart.locator('polyline[data-series]').first()).toBeVisible();
  await shot(page, info, '11-vm-statistics.png');
});
