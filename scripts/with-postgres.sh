#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on a loopback port, then stops the server.
#   scripts/with-postgres.sh <command...>
# The command sees TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:<port>/postgres.
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found (apt-get install -y postgresql)." >&2
  exit 3
fi
PORT=${PG_TEST_PORT:-55432}
DIR=$(mktemp -d /tmp/planner-pg.XXXXXX)
as_pg() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
chmod 777 "$DIR"
cleanup() {
  as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

as_pg "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
"$@"
