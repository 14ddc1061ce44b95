import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A journey's screenshots, numbered in order, kept in
 * `e2e-results/screenshots/<journey>/<test title>/` (emptied first, so the folder shows this
 * run only) and attached to the HTML report, so a reader can follow each step:
 *   const shot = screenshots(page, testInfo, 'workflow');
 *   await shot('approve-host');   // → 01-approve-host.png
 */
export function screenshots(page: Page, testInfo: TestInfo, journey: string): (step: string) => Promise<void> {
  const test = testInfo.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'test';
  const dir = path.join('e2e-results', 'screenshots', journey, test);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (step) => {
    n += 1;
    const name = `${String(n).padStart(2, '0')}-${step.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${journey}: ${name}`, { path: file, contentType: 'image/png' });
  };
}
