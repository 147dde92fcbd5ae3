#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, on a free loopback port in a fresh temp directory.
#   pg-test-cluster.sh start   → prints "URL DIR" (postgresql://USER@127.0.0.1:PORT/reqdesk_test)
#   pg-test-cluster.sh stop DIR
# As root, the cluster runs as the unprivileged 'postgres' user (initdb refuses root).
# Exit code 77 when PostgreSQL is not installed, so callers can skip.
set -euo pipefail

bindir="${REQDESK_PG_BINDIR:-}"
if [[ -z "$bindir" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && bindir="$candidate"
    done
fi
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    echo "pg-test-cluster: no initdb found" >&2
    exit 77
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/reqdesk-pg.XXXXXX)
    # A start that fails half-way leaves no server and no directory behind.
    trap 'as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$dir"' ERR
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || { echo "pg-test-cluster: no postgres user" >&2; exit 77; }
        chown postgres: "$dir"
        owner=postgres
    else
        owner=$(id -un)
    fi
    # A free port: ask the kernel for one, then hand it to the server.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U "$owner" --auth=trust --no-sync -E UTF8 \
        --locale=C >"$dir/initdb.log" 2>&1
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$owner" reqdesk_test
    echo "postgresql://$owner@127.0.0.1:$port/reqdesk_test $dir"
    ;;
stop)
    dir="${2:?usage: pg-test-cluster.sh stop DIR}"
    [[ "$dir" == /tmp/reqdesk-pg.* ]] || { echo "pg-test-cluster: refusing to remove $dir" >&2; exit 2; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-test-cluster.sh start | stop DIR" >&2
    exit 2
    ;;
esac
