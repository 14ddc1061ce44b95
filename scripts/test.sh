#!/usr/bin/env bash
# The whole test suite, as the README's test command runs it: tools, typecheck, lint,
# unit and HTTP tests (Vitest), production build, then browser journeys (Playwright)
# against a really started engine and proxy.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "tools (Chromium, xmllint)"
node scripts/ensure-tools.mjs

step "typecheck"
npx tsc -p tsconfig.json --noEmit

step "lint"
npx eslint . --max-warnings=0

step "unit and HTTP tests"
npx vitest run
npx vitest run --config src/ui/vitest.render.config.ts

step "production build"
npx vite build --logLevel warn

step "browser journeys"
npx playwright test
