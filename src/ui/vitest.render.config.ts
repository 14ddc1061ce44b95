// Render specs for dashboard components (`src/ui/**/*.spec.tsx`): server-side rendering in
// Node, no DOM. PatternFly's CommonJS build requires CSS files Node cannot load, so these
// specs resolve its ESM build and let Vite transform it; that costs ~30 s, which is why they
// run apart from the unit tests: `npx vitest run --config src/ui/vitest.render.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const nm = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@patternfly\/react-core$/, replacement: `${nm}@patternfly/react-core/dist/esm/index.js` },
      { find: /^@patternfly\/react-table$/, replacement: `${nm}@patternfly/react-table/dist/esm/index.js` },
    ],
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['src/ui/**/*.spec.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    server: { deps: { inline: [/@patternfly\//] } },
  },
});
