#!/usr/bin/env bash
# P8 (TARGETS.md): reqdesk-server's authenticated pulls against nginx serving a static JSON
# file, measured with wrk in the same run, everything on 127.0.0.1. Called by ./scripts/bench.sh;
# can run alone after a bench build:
#   ./scripts/bench-server.sh [path/to/reqdesk-server]
# Prints one JSON object per line: each measurement, then the ratios against nginx.
# BENCH_DURATION (default 10s), BENCH_CONNECTIONS (32), BENCH_THREADS (2) tune wrk.
# Each measurement also reports the serving process's CPU time per answer (cpu_us_per_request,
# from /proc; not changed by other load on the machine, unlike the rate) and the load average.
# BENCH_PROFILE_DIR=DIR also records each server run with `perf record -g` into
# DIR/<bench>.perf.data (read with `perf report -i ...`); the profiler costs some throughput.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
server="${1:-$root/build/bench/src/server/reqdesk-server}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
lua="$root/scripts/bench/wrk-report.lua"

for tool in wrk nginx curl jq; do
    command -v "$tool" >/dev/null || [[ -x "/usr/sbin/$tool" ]] \
        || { echo "bench-server: $tool missing (./scripts/deps.sh)" >&2; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$server" ]] || { echo "bench-server: no $server (build the bench preset)" >&2; exit 1; }

work=$(mktemp -d /tmp/reqdesk-bench-server.XXXXXX)
chmod 755 "$work" # nginx's worker may run as nobody
server_pid=""
nginx_pid=""
cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# A port nobody listens on (a refused connection means free).
free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

# --- reqdesk-server: fresh data dir, one recruiter, started on port 0 (it prints the port) ---
data="$work/data"
password="bench-password-$RANDOM$RANDOM"
"$server" user add bench --role recruiter --data "$data" --password-cost min <<< "$password" \
    >/dev/null
"$server" --data "$data" --listen 127.0.0.1:0 --password-cost min \
    >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.out")
    [[ -n "$port" ]] && break
    sleep 0.1
done
[[ -n "$port" ]] || { echo "bench-server: server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
base="http://127.0.0.1:$port"

token=$(jq -n --arg p "$password" '{name:"bench",password:$p,device_name:"bench"}' \
    | curl -sf -H 'Content-Type: application/json' --data-binary @- "$base/v1/auth/login" \
    | jq -r .access_token)
[[ "$token" == rda_* ]] || { echo "bench-server: login failed" >&2; exit 1; }
auth=(-H "Authorization: Bearer $token" -H 'Content-Type: application/json')

# Seed 150 requisitions (two pushes; at most 100 mutations each) from the wire fixture.
template="$root/tests/data/wire/requisition.json"
for batch in 0 1; do
    jq -c --argjson batch "$batch" '
        . as $r | {mutations: [range(0; 75) as $i |
            ($batch * 75 + $i) as $n |
            ("6f1c2a3b-4d5e-4f60-8a1b-" + ("000000000000" + ($n|tostring))[-12:]) as $id |
            ("7f1c2a3b-4d5e-4f60-8a1b-" + ("000000000000" + ($n|tostring))[-12:]) as $band |
            {mutation_id: ("9a0e0000-0000-4000-8000-" + ("000000000000" + ($n|tostring))[-12:]),
             entity: "requisition", entity_id: $id, op: "insert", base_version: 0,
             changes: ($r | .id = $id | .title = ("Engineer " + ($n|tostring))
                          | .bands[0].id = $band | .version = 0)}]}' "$template" \
        | curl -sf "${auth[@]}" --data-binary @- "$base/v1/sync/push" \
        | jq -e '[.results[].outcome] | all(. == "applied")' >/dev/null \
        || { echo "bench-server: seeding failed" >&2; exit 1; }
done

# The head: page through the feed until caught up.
cursor=0
while :; do
    page=$(curl -sf "${auth[@]}" "$base/v1/sync/changes?cursor=$cursor&limit=500")
    cursor=$(jq -r .next_cursor <<< "$page")
    [[ $(jq -r .has_more <<< "$page") == true ]] || break
done
rows=$(curl -sf "${auth[@]}" "$base/v1/sync/changes?cursor=0&limit=100" | jq '.changes | length')
[[ "$rows" == 100 ]] || { echo "bench-server: expected a 100-row page, got $rows" >&2; exit 1; }

# --- nginx: non-daemon, one worker, temporary prefix, a small static JSON file ---
nginx_port=$(free_port)
mkdir -p "$work/nginx/html" "$work/nginx/logs"
curl -sf "${auth[@]}" "$base/v1/sync/changes?cursor=$cursor" > "$work/nginx/html/static.json"
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp_body;
    proxy_temp_path $work/nginx/tmp_proxy;
    fastcgi_temp_path $work/nginx/tmp_fastcgi;
    uwsgi_temp_path $work/nginx/tmp_uwsgi;
    scgi_temp_path $work/nginx/tmp_scgi;
    types { application/json json; }
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work/nginx/html; }
    }
}
CONF
chmod -R a+rX "$work/nginx"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/logs/stderr.log" &
nginx_pid=$!
for _ in $(seq 1 50); do
    curl -sf "http://127.0.0.1:$nginx_port/static.json" >/dev/null && break
    sleep 0.1
