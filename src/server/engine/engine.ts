/**
 * The embedded engine: the oVirt REST API v4 over a SQLite store in `dataDir/engine.db`.
 *
 *   const engine = await startEngine({ port: 0, dataDir, adminPassword: 'secret' });
 *   // engine.url → http://127.0.0.1:<port>; API at `${engine.url}/ovirt-engine/api`
 *   await engine.close();
 */
import path from 'node:path';
import { buildApp } from './http/app.ts';
import { ensureAdminPassword } from './http/auth/users.ts';
import { ensureBuiltins } from './http/builtins.ts';
import type { EngineHooks } from './http/hooks.ts';
import { searchHook } from './search/http-hook.ts';
import { Store } from './store/store.ts';

/** The inventory a new data dir starts with. */
export type Inventory = { kind: 'demo' } | { kind: 'scale'; vms: number };

/** The simulated data center: `speed` 1 is human time; `seed` makes runs repeatable. */
export interface SimulationOptions {
  speed: number;
  seed?: number;
  /** seeded trouble (hosts failing, storage running low); default true */
  faults?: boolean;
}

export interface EngineOptions {
  port: number;
  host?: string;
  dataDir: string;
  adminPassword: string;
  /** seed an inventory when the store is empty; default true */
  seed?: boolean;
  /** which inventory to seed; default the demo one */
  inventory?: Inventory;
  /** run the simulator (state machines, statistics, events over time); off when absent */
  simulation?: SimulationOptions;
  /**
   * Plugs the simulator / search engine into the HTTP layer (see http/hooks.ts). Called once
   * with the opened store; the hooks' `close` runs when the engine closes.
   */
  hooks?: (store: Store) => EngineHooks;
}

export interface RunningEngine {
  url: string;
  close(): Promise<void>;
}

export async function startEngine(opts: EngineOptions): Promise<RunningEngine> {
  const host = opts.host ?? '127.0.0.1';
  const store = Store.open(path.join(opts.dataDir, 'engine.db'));
  let hooks: EngineHooks | undefined;
  try {
    // Seed once per store: an admin who deleted everything must not get the demo back on restart.
    if (opts.seed !== false && store.getMeta('demo_seed') === undefined && store.count('data_centers') === 0 && store.count('vms') === 0) {
      if (opts.inventory?.kind === 'scale') {
        const { seedScaleInventory } = await import('./store/scale-seed.ts');
        const vms = opts.inventory.vms;
        store.transaction(() => seedScaleInventory(store, { vms, seed: opts.simulation?.seed }));
        store.setMeta('demo_seed', `scale:${vms}`);
      } else {
        const { seedDemoInventory } = await import('./store/seed.ts');
        store.transaction(() => seedDemoInventory(store, { seed: opts.simulation?.seed }));
      }
    }
    ensureBuiltins(store);
    ensureAdminPassword(store, opts.adminPassword);
    // The search language is part of every engine; the simulator when asked; given hooks may still replace either.
    const sim = opts.simulation;
    const simHooks = sim
      ? (await import('./sim/engine-hooks.ts')).simulatorHooks(store, { speed: sim.speed, seed: sim.seed ?? 1, faults: sim.faults ?? true })
      : undefined;
    hooks = { search: searchHook, ...simHooks, ...opts.hooks?.(store) };
    const app = buildApp({ store, hooks });
    await app.listen({ port: opts.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    let closed = false;
    const engineHooks = hooks;
    return {
      url: `http://${host}:${port}`,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await app.close();
          await engineHooks?.close?.();
        } finally {
          store.close();
        }
      },
    };
  } catch (err) {
    await hooks?.close?.();
    store.close();
    throw err;
  }
}
