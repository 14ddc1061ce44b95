import { expect, type Page } from '@playwright/test';
import { e2eAdminPassword } from '../../playwright.config.ts';

/** Logs in to the embedded engine of the e2e run as admin@internal, through the login page. */
export async function login(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill('admin@internal');
  await page.getByLabel('Password').fill(e2eAdminPassword);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