done
curl -sf "http://127.0.0.1:$nginx_port/static.json" >/dev/null \
    || { echo "bench-server: nginx did not start" >&2; cat "$work/nginx/logs/"* >&2; exit 1; }

profile_dir="${BENCH_PROFILE_DIR:-}"
clk_tck=$(getconf CLK_TCK)
# CPU time (user + system, all threads) a process has used, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
nginx_worker=$(pgrep -P "$nginx_pid" | head -1)
measure() { # name url [token]
    local perf_pid="" watched before after line
    watched=$([[ -n "${3:-}" ]] && echo "$server_pid" || echo "$nginx_worker")
    before=$(cpu_ticks "$watched")
    if [[ -n "$profile_dir" && -n "${3:-}" ]]; then
        mkdir -p "$profile_dir"
        perf record -q -F 999 -g -p "$server_pid" -o "$profile_dir/$1.perf.data" \
            -- sleep "${duration%s}" >/dev/null 2>&1 &
        perf_pid=$!
    fi
    line=$(BENCH_NAME="$1" BENCH_TOKEN="${3:-}" wrk -t "$threads" -c "$connections" \
        -d "$duration" -s "$lua" "$2" | grep '^{')
    after=$(cpu_ticks "$watched")
    [[ -n "$perf_pid" ]] && wait "$perf_pid"
    # The serving process's own CPU time per answer: what the machine's other load does not
    # change (the rate does, and the ratio to nginx with it).
    jq -c --argjson ticks "$((after - before))" --argjson hz "$clk_tck" \
        '. + {cpu_us_per_request: (if .requests > 0
              then ($ticks / $hz * 1e6 / .requests * 10 | round) / 10 else null end),
              load_average: ($load | split(" ")[0] | tonumber)}' \
        --arg load "$(cut -d' ' -f1 /proc/loadavg)" <<< "$line"
}

# The same kind of page without the page cache's help: every request picks a random cursor
# (0-49) and limit (100-149), 2,500 different pages of 100-149 rows for a cache of 64, so
# nearly every answer is read and built afresh. Reported, not part of the target.
uncached_lua="$work/changes-uncached.lua"
cat > "$uncached_lua" <<LUA
dofile("$lua")
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end
function init(args)
    math.randomseed(os.time() * 100 + id)
end
function request()
    return wrk.format(nil, "/v1/sync/changes?cursor=" .. math.random(0, 49)
        .. "&limit=" .. math.random(100, 149))
end
LUA

results="$work/results.jsonl"
measure nginx_static_json "http://127.0.0.1:$nginx_port/static.json" | tee -a "$results"
measure server_changes_none "$base/v1/sync/changes?cursor=$cursor" "$token" | tee -a "$results"
measure server_changes_100 "$base/v1/sync/changes?cursor=0&limit=100" "$token" | tee -a "$results"
lua="$uncached_lua" measure server_changes_uncached "$base/v1/sync/changes" "$token" \
    | tee -a "$results"

jq -sc --argjson c "$connections" --argjson t "$threads" '
    (map({key: .bench, value: .}) | from_entries) as $r |
    ($r.nginx_static_json.requests_per_s) as $ref |
    {bench: "p8_no_changes_vs_nginx", unit: "ratio",
     value: (($r.server_changes_none.requests_per_s / $ref * 1000 | round) / 1000),
     target: 0.5, reference: $ref, connections: $c, threads: $t},
    {bench: "p8_100_rows_vs_nginx", unit: "ratio",
     value: (($r.server_changes_100.requests_per_s / $ref * 1000 | round) / 1000),
     target: 0.2, reference: $ref, connections: $c, threads: $t},
    {bench: "p8_uncached_pages_vs_nginx", unit: "ratio",
     value: (($r.server_changes_uncached.requests_per_s / $ref * 1000 | round) / 1000),
     reference: $ref, note: "100-149 rows, page cache defeated; no target"},
    {bench: "p8_cpu_per_request_vs_nginx", unit: "ratio",
     none: (($r.nginx_static_json.cpu_us_per_request / $r.server_changes_none.cpu_us_per_request
             * 1000 | round) / 1000),
     rows_100: (($r.nginx_static_json.cpu_us_per_request / $r.server_changes_100.cpu_us_per_request
                 * 1000 | round) / 1000)}' "$results"

# Any error status from the server during the runs shows in its log; report the count. 499 is
# the log's mark for a client gone before the answer: wrk closing its connections at the end.
errors=$(grep '"status":[45]' "$work/server.log" | grep -vc '"status":499' || true)
grep '"status":[45]' "$work/server.log" | grep -v '"status":499' | head -3 >&2 || true
echo "{\"bench\":\"p8_server_error_responses\",\"value\":$errors}"
