-- wrk script for scripts/bench-server.sh: sets the request headers from the environment and
-- prints one JSON line with the rate and latency percentiles when the run ends.
--   BENCH_NAME      the "bench" value of the JSON line
--   BENCH_TOKEN     an access token; sent as "Authorization: Bearer ..." when set
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format(
        '{"bench":"%s","requests":%d,"requests_per_s":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,' ..
        '"errors":%d,"bytes_per_request":%.0f}\n',
        os.getenv("BENCH_NAME") or "wrk", summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors,
        summary.requests > 0 and summary.bytes / summary.requests or 0))
end
