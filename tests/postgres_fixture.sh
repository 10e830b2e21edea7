#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL cluster for the storage tests: Debian's server,
# a cluster in a temporary folder, listening on a loopback port only.
#   tests/postgres_fixture.sh start|stop DIR PORT [BIN]   (BIN: the server's programs, as CMake found them)
set -euo pipefail
action="$1"
dir="$2"
port="$3"
bin="${4:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$bin" ]; then
    echo "postgres_fixture: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi
# initdb refuses to run as root: run the server as the postgres user then.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
case "$action" in
    start)
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        mkdir -p "$dir"
        [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
        as_server_user "$bin/initdb" -D "$dir/data" -U reportlens -A trust -E UTF8 \
            --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
        as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" \
            start >/dev/null
        echo "postgres_fixture: server on 127.0.0.1:$port ($dir)"
        ;;
    stop)
        if [ -d "$dir/data" ]; then
            as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        ;;
    *)
        echo "usage: postgres_fixture.sh start|stop DIR PORT" >&2
        exit 2
        ;;
esac
