/**
 * What the replay journeys share: a replay engine with its own proxy in front (the real
 * proxy, serving the built app), and the steps every journey starts with.
 */
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { startProxy, type EngineTarget, type ProxyOptions, type RunningProxy } from '../../src/server/proxy/proxy.ts';
import { REPLAY_WRONG_PASSWORD, startReplayEngine, type RunningReplay } from './replay-server.ts';

export interface ReplayStack {
  engine: RunningReplay;
  proxy: RunningProxy;
  close(): Promise<void>;
}

export async function startReplayStack(version: 3 | 4, name: string): Promise<ReplayStack> {
  const fixturesDir = fileURLToPath(new URL(`./fixtures/v${version}/`, import.meta.url));
  const engine = await startReplayEngine({ fixturesDir, port: 0, version });
  const target: EngineTarget = { id: 'replay', name, url: engine.url, ...(version === 3 ? { apiBase: '/api' } : {}) };
  let proxy: RunningProxy;
  try {
    proxy = await startProxy({ port: 0, engines: [target], staticDir: process.env.VANTAGE_DIST ?? 'dist', logLevel: proxyLogLevel() });
  } catch (err) {
    await engine.close();
    throw err;
  }
  return {
    engine,
    proxy,
    close: async () => {
      // What the app asked for that the recording lacks (shown in the run log, not an error:
      // real engines answer 404 for such paths too).
      if (engine.unmatched.length) console.log(`replay v${version}: not recorded, answered 404:\n  ${[...new Set(engine.unmatched)].join('\n  ')}`);
      await proxy.close();
      await engine.close();
    },
  };
}

type LogLevel = NonNullable<ProxyOptions['logLevel']>;
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** REPLAY_LOG_LEVEL=info shows every proxied request when a journey needs explaining. */
function proxyLogLevel(): LogLevel {
  const wanted = process.env.REPLAY_LOG_LEVEL;
  return LOG_LEVELS.find((l) => l === wanted) ?? 'warn';
}

/** Logs in through the login page, first with the one password the replay engine refuses. */
export async function logIn(page: Page, proxyUrl: string): Promise<void> {
  await page.goto(`${proxyUrl}/`);
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Username').fill('admin@internal');
  await page.getByLabel('Password').fill(REPLAY_WRONG_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByTestId('login-error')).toBeVisible();

  await page.getByLabel('Password').fill('recorded-engine-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Logs out from the user menu; afterwards the proxy refuses the old session. */
export async function logOut(page: Page, proxyUrl: string): Promise<void> {
  await page.getByRole('button', { name: 'admin@internal' }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  const after = await page.request.get(`${proxyUrl}/api`);
  expect(after.status()).toBe(401);
}

export function tableNamed(page: Page, title: string): Locator {
  return page.getByRole('table', { name: `${title} table`, exact: true });
}

/** The table row whose first link is `name`. */
export function rowFor(table: Locator, name: string): Locator {
  return table.locator('tbody tr').filter({ has: table.page().getByRole('link', { name, exact: true }) });
}
