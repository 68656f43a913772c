#!/usr/bin/env bash
# A private PostgreSQL 15 server for the ledger tests (docs/ledger.md), in a folder of its own, on
# 127.0.0.1 and a free port, with a random admin password (scram-sha-256). Nothing outside FOLDER is
# touched; as root the server runs as the `postgres` user (initdb refuses root).
#
#   scripts/with-postgres.sh init FOLDER    create and start a server; writes FOLDER/env
#   scripts/with-postgres.sh stop FOLDER    stop it (fast shutdown); the data stay
#   scripts/with-postgres.sh start FOLDER   start it again on the same port
#   scripts/with-postgres.sh destroy FOLDER stop it and remove FOLDER
#   scripts/with-postgres.sh run CMD...     init a temporary server, export FOLDER/env, run CMD, destroy
#
# FOLDER/env holds the connection for tests, one KEY=value a line:
#   PDC_LEDGER_TEST_HOST, PDC_LEDGER_TEST_PORT, PDC_LEDGER_TEST_ADMIN_USER, PDC_LEDGER_TEST_ADMIN_PASSWORD,
#   PDC_LEDGER_TEST_DATABASE, PDC_LEDGER_TEST_SCRIPT (this script), PDC_LEDGER_TEST_DIR (FOLDER).
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

die() { echo "with-postgres: $*" >&2; exit 1; }

as_owner() { # runs a command line as the data folder's owner
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

start_server() {
    local dir=$1 port tls=""
    port=$(sed -n 's/^PDC_LEDGER_TEST_PORT=//p' "$dir/env")
    [ ! -f "$dir/server.crt" ] || tls="-c ssl=on -c ssl_cert_file='$dir/server.crt' -c ssl_key_file='$dir/server.key'"
    as_owner "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -o \"-k '$dir' -p $port -c listen_addresses=127.0.0.1 $tls\" -w -t 60 start" >/dev/null \
        || { cat "$dir/log" >&2 || true; die "the server in $dir did not start"; }
}

stop_server() {
    local dir=$1
    [ -f "$dir/data/postmaster.pid" ] || return 0
    as_owner "$bin/pg_ctl -D '$dir/data' -m fast -w -t 60 stop" >/dev/null || die "the server in $dir did not stop"
}

# A private CA and a server certificate for 127.0.0.1 and localhost, so the tests connect with
# sslmode=verify-full like a profile does by default. Skipped (plain TCP) without openssl.
make_certificates() {
    local dir=$1
    command -v openssl >/dev/null || return 0
    (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ledger test CA" \
            -keyout ca.key -out ca.crt >/dev/null 2>&1
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr >/dev/null 2>&1
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt >/dev/null 2>&1
        rm -f ca.key server.csr server.ext ca.srl
        chmod 600 server.key
        chmod 644 ca.crt server.crt
        [ "$(id -u)" -ne 0 ] || chown postgres: server.key server.crt
    ) || { echo "with-postgres: making certificates failed; the server runs without TLS" >&2; rm -f "$dir"/server.*; }
}

init_server() {
    local dir=$1 port password
    [ -x "$bin/initdb" ] || die "PostgreSQL 15 is not installed ($bin/initdb missing): run scripts/setup.sh"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ ! -e "$dir/data" ] || die "$dir/data exists already"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        chmod 700 "$dir"
        su postgres -s /bin/sh -c "test -w '$dir'" || die "the postgres user cannot reach $dir (a parent folder is closed to it)"
    fi
    password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    port=$(free_port)
    umask 077
    printf '%s\n' "$password" >"$dir/pw"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir/pw"
    as_owner "$bin/initdb -D '$dir/data' -U ledger_admin -A scram-sha-256 --pwfile='$dir/pw' -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/pw"
    make_certificates "$dir"
    {
        echo "PDC_LEDGER_TEST_HOST=127.0.0.1"
        echo "PDC_LEDGER_TEST_PORT=$port"
        echo "PDC_LEDGER_TEST_ADMIN_USER=ledger_admin"
        echo "PDC_LEDGER_TEST_ADMIN_PASSWORD=$password"
        echo "PDC_LEDGER_TEST_DATABASE=postgres"
        echo "PDC_LEDGER_TEST_SCRIPT=$self"
        echo "PDC_LEDGER_TEST_DIR=$dir"
        [ ! -f "$dir/ca.crt" ] || echo "PDC_LEDGER_TEST_CA=$dir/ca.crt"
    } >"$dir/env"
    chmod 644 "$dir/env"
    start_server "$dir"
}

cmd=${1:-}
case "$cmd" in
init) init_server "${2:?folder}" ;;
start) start_server "${2:?folder}" ;;
stop) stop_server "${2:?folder}" ;;
destroy)
    dir=${2:?folder}
    if [ -d "$dir" ]; then
        stop_server "$dir" || true
        rm -rf "$dir"
    fi
    ;;
run)
    shift
    [ $# -gt 0 ] || die "run needs a command"
    dir=$(mktemp -d)
    trap 'stop_server "$dir" || true; rm -rf "$dir"' EXIT
    rmdir "$dir"
    init_server "$dir"
    set -a
    # shellcheck disable=SC1091
    . "$dir/env"
    set +a
    "$@"
    ;;
*) die "usage: with-postgres.sh init|start|stop|destroy FOLDER, or run CMD..." ;;
esac
