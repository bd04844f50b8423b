#!/usr/bin/env bash
# The checked build (issue 9): every test under AddressSanitizer + UndefinedBehaviorSanitizer,
# the tests' fixtures kept as the fuzzers' seed corpus, then each libFuzzer target (clang) for a
# bounded time (SEAGULL_FUZZ_SECONDS, default 20). Any sanitizer report, crash or hang fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SEAGULL_SANITIZE_DIR:-$root/build-asan}"
seconds="${SEAGULL_FUZZ_SECONDS:-20}"

bash "$root/installer/install-deps.sh"
# The suite with GCC's sanitizers (-O1 with line tables only: quick to build, stacks still
# exact); the fuzzers with clang's libFuzzer, which needs only the core library instrumented.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DSEAGULL_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
fuzzbuild="$build/fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$fuzzbuild" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
    -DSEAGULL_SANITIZE=ON -DSEAGULL_FUZZ=ON >/dev/null
targets=(cdr money ufdr ufdr_xml xry graphml anx phone)
cmake --build "$fuzzbuild" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
seeds="$build/seeds"
rm -rf "$seeds"
cd "$build"
# The whole suite, instrumented (the packages are built and checked by the normal build).
SEAGULL_FUZZ_SEEDS="$seeds" QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" -E '^package_contents$'

corpus() { # the seed folders for a target
    case "$1" in
        cdr|phone) echo "$seeds/csv" ;;
        money) echo "$seeds/xlsx" ;;
        ufdr) echo "$seeds/ufdr $seeds/zip" ;;
        ufdr_xml) echo "$seeds/xml" ;;
        xry) echo "$seeds/txt" ;;
        graphml) echo "$seeds/graphml" ;;
        anx) echo "$seeds/anx" ;;
    esac
}
rm -f "$build"/fuzz-findings-*
for target in "${targets[@]}"; do
    work="$build/fuzz-corpus/$target"
    mkdir -p "$work"
    dirs=()
    for d in $(corpus "$target"); do [ -d "$d" ] && dirs+=("$d"); done
    seedcount=0
    [ ${#dirs[@]} -gt 0 ] && seedcount=$(find "${dirs[@]}" -type f | wc -l)
    echo "fuzz_$target: ${seconds}s, $seedcount seed inputs from the tests"
    # A crash, a sanitizer report, a leak, a hang (30 s) or 3 GB of memory on one input is a
    # finding; an input that merely took long on a busy machine is not (reported past 60 s).
    (cd "$work" && "$fuzzbuild/tests/fuzz_$target" -max_total_time="$seconds" -timeout=30 -report_slow_units=60 -rss_limit_mb=3072 \
        -print_final_stats=1 -artifact_prefix="$build/fuzz-findings-$target-" "$work" "${dirs[@]}" 2>&1 |
        grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|ERROR|SUMMARY" || true)
    findings=$(find "$build" -maxdepth 1 -name "fuzz-findings-$target-*" ! -name "*-slow-unit-*")
    if [ -n "$findings" ]; then
        echo "fuzz_$target found a failing input: $findings" >&2
        exit 1
    fi
done
echo "sanitize: the suite is clean under ASan+UBSan and the fuzzers found nothing in ${seconds}s each"
