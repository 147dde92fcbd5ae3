#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite through ctest.
#   ./scripts/test.sh           the dev preset (Debug, warnings as errors)
#   ./scripts/test.sh asan      the same suite under AddressSanitizer and UBSan
# Extra arguments after the preset go to ctest (e.g. -L unit, -R tst_money).
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
shift || true

./scripts/deps.sh

if [[ ! -f "build/$preset/build.ninja" ]]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j 2

export REQDESK_SOURCE_DIR="$PWD"
ctest --preset "$preset" --label-exclude bench "$@"
