#!/usr/bin/env bash
# Lints docs/api/openapi.yaml with Redocly's OpenAPI validator (TARGETS.md R5 docs side).
# The validator comes from the npm registry, pinned, into a project-local folder (never a
# global install): build/tools/node_modules. A second call finds it there and runs at once.
#   ./scripts/openapi-lint.sh              lint the document (exit 0 when valid)
#   ./scripts/openapi-lint.sh FILE         lint another document
# Exit codes: 0 valid, 1 invalid, 77 npm is missing (the CTest wrapper skips then).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=2.77.0
tools="${REQDESK_TOOLS_DIR:-$root/build/tools}"
document="${1:-$root/docs/api/openapi.yaml}"

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    echo "openapi-lint: npm/node not installed; cannot run the OpenAPI validator" >&2
    exit 77
fi

cli="$tools/node_modules/.bin/redocly"
stamp="$tools/.redocly-$version"
if [[ ! -x "$cli" || ! -f "$stamp" ]]; then
    mkdir -p "$tools"
    # One installer at a time (tests may run in parallel).
    exec 9>"$tools/.install.lock"
    flock 9
    if [[ ! -x "$cli" || ! -f "$stamp" ]]; then
        [[ -f "$tools/package.json" ]] || echo '{"name":"reqdesk-tools","private":true}' > "$tools/package.json"
        echo "openapi-lint: installing @redocly/cli@$version into $tools" >&2
        npm install --prefix "$tools" --no-audit --no-fund --save-exact --loglevel=error \
            "@redocly/cli@$version" >&2
        touch "$stamp"
    fi
    flock -u 9
fi

# The recommended ruleset, strict: warnings count too (see redocly.yaml beside the document).
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
cd "$root"
exec "$cli" lint --config "$root/docs/api/redocly.yaml" --format stylish "$document"
