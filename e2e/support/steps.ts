import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A journey's screenshots, numbered in order, kept in `e2e-results/screenshots/<journey>/` and
 * attached to the HTML report, so a reader can follow each step:
 *   const shot = screenshots(page, testInfo, 'workflow');
 *   await shot('approve-host');   // → 01-approve-host.png
 */
export function screenshots(page: Page, testInfo: TestInfo, journey: string): (step: string) => Promise<void> {
  const dir = path.join('e2e-results', 'screenshots', journey);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (step) => {
    n += 1;
    const file = path.join(dir, `${String(n).padStart(2, '0')}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${journey} ${String(n).padStart(2, '0')} ${step}`, { path: file, contentType: 'image/png' });
  };
}
