#!/usr/bin/env bash
# The benchmark suite: every benchmark that has a target in issue 10, run several times on
# seeded data, beside the reference tool measured in the same run, printed as one Markdown table
# (tests/bench/benchsuite.h) for the README.
#
#   tests/bench/run-suite.sh [--build DIR] [--sizes 100000,1000000,5000000] [--runs 3] [--out FILE]
#   tests/bench/run-suite.sh --smoke     # the smallest sizes, once each (CTest: bench_suite_runs)
#
# --sizes are call-record rows (import, expansion, search, opening the case); charts are laid out
# and drawn at 1,000, 5,000 and 20,000 entities (10,000 for drawing), analysis runs on call graphs
# of 10,000 and 100,000 numbers (networkx makes the whole run take about an hour and a half at
# the default sizes). The references: the sqlite3 shell, the Graphviz sfdp command and
# networkx (installer/install-deps.sh installs them). Use a release build: cmake -B build-rel
# -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build build-rel.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/../../build"
sizes="100000,1000000,5000000"
runs=3
out=""
smoke=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --smoke) smoke=1; shift ;;
        *) echo "run-suite.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
bin="$build/tests/bench"
for program in bench_import bench_query bench_chart bench_analysis; do
    if [ ! -x "$bin/$program" ]; then
        echo "run-suite.sh: $bin/$program is not built (cmake --build $build)" >&2
        exit 1
    fi
done

chart_layout="1000,5000,20000"
chart_render="10000"
graphs="10000,100000"
if [ "$smoke" = 1 ]; then
    sizes="2000"; runs=1; chart_layout="300"; chart_render="300"; graphs="300"
fi

# The references must be there: a ratio to nothing is no ratio.
missing=()
command -v sqlite3 >/dev/null || missing+=("sqlite3 (apt-get install sqlite3)")
command -v sfdp >/dev/null || missing+=("sfdp (apt-get install graphviz)")
python3 -c "import networkx" 2>/dev/null || missing+=("networkx (apt-get install python3-networkx)")
if [ ${#missing[@]} -gt 0 ]; then
    printf 'run-suite.sh: a reference tool is missing: %s\n' "${missing[@]}" >&2
    exit 1
fi

export QT_QPA_PLATFORM=offscreen
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
{
    echo "Seagull $(git -C "$here/../.." describe --always --dirty 2>/dev/null || echo '?') on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, $(date -u +%Y-%m-%d)."
    echo
    echo "| work | size | runs | median s | min–max s | peak RSS MB | reference | reference median s | ratio | target | met |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
} > "$table"
run() {
    echo "run-suite.sh: $*" >&2
    "$@" | tee -a "$table" >&2
}
IFS=',' read -ra rows <<< "$sizes"
for n in "${rows[@]}"; do
    run "$bin/bench_import" --rows "$n" --runs "$runs" --suite
    run "$bin/bench_query" --rows "$n" --runs "$(( runs < 5 ? 5 : runs ))" --suite
done
run "$bin/bench_chart" --entities "$chart_layout" --runs "$runs" --engines sfdp --suite --layout-only
run "$bin/bench_chart" --entities "$chart_render" --runs "$runs" --engines sfdp --suite --draw-only
# Betweenness from 1,000 sources on both graphs (networkx's k): exact, networkx needs 16 minutes
# for 10,000 numbers and about 15 hours for 100,000; sampled, about 2 and 45 minutes.
run "$bin/bench_analysis" --sizes "$graphs" --networkx --suite --runs "$runs" --samples-above 5000
cat "$table"
if [ -n "$out" ]; then
    cp "$table" "$out"
fi
# Every benchmark gave its rows (a crash or a missing reference would leave them out).
expected=$(( ${#rows[@]} * 20 + $(tr ',' '\n' <<< "$chart_layout" | wc -l) + $(tr ',' '\n' <<< "$chart_render" | wc -l) * 3 \
    + $(tr ',' '\n' <<< "$graphs" | wc -l) * 3 ))
got=$(grep -c '^| [a-zA-Z]' "$table" || true)
got=$(( got - 1 )) # the header
if [ "$got" -ne "$expected" ]; then
    echo "run-suite.sh: $got rows, expected $expected" >&2
    exit 1
fi
if grep -q "no reference" "$table"; then
    echo "run-suite.sh: a reference was not measured" >&2
    exit 1
fi
