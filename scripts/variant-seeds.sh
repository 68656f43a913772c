#!/usr/bin/env bash
# Runs the variant runbook (tests/variant/tst_variant_runbook: deployctl against portal-sim --variant SEED,
# every answer through Prism's validating proxy) for many seeds, and prints each failing seed with the
# command that replays it, then a summary (passed, failed, wall time). Builds nothing: build first
# (cmake --build --preset dev --target tst_variant_runbook).
#   scripts/variant-seeds.sh [FIRST] [COUNT]     default: seeds 1 to 200
#   BUILD_DIR=build/asan scripts/variant-seeds.sh 500 50
# Runs under its own D-Bus session with an unlocked gnome-keyring (deployctl keeps its session there).
set -uo pipefail
cd "$(dirname "$0")/.."
first=${1:-1}
count=${2:-200}
build=${BUILD_DIR:-build/dev}
exe=$build/tests/variant/tst_variant_runbook
sim=$build/app/console/portal-sim
for f in "$exe" "$sim"; do
    [ -x "$f" ] || { echo "variant-seeds: $f is not built (cmake --build --preset dev)" >&2; exit 2; }
done
batch=${VARIANT_BATCH:-25} # seeds per test process (one Prism start each; a crash loses one batch only)

sandbox=$(mktemp -d)
# The whole log stays in ${VARIANT_LOG:-/tmp/variant-seeds.log} for a failure's full story.
trap 'cp "$sandbox/log" "${VARIANT_LOG:-/tmp/variant-seeds.log}" 2>/dev/null; rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{data,config,cache,runtime,out}
chmod 700 "$sandbox/runtime"
export XDG_DATA_HOME=$sandbox/data XDG_CONFIG_HOME=$sandbox/config XDG_CACHE_HOME=$sandbox/cache
export XDG_RUNTIME_DIR=$sandbox/runtime QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false'
export PORTAL_SIM_EXE=$PWD/$sim CONSOLE_SOURCE_DIR=$PWD TEST_OUTPUT_DIR=$sandbox/out

# A seed's runbook takes seconds, but on a loaded machine a batch can pass QTest's 5-minute watchdog,
# which aborts the whole batch ("Received a fatal error", the rest "not run"): give it 15 minutes.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-900000}

start=$(date +%s)
last=$((first + count - 1))
log=$sandbox/log
: >"$log"
for ((from = first; from <= last; from += batch)); do
    to=$((from + batch - 1))
    ((to > last)) && to=$last
    echo "seeds $from-$to ..." >&2
    VARIANT_SEEDS="$from-$to" dbus-run-session -- sh -c \
        'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$0" runbook' \
        "$PWD/$exe" >>"$log" 2>&1
done
wall=$(($(date +%s) - start))

passed=$(grep -c '^PASS   : TestVariantRunbook::runbook(seed ' "$log")
failed_seeds=$(grep -o '^FAIL!  : TestVariantRunbook::runbook(seed [0-9]*)' "$log" | grep -o '[0-9]*)' | tr -d ')' | sort -n | uniq)
failed=$(echo -n "$failed_seeds" | grep -c . || true)
for seed in $failed_seeds; do
    echo "FAILED seed $seed"
    # The failure message (it starts with the seed and names the command, exit code and output).
    awk -v tag="runbook(seed $seed)" 'index($0, "FAIL!  : TestVariantRunbook::" tag) {p = 1; print; next}
        p && /^(PASS|FAIL!|QINFO|QWARN|QDEBUG|SKIP|Totals|\*\*\*\*)/ {p = 0} p' "$log" | head -n 12 | sed 's/^/    /'
    echo "    replay: $sim --variant $seed --time-scale 600 --seed-history 5"
    echo "            VARIANT_SEEDS=$seed $exe runbook   (under dbus-run-session with gnome-keyring)"
done
missing=$((count - passed - failed))
echo "variant seeds $first-$last: $passed passed, $failed failed${missing:+$([ "$missing" -gt 0 ] && echo ", $missing not run (crash?)")}, wall time ${wall}s"
[ "$failed" -eq 0 ] && [ "$missing" -le 0 ]
