#!/usr/bin/env bash
# Installs what is missing, builds the release preset and starts Reqdesk on demo data.
# Until the desktop app lands, this runs the command-line tool against a demo cache
# in ./build/demo (REQDESK_HOME), importing the seed posting and showing what it holds.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
if [[ ! -f build/release/build.ninja ]]; then
    cmake --preset release
fi
cmake --build --preset release -j 2

export REQDESK_HOME="$PWD/build/demo"
cli=build/release/src/cli/reqdesk-cli
mkdir -p "$REQDESK_HOME"
if [[ ! -f "$REQDESK_HOME/cache.sqlite" ]]; then
    "$cli" generate --requisitions 2000 --applications 10000 --seed 42
    seed=../shared/seed/posting-software-engineer-2.txt
    [[ -f "$seed" ]] && "$cli" import "$seed"
fi
"$cli" stats
"$cli" search "software engineer" --limit 10
