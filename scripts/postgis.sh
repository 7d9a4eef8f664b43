#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS cluster on a loopback port, for the tests and benchmarks.
#   scripts/postgis.sh deps          check (as root: install) Debian's postgresql-15-postgis-3
#   scripts/postgis.sh start         start a new cluster; prints its URL, then its handle
#   scripts/postgis.sh stop HANDLE   stop it and delete it
#   scripts/postgis.sh run CMD ...   start one, run CMD with MAPAPP_TEST_DATABASE_URL set, then
#                                    stop and delete it whatever CMD's outcome (exit code: CMD's)
# As root, initdb refuses to run, so Debian's pg_createcluster makes the cluster; otherwise
# initdb makes one in a temporary folder. Either way it listens on loopback only, trusts local
# connections (nothing else can reach it) and uses a UTF-8 locale (lower() folds accents).
set -euo pipefail
PG_BIN=/usr/lib/postgresql/15/bin
PACKAGE=postgresql-15-postgis-3

deps() {
  if [ -x "$PG_BIN/postgres" ] && [ -f /usr/share/postgresql/15/extension/postgis.control ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian package: $PACKAGE" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$PACKAGE" >&2
  else
    echo "The PostGIS tests need Debian's $PACKAGE: run 'sudo apt-get install $PACKAGE'" \
         "and then 'make test' again." >&2
    exit 1
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  deps
  local port name dir
  port=$(free_port)
  if [ "$(id -u)" = 0 ]; then
    name="mapapp-test-$$-$RANDOM"
    if ! pg_createcluster 15 "$name" --port "$port" --locale C.UTF-8 --encoding UTF8 \
      -o listen_addresses=localhost --start -- -A trust >/dev/null; then
      pg_dropcluster --stop 15 "$name" 2>/dev/null || true
      exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    echo "cluster:$name"
  else
    dir=$(mktemp -d "${TMPDIR:-/tmp}/mapapp-pg.XXXXXX")
    "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres --locale C.UTF-8 -E UTF8 >"$dir/initdb.log"
    if ! "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >&2; then
      cat "$dir/server.log" >&2
      rm -rf "$dir"
      exit 1
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    echo "dir:$dir"
  fi
}

stop() {
  local handle=$1
  case "$handle" in
    cluster:*) pg_dropcluster --stop 15 "${handle#cluster:}" ;;
    dir:*)
      "$PG_BIN/pg_ctl" -D "${handle#dir:}/data" -m immediate -w stop >&2 || true
      rm -rf "${handle#dir:}"
      ;;
    *) echo "postgis.sh: unknown handle '$handle'" >&2; exit 2 ;;
  esac
}

run() {
  local out url status=0
  out=$(start)
  url=$(sed -n 1p <<<"$out")
  HANDLE=$(sed -n 2p <<<"$out")  # global: the EXIT trap runs after this function returns
  trap 'stop "$HANDLE"' EXIT
  MAPAPP_TEST_DATABASE_URL="$url" "$@" || status=$?
  return "$status"
}

command=${1:-}
shift || true
case "$command" in
  deps) deps ;;
  start) start ;;
  stop) stop "$@" ;;
  run) run "$@" ;;
  *) echo "usage: scripts/postgis.sh deps | start | stop HANDLE | run CMD ..." >&2; exit 2 ;;
esac
