import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { login } from './support/login.ts';
import { screenshots } from './support/steps.ts';
import { useFreshStack } from './support/fresh-stack.ts';

// A scale inventory of its own: 1,200 VMs on one page, so the table is virtualized.
const VMS = 1200;
useFreshStack({ vms: VMS });

const expect = baseExpect.configure({ timeout: 30_000 });

// A virtualized list must scroll to its last row, hold its columns still while rows come and
// go and while the list refreshes (widths measured once, then a fixed table layout), show each
// status whole, and measure again when the window changes width.

const table = (page: Page) => page.getByTestId('collection-table');
const scroller = (page: Page) => page.getByTestId('virtual-scroller');

/** Left edge and width of every header cell. */
async function columnBoxes(page: Page): Promise<Array<[number, number]>> {
  return table(page).locator('thead th').evaluateAll((cells) => cells.map((c) => {
    const r = c.getBoundingClientRect();
    return [Math.round(r.left), Math.round(r.width)] as [number, number];
  }));
}

/** Status labels in view whose text the browser had to cut. */
async function cutStatuses(rows: Locator): Promise<string[]> {
  return rows.locator('[data-testid="status-label"]').evaluateAll((labels) => labels
    .filter((l) => {
      const text = l.querySelector('[class*="label__text"]') ?? l;
      return text.scrollWidth > text.clientWidth + 1;
    })
    .map((l) => l.textContent ?? ''));
}

async function scrollTo(page: Page, where: 'middle' | 'bottom') {
  await scroller(page).evaluate((el, to) => {
    el.scrollTop = to === 'bottom' ? el.scrollHeight : el.scrollHeight / 2;
  }, where);
}

test('a 1,200-row list scrolls to its end with columns held still', async ({ page }, info) => {
  test.setTimeout(180_000);
  const shot = screenshots(page, info, 'large-list');
  await login(page);
  await page.goto(`/vms?max=${VMS}`);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(VMS + 1), { timeout: 90_000 });
  await expect(table(page)).toHaveAttribute('data-virtual', 'true');
  const rows = table(page).getByTestId('collection-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);
  // widths are held once rows are there
  await expect.poll(() => table(page).evaluate((t) => (t as HTMLTableElement).style.tableLayout)).toBe('fixed');
  const atTop = await columnBoxes(page);
  expect(atTop.length).toBeGreaterThan(4);
  await shot('top');

  await scrollTo(page, 'middle');
  await expect(rows.first()).not.toHaveAttribute('data-index', '0');
  const middleIndex = Number(await rows.first().getAttribute('data-index'));
  expect(middleIndex).toBeGreaterThan(VMS / 4);
  expect(await columnBoxes(page)).toEqual(atTop);
  expect(await cutStatuses(rows)).toEqual([]);
  await shot('middle');

  // Another admin gives a VM in view a much longer name; the list refreshes itself (every
  // 10 s) and shows it, wrapped in the held width: measuring again would widen the column.
  // (its old name and more: it keeps its place in the name order, so it stays in view)
  const renamed = await rows.nth(2).getAttribute('data-id');
  const longName = `${(await rows.nth(2).getByTestId('item-link').textContent())?.trim()}-${'x'.repeat(40)}`;
  const status = await page.evaluate(async ([id, name]) => {
    const me = (await (await fetch('/auth/me')).json()) as { csrfToken: string };
    const r = await fetch(`/api/vms/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Vantage-CSRF': me.csrfToken },
      body: JSON.stringify({ name }),
    });
    return r.status;
  }, [renamed, longName] as const);
  expect(status).toBe(200);
  await expect(table(page).locator(`tr[data-id="${renamed}"]`)).toContainText(longName, { timeout: 30_000 });
  const refreshed = await page.waitForResponse((r) => new URL(r.url()).pathname === '/api/vms' && r.status() === 200, { timeout: 30_000 });
  await refreshed.finished();
  await page.waitForTimeout(500);
  expect(await columnBoxes(page)).toEqual(atTop);
  await table(page).locator(`tr[data-id="${renamed}"]`).scrollIntoViewIfNeeded();
  await shot('renamed-after-refresh');

  await scrollTo(page, 'bottom');
  const last = table(page).locator(`tr[aria-rowindex="${VMS + 1}"]`);
  await expect(last).toBeVisible();
  await expect(last.getByTestId('item-link')).toHaveText(/\S/);
  expect(await columnBoxes(page)).toEqual(atTop);
  await shot('bottom');

  // A narrower window measures again: the columns fit the new width.
  await page.setViewportSize({ width: 1000, height: 800 });
  await expect.poll(async () => JSON.stringify(await columnBoxes(page))).not.toBe(JSON.stringify(atTop));
  const narrow = await columnBoxes(page);
  const room = await scroller(page).evaluate((el) => el.clientWidth);
  expect(narrow.reduce((sum, [, w]) => sum + w, 0)).toBeLessThanOrEqual(room + narrow.length);
  await shot('narrow');
});
