#!/usr/bin/env bash
# Set up, build and serve the app on http://127.0.0.1:4173 (works with no internet).
set -euo pipefail
cd "$(dirname "$0")/.."
SKIP_CHROMIUM=1 bash scripts/setup.sh
npm run build
exec npx vite preview --host 127.0.0.1 --port 4173 --strictPort
