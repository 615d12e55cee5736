#!/usr/bin/env bash
# The whole test suite, from a fresh machine: set-up, type check, lint (with the layer check),
# unit/geo/engine tests (core and app helpers also under four foreign host time zones), then the
# real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc --noEmit
# typescript-eslint, react-hooks, and the import boundaries between layers (eslint.config.js).
npx eslint --max-warnings 0 .
npx vitest run --project unit
# China time must not depend on the host's zone: UTC, UTC−5/−4 (DST), UTC+14 and UTC−12.
for zone in UTC America/New_York Pacific/Kiritimati Etc/GMT+12; do
  TZ=$zone npx vitest run --project unit tests/core tests/app
done
# Real-browser tests: builds the app once, serves dist/ on 127.0.0.1, drives Debian's chromium
# (playwright-core) at phone size; screenshots land in test-results/. About 2 minutes.
npx vitest run --project browser
