import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { login } from './support/login.ts';

// axe on the main views not covered by the collection and resource journeys (which check the
// VM list with completion open and a VM page with an action dialog): login, dashboard, hosts,
// a host page, events. No serious or critical violation is allowed.
async function expectNoSeriousViolations(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${view}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('main views have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('Username')).toBeVisible();
  await expectNoSeriousViolations(page, 'login');

  await login(page);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(/\d+\s*total/).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'dashboard');

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Hosts', exact: true }).click();
  await expect(page.getByRole('table', { name: /Hosts table/i })).toBeVisible();
  await expectNoSeriousViolations(page, 'hosts');

  await page.getByTestId('item-link').first().click();
  await expect(page.getByTestId('resource-title')).toBeVisible();
  await expectNoSeriousViolations(page, 'host page');

  await nav.getByRole('link', { name: 'Events', exact: true }).click();
  await expect(page).toHaveURL(/\/events/);
  await expect(page.getByTestId('events-table').getByTestId('severity').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'events');
});
