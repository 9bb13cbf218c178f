#!/usr/bin/env bash
# A provincial-style GIS server on loopback for sync tests and benchmarks: a private PostgreSQL + PostGIS
# loaded with the RoadGIS server kit, and QGIS Server (FastCGI under lighttpd) publishing it over WFS-T.
#
#   bash scripts/gis-server.sh start [PORT]   install what is missing (apt), start both, print the WFS URL
#   bash scripts/gis-server.sh stop           stop both (the data directory stays for the next start)
#   bash scripts/gis-server.sh reset          empty the RoadGIS tables and tombstones (tests)
#   bash scripts/gis-server.sh status         print the state file if the server answers, exit 1 otherwise
#   bash scripts/gis-server.sh install        only install the packages (scripts/setup.sh calls it)
#
# Everything binds 127.0.0.1. State (data directory, logs, the QGIS project, server.json with the WFS URL
# and the database connection string) lives in $ROADGIS_GIS_SERVER_DIR, by default a folder in /tmp named
# after this checkout, so worktrees do not share a server. Recipe and traps: resources/server-kit/README.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIT="$ROOT/resources/server-kit"
STATE=${ROADGIS_GIS_SERVER_DIR:-/tmp/roadgis-gis-server-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)}
PG_BIN=/usr/lib/postgresql/15/bin
FCGI=/usr/lib/cgi-bin/qgis_mapserv.fcgi
APT_PACKAGES=(postgresql-15 postgresql-15-postgis-3 qgis-server lighttpd gdal-bin curl)
DB=roadgis

log() { echo "gis-server: $*" >&2; }
die() {
  log "$*"
  exit 1
}
is_root() { [ "$(id -u)" -eq 0 ]; }
# PostgreSQL refuses to run as root: as root it runs as `postgres`, otherwise as the calling user.
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

install_missing() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  is_root || sudo=sudo
  log "installing ${missing[*]} (apt)"
  # Package scripts would start Debian's own PostgreSQL cluster and a lighttpd on port 80: a temporary
  # policy-rc.d forbids that (an existing one, e.g. in containers, is left as it is).
  local policy=/usr/sbin/policy-rc.d made_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    made_policy=1
  fi
  local rc=0
  {
    # man pages are not needed on a server; skipping man-db's index rebuild saves seconds per install.
    echo 'man-db man-db/auto-update boolean false' | $sudo debconf-set-selections 2>/dev/null || true
    $sudo apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Options::=--force-unsafe-io "${missing[@]}" >/dev/null
  } || rc=$?
  [ $made_policy -eq 1 ] && $sudo rm -f "$policy"
  [ $rc -eq 0 ] || die "apt-get install ${missing[*]} failed (exit $rc)"
}

state_value() { [ -f "$STATE/server.env" ] && sed -n "s/^$1=//p" "$STATE/server.env" || true; }

