#!/usr/bin/env bash
# Everything a fresh machine needs: Node packages from the lockfile, and Debian's chromium
# for the browser tests and Lighthouse (no browser is ever downloaded by npm).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_CHROMIUM:-}" != 1 ] && ! dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
