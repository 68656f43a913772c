#!/usr/bin/env bash
# Builds the libFuzzer harnesses (the fuzz preset: clang-15, -fsanitize=fuzzer,address,undefined, in
# build/fuzz) and runs each for SECONDS (default 60), niced, one after the other. Each run starts from the
# committed seeds (fuzz/corpus/<harness>/) and the regression inputs (fuzz/regressions/<harness>/) and
# keeps what it learns in build/fuzz/corpus/<harness>/ (never in the repository). Prints, per harness,
# executions, coverage (cov: edges, ft: features), corpus size and any crash; a crash input is saved as
# build/fuzz/crashes/<harness>/crash-<sha1> and the script exits non-zero. docs/fuzzing.md says what to do
# with one.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]     e.g. scripts/fuzz.sh 600 decode_history sim_routes
# Environment: FUZZ_JOBS (build parallelism, default 2), FUZZ_NICE (default 15), FUZZ_TIMEOUT (seconds one
# input may take before libFuzzer calls it a hang, default 60: on a loaded shared machine a niced fuzzer is
# starved for seconds, and four "timeouts" of one campaign at 10 s each ran in under 1.3 s when replayed).
# Each harness also reports the CPU seconds it got, since wall time says little on a shared machine.
# FUZZ_OUT (default build/fuzz): where corpus/, crashes/ and logs/ go. The fuzz_short test uses its own, so
# a suite run beside a long campaign does not truncate the campaign's logs or share its corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
all=(decode_history decode_upgrade decode_health decode_session decode_errorbody json_reader
    history_export changerecord_verify journal_chain sim_request sim_routes sim_framer)
harnesses=("$@")
((${#harnesses[@]})) || harnesses=("${all[@]}")
for h in "${harnesses[@]}"; do
    [[ " ${all[*]} " == *" $h "* ]] || { echo "fuzz.sh: unknown harness $h (known: ${all[*]})" >&2; exit 2; }
done
command -v clang++-15 >/dev/null || { echo "fuzz.sh: clang++-15 is missing (scripts/setup.sh installs it)" >&2; exit 2; }

nice_level=${FUZZ_NICE:-15}
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --preset fuzz >/dev/null
nice -n "$nice_level" cmake --build build/fuzz -j "${FUZZ_JOBS:-2}" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.debug=false;*.info=false;*.warning=false'

failed=()
summary=()
for h in "${harnesses[@]}"; do
    out=${FUZZ_OUT:-build/fuzz}
    work=$out/corpus/$h crashes=$out/crashes/$h log=$out/logs/$h.log
    mkdir -p "$work" "$crashes" "$(dirname "$log")" "fuzz/regressions/$h"
    echo "== $h: ${seconds}s"
    status=0
    # Regressions first: a crash that is back fails at once, with its file named.
    nice -n "$nice_level" /usr/bin/time -f '%U %S' -o "$log.cpu" \
        "build/fuzz/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-60}" -rss_limit_mb=4096 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$work" "fuzz/corpus/$h" "fuzz/regressions/$h" >"$log" 2>&1 || status=$?
    # The last status line (#runs cov ft corp exec/s) and the final stats.
    line=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
    echo "   ${line:-no status line}"
    cpu=$(awk '/^[0-9.]+ [0-9.]+$/ {printf "%.0f", $1 + $2}' "$log.cpu" 2>/dev/null || true)
    echo "   executions: ${runs:-?}; CPU seconds: ${cpu:-?}"
    if ((status != 0)); then
        echo "   CRASH (exit $status): $(ls -t "$crashes" 2>/dev/null | head -1) — see $log"
        grep -E 'ERROR: |SUMMARY: |fuzz invariant broken|runtime error' "$log" | head -5 | sed 's/^/   /'
        failed+=("$h")
    fi
    summary+=("$(printf '%-20s %s executions, %s CPU s; %s' "$h" "${runs:-?}" "${cpu:-?}" "$(echo "$line" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]+' || true)")")
done

echo "== summary (${seconds}s per harness)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "fuzz.sh: crashes in: ${failed[*]}" >&2
    exit 1
fi
