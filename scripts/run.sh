#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts the Reqdesk desktop app on a
# demo cache in ./build/demo (REQDESK_HOME): on the first run it generates demo data with
# reqdesk-cli and imports the seed posting.
#   ./scripts/run.sh [--offline] [reqdesk options...]
# --offline: run without a server. That is the only mode until the sync engine lands, so it is
# accepted and implied. Other arguments go to `reqdesk` (e.g. --screenshot DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
for a in "$@"; do
    case "$a" in
        --offline) ;; # the default until sync lands
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

./scripts/deps.sh
if [[ ! -f build/release/build.ninja ]]; then
    cmake --preset release
fi
cmake --build --preset release -j 2 --target reqdesk reqdesk-cli

export REQDESK_HOME="$PWD/build/demo"
cli=build/release/src/cli/reqdesk-cli
app=build/release/src/app/reqdesk
mkdir -p "$REQDESK_HOME"
if [[ ! -f "$REQDESK_HOME/cache.sqlite" ]]; then
    "$cli" generate --requisitions 2000 --applications 10000 --seed 42
    seed=../shared/seed/posting-software-engineer-2.txt
    [[ -f "$seed" ]] && "$cli" import "$seed"
fi
"$cli" stats

exec "$app" ${args[@]+"${args[@]}"}
