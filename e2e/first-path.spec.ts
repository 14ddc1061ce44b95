import { expect, test } from '@playwright/test';
import { e2eAdminPassword } from '../playwright.config.ts';

// The first path an administrator takes: log in, land on the entry point, open the VMs
// collection from its navigation link, open one VM, and reload it from its URL.
test('login → entry point → VMs → one VM, bookmarkable', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel('Username').fill('admin@internal');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText(/password|credentials|invalid/i).first()).toBeVisible();

  await page.getByLabel('Password').fill(e2eAdminPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.screenshot({ path: testInfo.outputPath('1-entry-point.png'), fullPage: true });

  await page.getByRole('link', { name: 'Virtual machines', exact: true }).first().click();
  await expect(page).toHaveURL(/\/vms$/);
  const table = page.getByRole('grid', { name: /Virtual machines table/i }).or(page.getByRole('table', { name: /Virtual machines table/i }));
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(5);
  await page.screenshot({ path: testInfo.outputPath('2-vms.png'), fullPage: true });

  const firstLink = rows.first().getByRole('link').first();
  const vmName = (await firstLink.textContent())?.trim() ?? '';
  expect(vmName).not.toBe('');
  await firstLink.click();
  await expect(page).toHaveURL(/\/vms\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: vmName })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-vm.png'), fullPage: true });

  // The route mirrors the API href: reloading shows the same VM.
  await page.reload();
  await expect(page.getByRole('heading', { name: vmName })).toBeVisible();

  // No credential is readable by page scripts.
  const cookies = await page.evaluate(() => document.cookie);
  expect(cookies).not.toMatch(/vantage_session|JSESSIONID/);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(storage).not.toContain(e2eAdminPassword);
});
