#!/usr/bin/env bash
# The whole test suite, from a fresh machine: set-up, type check, unit/geo/engine tests
# (also under two foreign host time zones), then the real-browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc --noEmit
npx vitest run
# China time must not depend on the host's zone.
TZ=UTC npx vitest run tests/core
TZ=America/New_York npx vitest run tests/core
