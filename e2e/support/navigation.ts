import { expect, type Page } from '@playwright/test';

/** Follows the sidebar to a list, as an administrator does (no page reload). */
export async function nav(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Opens `name`'s detail page from the sidebar list `list`, by its link there. */
export async function openFromList(page: Page, list: string, name: string): Promise<void> {
  await nav(page, list);
  await page.getByRole('main').getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByTestId('resource-title')).toHaveText(name);
}