pg_running() { [ -f "$STATE/pgdata/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$STATE/pgdata" status >/dev/null 2>&1; }

start_postgres() {
  mkdir -p "$STATE"
  chmod 755 "$STATE"
  if [ ! -f "$STATE/pgdata/PG_VERSION" ]; then
    rm -rf "$STATE/pgdata"
    install -d -m 700 "$STATE/pgdata"
    install -d -m 755 "$STATE/pg"
    is_root && chown postgres:postgres "$STATE/pgdata" "$STATE/pg"
    (cd / && as_pg "$PG_BIN/initdb" -D "$STATE/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null)
    cat >>"$STATE/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$STATE/pg'
fsync = on
EOF
  fi
  if pg_running; then
    PG_PORT=$(state_value PG_PORT)
    [ -n "$PG_PORT" ] && return 0
    as_pg "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -m fast -w stop >/dev/null
  fi
  PG_PORT=$(state_value PG_PORT)
  if [ -z "$PG_PORT" ] || ! port_free "$PG_PORT"; then
    PG_PORT=55432
    while ! port_free "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
  fi
  (cd / && as_pg "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -l "$STATE/pg/postgresql.log" -w -o "-p $PG_PORT" start >/dev/null) ||
    die "PostgreSQL did not start; see $STATE/pg/postgresql.log"
}

psql_db() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

load_kit() {
  psql_db -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 ||
    psql_db -d postgres -c "CREATE DATABASE $DB"
  psql_db -d "$DB" -f "$KIT/roadgis-server-kit.sql" >/dev/null
}

write_qgis_project() {
  local conninfo="host=127.0.0.1 port=$PG_PORT dbname=$DB user=postgres"
  # PyQGIS takes seconds to start: reuse the project while its inputs are unchanged.
  local key
  key=$(cat "$KIT/make-qgis-project.py" "$KIT/roadgis-server-kit.sql" <(echo "$conninfo") | md5sum | cut -c1-32)
  [ -f "$STATE/roadgis.qgs" ] && [ "$(cat "$STATE/roadgis.qgs.key" 2>/dev/null)" = "$key" ] && return 0
  install -d -m 755 "$STATE/qgis-home"
  (cd "$STATE" && QT_QPA_PLATFORM=offscreen HOME="$STATE/qgis-home" XDG_RUNTIME_DIR="$STATE/qgis-home" \
    /usr/bin/python3 "$KIT/make-qgis-project.py" "$conninfo" "$STATE/roadgis.qgs.tmp" >"$STATE/make-project.log" 2>&1) ||
    die "could not write the QGIS project; see $STATE/make-project.log"
  mv "$STATE/roadgis.qgs.tmp" "$STATE/roadgis.qgs"
  echo "$key" >"$STATE/roadgis.qgs.key"
}

lighttpd_pid() {
  local pid
  pid=$(cat "$STATE/lighttpd.pid" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start_qgis_server() {
  local port=$1
  install -d -m 755 "$STATE/www" "$STATE/qgis-home" "$STATE/http"
  local user_line=""
  if is_root; then
    # lighttpd drops to www-data after binding: QGIS Server does not need root.
    chown www-data:www-data "$STATE/qgis-home" "$STATE/http"
    user_line='server.username = "www-data"
server.groupname = "www-data"'
  fi
  cat >"$STATE/lighttpd.conf" <<EOF
server.modules = ("mod_fastcgi")
server.bind = "127.0.0.1"
server.port = $port
server.document-root = "$STATE/www"
server.pid-file = "$STATE/lighttpd.pid"
server.errorlog = "$STATE/http/error.log"
server.max-request-size = 262144
server.max-read-idle = 120
server.max-keep-alive-idle = 60
server.max-write-idle = 600
$user_line
fastcgi.server = ("/" => ((
  "bin-path" => "$FCGI",
  "socket" => "$STATE/http/qgis.socket",
  "check-local" => "disable",
  "max-procs" => 1,
  "bin-environment" => (
    "QGIS_PROJECT_FILE" => "$STATE/roadgis.qgs",
    "QT_QPA_PLATFORM" => "offscreen",
    "HOME" => "$STATE/qgis-home",
    "QGIS_SERVER_LOG_STDERR" => "1",
    "QGIS_SERVER_LOG_LEVEL" => "2"
  )
)))
EOF
  lighttpd -t -f "$STATE/lighttpd.conf" >/dev/null || die "lighttpd rejected $STATE/lighttpd.conf"
  lighttpd -f "$STATE/lighttpd.conf" || die "lighttpd did not start; see $STATE/http/error.log"
}

wait_for_wfs() {
  local url=$1 i
  for i in $(seq 1 100); do
    if curl -fsS -m 5 "$url?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0" 2>/dev/null | grep -q 'roads'; then
      return 0
    fi
    sleep 0.1
  done
  die "QGIS Server did not publish the RoadGIS layers at $url; see $STATE/http/error.log"
}

write_state() {
  local port=$1 url="http://127.0.0.1:$1/ows"
  local pg_url="postgresql://postgres@127.0.0.1:$PG_PORT/$DB"
  cat >"$STATE/server.env.tmp" <<EOF
WFS_URL=$url
PG_URL=$pg_url
PG_PORT=$PG_PORT
HTTP_PORT=$port
EOF
  mv "$STATE/server.env.tmp" "$STATE/server.env"
  cat >"$STATE/server.json.tmp" <<EOF
{"wfsUrl": "$url", "pgUrl": "$pg_url", "pgPort": $PG_PORT, "httpPort": $port, "stateDir": "$STATE"}
EOF
  mv "$STATE/server.json.tmp" "$STATE/server.json"
}

cmd_start() {
  local port=${1:-$(state_value HTTP_PORT)}
  port=${port:-8091}
  [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number, not '$port'"
  install_missing
  local pid
  if pid=$(lighttpd_pid) && [ "$(state_value HTTP_PORT)" = "$port" ] && pg_running; then
    PG_PORT=$(state_value PG_PORT)
    load_kit
    echo "http://127.0.0.1:$port/ows"
    return 0
  fi
  [ -n "${pid:-}" ] && stop_lighttpd
  port_free "$port" || die "port $port on 127.0.0.1 is taken by another program"
  start_postgres
  load_kit
  write_qgis_project
  start_qgis_server "$port"
  write_state "$port"
  wait_for_wfs "http://127.0.0.1:$port/ows"
  log "WFS at http://127.0.0.1:$port/ows, PostgreSQL at 127.0.0.1:$PG_PORT (state: $STATE/server.json)"
  echo "http://127.0.0.1:$port/ows"
}

stop_lighttpd() {
  local pid i
  pid=$(lighttpd_pid) || return 0
  kill "$pid"
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$STATE/lighttpd.pid"
}

cmd_stop() {
  stop_lighttpd
  if pg_running; then as_pg "$PG_BIN/pg_ctl" -D "$STATE/pgdata" -m fast -w stop >/dev/null; fi
  log "stopped (data kept in $STATE)"
}

cmd_reset() {
  pg_running || die "not running; start it first"
  PG_PORT=$(state_value PG_PORT)
  psql_db -d "$DB" -c "TRUNCATE roads, bridges, culverts, roadgis_tombstones RESTART IDENTITY" >/dev/null
}

cmd_status() {
  lighttpd_pid >/dev/null && pg_running || die "not running"
  cat "$STATE/server.json"
}

case "${1:-}" in
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop ;;
  reset) cmd_reset ;;
  status) cmd_status ;;
  install) install_missing ;;
  *)
    echo "usage: bash scripts/gis-server.sh start [PORT] | stop | reset | status | install" >&2
    exit 2
    ;;
esac
