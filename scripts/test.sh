#!/usr/bin/env bash
# Every test the project has: types, unit and API suites on SQLite, the API and storage suites
# again on a throwaway PostgreSQL, then the end-to-end suite in Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

step "Prisma clients"
npm run --silent db:generate >/dev/null

step "Type check"
npx tsc --noEmit

step "Unit, API and storage tests (SQLite)"
npx vitest run

step "API and storage tests (PostgreSQL)"
if scripts/with-postgres.sh true 2>/dev/null; then
  scripts/with-postgres.sh npx vitest run tests/api tests/storage tests/runbook
elif [ -n "${CI:-}" ]; then
  echo "PostgreSQL is required in CI (apt-get install -y postgresql)." >&2
  exit 1
else
  echo "SKIPPED: PostgreSQL server binaries not installed (apt-get install -y postgresql)."
fi

step "End-to-end tests (Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium} (apt-get install -y chromium)." >&2
  exit 1
fi
npx playwright test
