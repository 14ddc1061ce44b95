import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

// Journeys run against a really started engine and proxy (the same CLI `npm start` runs),
// on their own ports and a throw-away data directory.
const port = Number(process.env.E2E_PORT ?? 18080);
const enginePort = Number(process.env.E2E_ENGINE_PORT ?? 18081);
export const e2eAdminPassword = 'e2e-Secret-1';
/** The embedded engine's data dir for this run (tests may read its SQLite file). */
export const e2eDataDir = `.tmp/e2e-data-${port}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'e2e-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One worker: on the 2-core CI machine two workers measured no faster (9.3 min against 9.1,
  // every journey slowed by the other). Journeys that change data start an engine of their own
  // (e2e/support/fresh-stack.ts), so E2E_WORKERS=2 is safe on a bigger machine.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'e2e-results/report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findBrowser(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx tsx src/server/cli.ts --port ${port} --engine-port ${enginePort} --data ${e2eDataDir} --fresh --admin-password ${e2eAdminPassword} --no-build --speed 20 --seed 1 --no-faults`,
    url: `http://127.0.0.1:${port}/auth/engines`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
