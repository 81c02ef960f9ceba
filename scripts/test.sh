#!/usr/bin/env bash
# Every test the project has, in the order that fails fastest:
#   1. Prisma clients, type check
#   2. unit, API, storage and fuzz suites on SQLite
#   3. every suite that opens a database (tests/*/ using useTestDatabase) again on a throwaway PostgreSQL
#   4. ONE production build (into $CI_DIST_DIR), then the system suites (real `next start`
#      processes: two instances on one PostgreSQL, SIGKILL, database outages, security headers)
#   5. the end-to-end suite in Chromium, reusing that same build
# Prints how long each step took. Ports: system suites 3120–3139 (SYSTEM_PORT_BASE), Playwright
# 3100 (E2E_PORT), PostgreSQL 55432 (PG_TEST_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
DIST=${CI_DIST_DIR:-.next-ci}

STARTED=$SECONDS
STEP_STARTED=$SECONDS
TIMINGS=()
step() {
  if [ -n "${STEP_NAME:-}" ]; then TIMINGS+=("$(printf '%5ss  %s' $((SECONDS - STEP_STARTED)) "$STEP_NAME")"); fi
  STEP_NAME=$*
  STEP_STARTED=$SECONDS
  printf '\n==> %s\n' "$*"
}
summary() {
  step ""
  printf '\n==> Timings\n'
  printf '%s\n' "${TIMINGS[@]}"
  printf '%5ss  total\n' $((SECONDS - STARTED))
}
trap summary EXIT

has_postgres() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -x "${PG_BIN:-/nonexistent}/initdb" ]; }

step "Prisma clients"
npm run --silent db:generate >/dev/null

step "Type check"
npx tsc --noEmit

step "Unit, API, storage and fuzz tests (SQLite)"
npx vitest run --exclude 'tests/system/**'

step "Suites that use a database, on PostgreSQL"
# Every tests/<suite>/ with a file that opens a test database joins, so new suites (share,
# history, ...) run on both databases without editing this script. The fuzz suite stays on SQLite.
mapfile -t DB_SUITES < <(grep -rl --include='*.test.ts' 'useTestDatabase' tests | cut -d/ -f1-2 | sort -u | grep -v -e '^tests/system$' -e '^tests/fuzz$')
if has_postgres; then
  echo "suites: ${DB_SUITES[*]}"
  scripts/with-postgres.sh npx vitest run "${DB_SUITES[@]}"
elif [ -n "${CI:-}" ]; then
  echo "PostgreSQL is required in CI (apt-get install -y postgresql)." >&2
  exit 1
else
  echo "SKIPPED: PostgreSQL server binaries not installed (apt-get install -y postgresql)."
fi

step "Production build ($DIST)"
# Types were checked above; the build need not check them again.
NEXT_SKIP_TYPECHECK=1 scripts/build-into.sh "$DIST"

step "System tests against the build (multi-instance, SIGKILL, outages, headers)"
SYSTEM_DIST_DIR=$DIST npx vitest run -c tests/system/vitest.config.ts

step "End-to-end tests (Chromium, same build)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium} (apt-get install -y chromium)." >&2
  exit 1
fi
E2E_SKIP_BUILD=1 NEXT_DIST_DIR=$DIST npx playwright test

step "End-to-end sign-in (AUTH_MODE=oidc against a real OpenID provider, same build)"
E2E_SKIP_BUILD=1 NEXT_DIST_DIR=$DIST npx playwright test -c playwright.oidc.config.ts
