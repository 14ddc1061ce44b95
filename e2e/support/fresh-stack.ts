import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { e2eAdminPassword } from '../../playwright.config.ts';
import { startEngine } from '../../src/server/engine/engine.ts';
import { startProxy } from '../../src/server/proxy/proxy.ts';

export interface FreshStackOptions {
  /** A scale inventory of this many VMs instead of the demo data center. */
  vms?: number;
}

/**
 * Gives the calling spec file an embedded engine and a proxy of its own on a fresh demo
 * inventory (simulated as the shared one is: speed 20, seed 1, no random faults), so a journey
 * that changes the data center — approves a host, detaches storage, migrates VMs — never meets
 * another journey's leftovers, whatever order the files run in. Call once at the top level of
 * the spec; its tests then reach the new stack through `baseURL` (`page.goto('/vms')`).
 */
export function useFreshStack(options: FreshStackOptions = {}): void {
  // Started by the first test that needs a page (Playwright resolves `baseURL` before a file's
  // beforeAll hooks run), shared by the file's later tests, closed after its last.
  let stack: Promise<{ url: string; close(): Promise<void> }> | undefined;
  test.afterAll(async () => {
    if (stack) await (await stack).close();
  });
  test.use({
    // Playwright reads the fixtures a function wants from its first parameter: it must be `{}`.
    // eslint-disable-next-line no-empty-pattern
    baseURL: async ({}, use) => {
      stack ??= startFreshStack(options);
      await use((await stack).url);
    },
  });
}

async function startFreshStack(options: FreshStackOptions): Promise<{ url: string; close(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vantage-e2e-'));
  const engine = await startEngine({
    port: 0,
    dataDir,
    adminPassword: e2eAdminPassword,
    simulation: { speed: 20, seed: 1, faults: false },
    ...(options.vms ? { inventory: { kind: 'scale' as const, vms: options.vms } } : {}),
  });
  try {
    const proxy = await startProxy({
      port: 0,
      engines: [{ id: 'embedded', name: 'Embedded engine', url: engine.url }],
      staticDir: path.resolve(process.env.VANTAGE_DIST ?? 'dist'),
      logLevel: 'warn',
    });
    return {
      url: proxy.url,
      async close() {
        await proxy.close();
        await engine.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await engine.close();
    throw err;
  }
}
