import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { login } from './support/login.ts';

// Monitoring and preferences: the landing dashboard, the live events view (incremental
// `from=` polling), the notification drawer (alerts, jobs, the user's own actions followed by
// correlation id), and preferences that persist (dark theme, French).

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
