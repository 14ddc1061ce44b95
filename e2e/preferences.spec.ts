import { expect as baseExpect, test, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// This journey changes the data center; it gets an engine of its own.
useFreshStack();

// Several journeys share the machine: give the app time to answer under load.
const expect = baseExpect.configure({ timeout: 20_000 });

// Preferences: refresh interval, default page size, theme and language. Each one changes the
// UI at once and is still in force after a reload (they live in this browser's storage).

async function openPreferences(page: Page) {
  await page.getByRole('button', { name: /User menu for|Menu utilisateur de/ }).click();
  await page.getByRole('menuitem', { name: /Preferences|Préférences/ }).click();
  await expect(page.getByTestId('preferences-modal')).toBeVisible();
}

const vmRows = (page: Page) => page.getByTestId('collection-table').locator('tbody tr');

test('preferences', async ({ page }, info) => {
  test.setTimeout(120_000);
  const shot = screenshots(page, info, 'preferences');
  await login(page);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  // the defaults: 10 s refresh, light, English
  await expect(page.getByTestId('refresh-rate')).toHaveText('Auto-refresh: 10 s');
  await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
  const total = (await (await page.request.get('/api/vms?detail=-main%2Bsize', { headers: { Accept: 'application/json' } })).json()) as { size?: string | number };
  expect(Number(total.size)).toBeGreaterThan(25);

  await openPreferences(page);
  await shot('preferences-defaults');

  // Refresh interval: the masthead control follows, and polls run at the new rate.
  await page.getByLabel('Refresh interval').selectOption(String(30_000));
  await expect(page.getByTestId('refresh-rate')).toHaveText('Auto-refresh: 30 s');
  // Page size.
  await page.getByLabel('Default page size').selectOption('25');
  // Theme.
  await page.getByRole('button', { name: 'Dark', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await shot('preferences-changed');
  await page.getByRole('button', { name: 'Done' }).click();

  // the page size applies to lists that name no size of their own
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Virtual machines' }).click();
  await expect(vmRows(page)).toHaveCount(25);
  await shot('vms-25-per-page-dark');

  // Language: French, with English for what has no French text yet.
  await page.goto('/');
  await openPreferences(page);
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByTestId('preferences-modal').getByText('Langue', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Terminé' }).click();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText('Calcul', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByTestId('inventory-hosts')).toContainText('Hôtes');
  await expect(page.getByTestId('refresh-rate')).toHaveText('Actualisation auto : 30 s');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // a message without a French translation falls back to English rather than to its key
  await expect(page.getByTestId('top-hosts-cpu')).toContainText('Hosts by CPU');
  await expect(page.getByText('dashboard.hostsByCpu')).toHaveCount(0);
  await shot('french');

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tableau de bord' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('refresh-rate')).toHaveText('Actualisation auto : 30 s');
  await page.goto('/vms');
  await expect(vmRows(page)).toHaveCount(25);
  await page.goto('/');
  await openPreferences(page);
  await expect(page.getByLabel('Intervalle d’actualisation')).toHaveValue('30000');
  await expect(page.getByLabel('Taille de page par défaut')).toHaveValue('25');
  await expect(page.getByRole('button', { name: 'Sombre', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
  await shot('after-reload');

  // And back: light, English, refresh off — also kept.
  await page.getByRole('button', { name: 'Clair', exact: true }).click();
  await page.getByLabel('Intervalle d’actualisation').selectOption('false');
  await page.getByLabel('Langue').selectOption('en');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
  await expect(page.getByTestId('refresh-rate')).toHaveText('Auto-refresh: Off');
  await shot('back-to-light-english');
});
