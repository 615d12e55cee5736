#!/usr/bin/env bash
# The whole test suite, from a fresh machine: set-up, type check, unit/geo/engine tests
# (also under two foreign host time zones), then the real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc --noEmit
npx vitest run --project unit
# China time must not depend on the host's zone.
TZ=UTC npx vitest run --project unit tests/core
TZ=America/New_York npx vitest run --project unit tests/core
# Real-browser tests: builds the app once, serves dist/ on 127.0.0.1, drives Debian's chromium
# (playwright-core) at phone size; screenshots land in test-results/. About 2 minutes.
npx vitest run --project browser
