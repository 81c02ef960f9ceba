#!/usr/bin/env bash
# Builds the app into a private dist dir, for tests and benchmarks:
#   scripts/build-into.sh <dist dir>        (other variables, e.g. NEXT_SKIP_TYPECHECK=1, pass through)
# next build adds that dir's type folders to tsconfig.json and rewrites the file; it is put back
# afterwards, so running the tests or the benchmark leaves no local edit in the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
dist_dir=${1:?usage: scripts/build-into.sh <dist dir>}
saved=$(mktemp)
cp tsconfig.json "$saved"
trap 'cp "$saved" tsconfig.json; rm -f "$saved"' EXIT
NEXT_DIST_DIR=$dist_dir NEXT_TELEMETRY_DISABLED=1 node node_modules/next/dist/bin/next build
# The worker threads' bundle goes next to the build (next build empties the dir first).
NEXT_DIST_DIR=$dist_dir node scripts/build-compute-worker.mjs
