#!/usr/bin/env bash
# The action fuzz suite (src/lib/server/action-fuzz.db.test.ts) with more inputs than CI gives it:
# every form action of the app, as a role its access lets through, on the seeded demo.
#   bash bench/fuzz-actions.sh [inputs per action, default 2000] [pglite|pg, default pg]
set -euo pipefail
runs="${1:-2000}"
target="${2:-pg}"
if [ "$target" = "pg" ]; then
  export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
else
  unset TEST_DATABASE_URL
fi
FUZZ_RUNS="$runs" FUZZ_TIMINGS="${FUZZ_TIMINGS:-}" npx vitest run --project db src/lib/server/action-fuzz.db.test.ts
