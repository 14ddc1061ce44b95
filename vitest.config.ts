import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'e2e/replay/**/*.vitest.ts', 'e2e/replay/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most of the suite waits on simulated time and loopback HTTP rather than computing: four
    // threads on the 2-core CI machine finished in 86 s where two forks took 198 s.
    pool: 'threads',
    maxWorkers: Math.max(4, os.availableParallelism()),
  },
});
