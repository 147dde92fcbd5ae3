#!/usr/bin/env bash
# Builds the bench preset and runs every benchmark in tests/bench. Each prints one JSON object
# per result on its own line; they are also collected in build/bench/results.jsonl.
#   ./scripts/bench.sh                 default sizes (see docs/performance.md)
#   REQDESK_BENCH_ROWS=1000000 ./scripts/bench.sh    the full TARGETS.md dataset
#   REQDESK_BENCH_ROWS=1000000 REQDESK_BENCH_APPLICATIONS=10000000 ./scripts/bench.sh
#       the full dataset for the app benchmarks too (P4 bench_search, P5 bench_jump,
#       P6 bench_startup, P7 bench_memory; default 100,000 requisitions and 100,000
#       applications). Their demo database is generated once per size and kept in
#       build/bench/data (delete it to regenerate): about 32 minutes and 25.5 GB of disk at
#       the full size on the 2-core machine (bulk loaded), then each of bench_search and
#       bench_jump waits 1–3 minutes for the app's background quick_check of the file.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
if [[ ! -f build/bench/build.ninja ]]; then
    cmake --preset bench
fi
cmake --build --preset bench -j 2

out=build/bench/results.jsonl
: > "$out"
for b in build/bench/tests/bench/bench_*; do
    [[ -x "$b" && -f "$b" ]] || continue
    echo "== $(basename "$b")" >&2
    "$b" | tee -a "$out"
done
# P8: the server against nginx with wrk (scripts/bench-server.sh).
echo "== bench-server" >&2
./scripts/bench-server.sh build/bench/src/server/reqdesk-server | tee -a "$out"
echo "results: $out" >&2
