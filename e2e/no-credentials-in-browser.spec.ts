import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { e2eAdminPassword, e2eDataDir } from '../playwright.config.ts';

// The proxy keeps the engine's token server-side. Read the real tokens the embedded engine
// issued (from its SQLite file) and prove none of them, nor the password, ever reaches anything
// page scripts can read: response bodies and headers, cookies, storage, or the URL.
test('engine tokens and the password never reach browser JavaScript', async ({ page, context }) => {
  const seen: string[] = [];
  page.on('response', async (res) => {
    const headers = JSON.stringify(await res.allHeaders());
    let body = '';
    try {
      body = await res.text();
    } catch {
      // redirects and aborted requests have no body
    }
    seen.push(`${res.url()}\n${headers}\n${body}`);
  });

  await page.goto('/login');
  await page.getByLabel('Username').fill('admin@internal');
  await page.getByLabel('Password').fill(e2eAdminPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Virtual machines', exact: true }).click();
  await expect(page.getByRole('table', { name: /Virtual machines table/i })).toBeVisible();
  await page.locator('[data-testid="item-link"]').first().click();
  await expect(page.getByTestId('resource-title')).toBeVisible();

  const db = new Database(`${e2eDataDir}/engine.db`, { readonly: true, fileMustExist: true });
  const tokens = (db.prepare('SELECT token FROM tokens').all() as Array<{ token: string }>).map((r) => r.token);
  db.close();
  expect(tokens.length).toBeGreaterThan(0);

  const readable = [
    ...seen,
    page.url(),
    await page.evaluate(() => document.cookie),
    await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })),
    await page.content(),
  ].join('\n');
  for (const token of tokens) expect(readable).not.toContain(token);
  expect(readable).not.toContain(e2eAdminPassword);

  // The session cookie exists but is HttpOnly, so scripts cannot see it.
  const cookie = (await context.cookies()).find((c) => c.name === 'vantage_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
  expect(await page.evaluate(() => document.cookie)).not.toContain('vantage_session');
});
