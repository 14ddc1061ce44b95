import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type RunningEngine } from '../src/server/engine/engine.ts';
import { runClassicWorkflow } from './classic-workflow.ts';

describe('classic workflow of the REST API guide, over HTTP against the embedded engine', () => {
  let engine: RunningEngine;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vantage-classic-'));
    // Real transitions, sped up: hosts install, domains attach and VMs launch as the simulator drives them.
    engine = await startEngine({ port: 0, dataDir: dir, adminPassword: 'classic-pw', simulation: { speed: 40, seed: 3, faults: false } });
  });
  afterAll(async () => {
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs from listing to a started VM, its events and a fault', async () => {
    const steps: string[] = [];
    const result = await runClassicWorkflow(engine.url, 'admin@internal', 'classic-pw', (s) => steps.push(s));
    expect(steps).toEqual(['logged in', 'listed', 'approved host', 'created storage domains', 'attached and activated', 'created VM', 'added NIC', 'added disk', 'inserted ISO', 'started VM', 'events', 'fault']);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.fault.reason).toMatch(/Operation Failed/);
    expect(result.fault.detail).toMatch(/^\[.*\]$/);
  });
});
