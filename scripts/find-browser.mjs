// Where a Chromium that Playwright can drive lives on this machine. Browsers cannot be
// downloaded by Playwright here, so we use Debian's packages (or what VANTAGE_CHROMIUM names).
import { existsSync } from 'node:fs';

export const browserCandidates = [
  process.env.VANTAGE_CHROMIUM,
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

export function findBrowser() {
  return browserCandidates.find((p) => existsSync(p));
}
