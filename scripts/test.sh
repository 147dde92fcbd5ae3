#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite through ctest.
#   ./scripts/test.sh           the dev preset (Debug, warnings as errors), plus a short
#                               libFuzzer run of every fuzz target (clang preset "fuzz")
#   ./scripts/test.sh asan      the same suite under AddressSanitizer and UBSan
# Extra arguments after the preset go to the main ctest run (e.g. -L unit, -R tst_money).
# REQDESK_SKIP_FUZZ=1 skips the fuzz runs.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
shift || true

./scripts/deps.sh

configure() {
    [[ -f "build/$1/build.ninja" ]] || cmake --preset "$1"
}

export REQDESK_SOURCE_DIR="$PWD"

# Fuzz first, so the main suite's summary is the last thing printed.
if [[ "$preset" == dev && "${REQDESK_SKIP_FUZZ:-0}" != 1 ]] && command -v clang++ >/dev/null; then
    configure fuzz
    cmake --build --preset fuzz --target fuzz_targets
    ctest --preset fuzz
fi

configure "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" --label-exclude 'bench|fuzz' "$@"
