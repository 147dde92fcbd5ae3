#!/usr/bin/env bash
# Builds Reqdesk and starts the desktop app signed in against a local demo server.
#   ./scripts/run.sh [--offline] [reqdesk options...]
#
# Default: builds reqdesk, reqdesk-cli and reqdesk-server (release preset; REQDESK_PRESET=dev
# uses the dev build instead). On the first run it creates build/demo/server (the server's data
# folder), a demo user "demo" (role admin) whose generated password is kept in
# build/demo/demo-password (mode 0600) and printed once, and seeds the server with demo data
# (2,000 requisitions, 10,000 applications) plus the seed posting. Each run then starts
# reqdesk-server on 127.0.0.1 (the last run's port when it is free, so the cache keeps its
# sign-in, else any free port), waits for /readyz, signs the app's cache (build/demo/home) in
# with `reqdesk-cli login` (password on standard input, never an argument), runs one sync so the
# window opens with the data, starts the app with --server, and stops the server when the app
# exits.
#
# The app itself never reads a password: the CLI signs the cache in and stores the refresh
# token where the app finds it (the OS keychain; with no keychain service, as on a headless box
# or CI, REQDESK_TOKEN_STORE=file keeps it in an owner-only file next to the cache in
# build/demo/home).
#
# --offline: starts the app alone on build/demo/home's cache: no server, no sync (demo data is
# generated locally when that cache does not exist yet).
# Other arguments go to `reqdesk` (e.g. --screenshot DIR renders every pane and exits).
set -euo pipefail
cd "$(dirname "$0")/.."

offline=0
args=()
for a in "$@"; do
    case "$a" in
        --offline) offline=1 ;;
        *) args+=("$a") ;;
    esac
done

# Checked before the build: a window needs a display (X11, Wayland) or a chosen Qt platform.
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "run.sh: on a headless machine start it as:  xvfb-run -a ./scripts/run.sh" >&2
    echo "run.sh: or render the panes to PNG files:   QT_QPA_PLATFORM=offscreen ./scripts/run.sh --screenshot build/demo/screenshots" >&2
    exit 2
fi

preset="${REQDESK_PRESET:-release}"
./scripts/deps.sh
if [[ ! -f "build/$preset/build.ninja" ]]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j 2 --target reqdesk reqdesk-cli reqdesk-server

cli="$PWD/build/$preset/src/cli/reqdesk-cli"
app="$PWD/build/$preset/src/app/reqdesk"
server="$PWD/build/$preset/src/server/reqdesk-server"
demo="$PWD/build/demo"
seed_posting="$PWD/../shared/seed/posting-software-engineer-2.txt"
export REQDESK_HOME="$demo/home"
mkdir -p "$REQDESK_HOME"
chmod 700 "$demo" "$REQDESK_HOME"

if [[ $offline -eq 1 ]]; then
    if [[ ! -f "$REQDESK_HOME/cache.sqlite" ]]; then
        "$cli" generate --requisitions 2000 --applications 10000 --seed 42
        [[ -f "$seed_posting" ]] && "$cli" import "$seed_posting"
    fi
    "$cli" stats
    exec "$app" --offline ${args[@]+"${args[@]}"}
fi

# Without a session bus there is no keychain service to ask: keep the token in a file.
if [[ "$(uname -s)" == Linux && -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    export REQDESK_TOKEN_STORE=file
fi

data="$demo/server"
password_file="$demo/demo-password"
first_run=0
if [[ ! -f "$data/reqdesk-server.sqlite" || ! -f "$password_file" ]]; then
    first_run=1
    rm -rf "$data"
    mkdir -p "$data"
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' | head -c 24 >"$password_file")
    chmod 600 "$password_file"
    "$server" user add demo --role admin --data "$data" <"$password_file"
    echo "run.sh: demo user 'demo', password: $(cat "$password_file")  (kept in $password_file)"
    "$server" seed-demo --data "$data" --requisitions 2000 --applications 10000 --seed 42
fi

server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        echo "run.sh: reqdesk-server stopped"
    fi
    server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Starts the server on port $1 (0 = any free one); sets server_pid and port, or fails.
start_server() {
    : >"$demo/server.out"
    "$server" --data "$data" --listen "127.0.0.1:$1" >"$demo/server.out" 2>>"$demo/server.log" &
    server_pid=$!
    for _ in $(seq 1 100); do
        if grep -qE 'listening on 127\.0\.0\.1:[0-9]+' "$demo/server.out"; then
            port=$(grep -oE 'listening on 127\.0\.0\.1:[0-9]+' "$demo/server.out" | head -1 | sed 's/.*://')
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || { server_pid=""; return 1; }
        sleep 0.1
    done
    return 1
}

port="$(cat "$demo/server.port" 2>/dev/null || echo 0)"
if ! start_server "$port"; then
    [[ "$port" != 0 ]] && start_server 0 || { echo "run.sh: reqdesk-server did not start; see $demo/server.log" >&2; exit 1; }
fi
echo "$port" >"$demo/server.port"
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -fsS "$url/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS "$url/readyz" >/dev/null || { echo "run.sh: reqdesk-server is not ready; see $demo/server.log" >&2; exit 1; }
echo "run.sh: reqdesk-server on $url (logs: $demo/server.log)"

login() { "$cli" login --server "$url" --user demo --json <"$password_file"; }
answer="$(login)"
if grep -q '"persisted":false' <<<"$answer"; then
    # A keychain was expected but did not answer: fall back to the owner-only token file.
    export REQDESK_TOKEN_STORE=file
    login >/dev/null
fi
if [[ $first_run -eq 1 && -f "$seed_posting" ]]; then
    "$cli" import "$seed_posting" >/dev/null
fi
"$cli" sync
"$cli" stats

set +e
"$app" --server "$url" ${args[@]+"${args[@]}"}
code=$?
set -e
exit $code
