#!/usr/bin/env bash
# Runs benchmarks/bench_ledger against a private PostgreSQL 15 server made for the run (and removed
# afterwards) by scripts/with-postgres.sh. Arguments go to the benchmark, e.g. --records 100000.
#   BUILD_DIR=build/release scripts/bench-ledger.sh      (default build/dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exe="$root/${BUILD_DIR:-build/dev}/benchmarks/bench_ledger"
[ -x "$exe" ] || { echo "bench-ledger: $exe is not built (cmake --build ... --target bench_ledger)" >&2; exit 1; }
exec "$root/scripts/with-postgres.sh" run "$exe" "$@"
