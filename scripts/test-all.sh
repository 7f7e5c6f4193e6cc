#!/usr/bin/env bash
# Every test: installs what is missing (Debian's chromium and postgresql when root, npm
# packages), then lint, types, unit, integration on embedded PGlite, integration on a real
# PostgreSQL server started here on loopback, and the end-to-end specs in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "missing system packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

echo "==> dependency audit (production dependencies)"
npm run --silent audit:deps

echo "==> lint and types"
npm run --silent lint
npm run --silent typecheck

echo "==> unit and integration tests (embedded PGlite)"
npx vitest run

pgdir=$(mktemp -d /tmp/caliper-pg.XXXXXX)
trap 'scripts/pg-test-server.sh stop "$pgdir"' EXIT
port=$((20000 + RANDOM % 20000))
echo "==> integration tests (PostgreSQL on 127.0.0.1:$port)"
TEST_DATABASE_URL=$(scripts/pg-test-server.sh start "$pgdir" "$port")
TEST_DATABASE_URL="$TEST_DATABASE_URL" npx vitest run --project integration

echo "==> end-to-end tests (Chromium)"
npm run --silent build:web
npx playwright test
echo "==> all tests passed"
