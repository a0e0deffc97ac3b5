#!/usr/bin/env bash
# The pmprb benchmark: `score` on one worksheet and `compare` on 1, 100, 2,000 and 20,000
# generated worksheets, with the release build, measured with GNU time, side by side with a
# plain Python scorer of the same files (score_zi2021.py, same totals) and with the floor of
# reading the same bytes (`cat FILES | wc -l`). See docs/performance.md.
#
#   Tests/Benchmarks/run.sh                 # everything, results as a Markdown table
#   SIZES="1 100 2000" Tests/Benchmarks/run.sh
#
# Settings (environment variables):
#   SIZES          worksheet counts for compare (default: 1 100 2000 20000)
#   SEED           seed of the generated worksheets (default: 2026)
#   INSTRUMENT     built-in instrument (default: zi-2021)
#   SCORE_RUNS     how many times score runs; the median is reported (default: 50), timed
#                  from its start to its exit by spawn_time.py
#   REPEAT         how many times each compare (and the Python scorer, and cat | wc) runs; the
#                  run with the median wall time is reported (default: 5)
#   PYTHON         the Python interpreter for score_zi2021.py (default: python3); SKIP_PYTHON=1
#                  leaves the Python scorer out (it only scores zi-2021)
#   PMPRB_JOBS     passed on to pmprb: files read at once (default: the number of processors)
#   SCRATCH        SwiftPM scratch path (default: .build)
#   STATIC=1       build with --static-swift-stdlib, the README's install build (scratch path
#                  .build/static unless SCRATCH is given)
#   WORK           folder for the generated worksheets (default: a new temporary folder,
#                  removed at the end; a given folder is kept and reused)
#   SKIP_BUILD=1   use the binary already built
#   PMPRB_BIN      measure this binary instead of building one (e.g. an older build)
#
# Needs: bash, GNU time (/usr/bin/time; Debian: apt-get install time), coreutils, awk, Python 3.
# Not a SwiftPM target: `swift build` and `swift test` never see this folder.

set -euo pipefail

SIZES=${SIZES:-"1 100 2000 20000"}
SEED=${SEED:-2026}
INSTRUMENT=${INSTRUMENT:-zi-2021}
SCORE_RUNS=${SCORE_RUNS:-50}
REPEAT=${REPEAT:-5}
PYTHON=${PYTHON:-python3}
BUILD_FLAGS=()
if [[ "${STATIC:-0}" == 1 ]]; then
    BUILD_FLAGS=(--static-swift-stdlib)
    SCRATCH=${SCRATCH:-.build/static}
fi
SCRATCH=${SCRATCH:-.build}

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time (GNU time) is missing; on Debian: apt-get install time" >&2
    exit 1
fi

source Tests/Benchmarks/binary.sh

if [[ -n "${WORK:-}" ]]; then
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/pmprb-bench.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
fi

# One generated set of the largest size; each smaller set holds hard links to its first files,
# so every set is the same worksheets and only the count changes.
LARGEST=$(printf '%s\n' $SIZES | sort -n | tail -1)
ALL="$WORK/all-$LARGEST"
if [[ ! -d "$ALL" ]] || [[ $(find "$ALL" -name '*.csv' | wc -l) -ne $LARGEST ]]; then
    rm -rf "$ALL"
    echo "generating $LARGEST worksheets (seed $SEED) in $ALL" >&2
    "$BIN" generate "$INSTRUMENT" --count "$LARGEST" --seed "$SEED" -o "$ALL" >&2
fi
find "$ALL" -name '*.csv' | sort >"$WORK/files.txt"
for n in $SIZES; do
    set_dir="$WORK/set-$n"
    if [[ ! -d "$set_dir" ]] || [[ $(find "$set_dir" -name '*.csv' | wc -l) -ne $n ]]; then
        rm -rf "$set_dir"
        mkdir -p "$set_dir"
        while read -r file; do
            ln "$file" "$set_dir/" 2>/dev/null || cp "$file" "$set_dir/"
        done < <(head -n "$n" "$WORK/files.txt")
    fi
done

load() { awk '{print $1}' /proc/loadavg; }

# Runs a command under GNU time -v; prints "wall user sys peak_kb cpu_percent". The wall time
# is taken with `date` in nanoseconds, since GNU time shows only hundredths of a second.
measure() {
    local log start end
    log=$(mktemp "$WORK/time.XXXXXX")
    start=$(date +%s%N)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || {
        echo "error: '$*' failed:" >&2
        tail -5 "$log" >&2
        exit 1
    }
    end=$(date +%s%N)
    awk -F': ' -v ns=$((end - start)) '
        BEGIN { wall = ns / 1e9 }
        /User time \(seconds\)/ { user = $2 }
        /System time \(seconds\)/ { sys = $2 }
        /Maximum resident set size/ { peak = $2 }
        /Percent of CPU this job got/ { cpu = $2; sub("%", "", cpu) }
        END { printf "%.3f %.2f %.2f %d %d\n", wall, user, sys, peak, cpu }' "$log"
    rm -f "$log"
}

echo "## Machine"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- CPU: $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(nproc) processors"
echo "- memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "- pmprb: $("$BIN" --version), PMPRB_JOBS=${PMPRB_JOBS:-unset}"
if ldd "$BIN" 2>/dev/null | grep -q libswiftCore; then
    echo "- Swift runtime: shared libraries of the toolchain"
else
    echo "- Swift runtime: linked in (--static-swift-stdlib)"
fi
echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# score: one worksheet, SCORE_RUNS process runs, the wall time of each from its start to its
# exit (spawn_time.py), and of `true` the same way: the timer's own share.
sample="$WORK/set-1/$(ls "$WORK/set-1" | head -1)"
read -r median_ms min_ms < <("$PYTHON" "$ROOT/Tests/Benchmarks/spawn_time.py" "$SCORE_RUNS" "$BIN" score "$sample")
read -r true_ms _ < <("$PYTHON" "$ROOT/Tests/Benchmarks/spawn_time.py" "$SCORE_RUNS" true)
score_load=$(load)
read -r s_wall s_user s_sys s_peak s_cpu < <(measure "$BIN" score "$sample")

echo "## score, one worksheet ($SCORE_RUNS runs)"
echo
echo "| median wall ms | fastest wall ms | peak RSS MB | load | \`true\`, median ms |"
echo "|---:|---:|---:|---:|---:|"
awk -v m="$median_ms" -v f="$min_ms" -v p="$s_peak" -v l="$score_load" -v t="$true_ms" \
    'BEGIN { printf "| %.1f | %.1f | %.1f | %s | %.2f |\n", m, f, p / 1024, l, t }'
echo

# The run with the median wall time of REPEAT runs of a command, as
# "wall user sys peak_kb cpu_percent load_before".
median_run() {
    local runs=() before r
    for ((r = 0; r < REPEAT; r++)); do
        before=$(load)
        runs+=("$(measure "$@") $before")
    done
    printf '%s\n' "${runs[@]}" | sort -n -k1,1 | awk -v k="$REPEAT" 'NR == int((k + 1) / 2)'
}

echo "## compare (median of $REPEAT runs by wall time)"
echo
echo "CPU is user + system time; load is the 1-minute load average before the run. python is"
echo "Tests/Benchmarks/score_zi2021.py on the same files; floor is \`cat FILES | wc -l\`."
echo
echo "| worksheets | MB of CSV | wall s | CPU s | worksheets/s | MB/s | peak RSS MB | CPU % | load | python wall s | python CPU s | python ÷ pmprb (wall) | floor wall s | pmprb ÷ floor (wall) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
    set_dir="$WORK/set-$n"
    bytes=$(find "$set_dir" -name '*.csv' -printf '%s\n' | awk '{s += $1} END {print s}')
    read -r wall user sys peak cpu before < <(median_run "$BIN" compare "$set_dir")
    if [[ "${SKIP_PYTHON:-0}" != 1 && "$INSTRUMENT" == zi-2021 ]]; then
        read -r p_wall p_user p_sys _ _ _ < <(median_run "$PYTHON" \
            "$ROOT/Tests/Benchmarks/score_zi2021.py" "$set_dir")
    else
        p_wall=0 p_user=0 p_sys=0
    fi
    read -r f_wall _ _ _ _ _ < <(median_run bash -c 'cat "$1"/*.csv | wc -l' floor "$set_dir")
    awk -v n="$n" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" -v c="$cpu" \
        -v l="$before" -v pw="$p_wall" -v pu="$p_user" -v ps="$p_sys" -v fw="$f_wall" 'BEGIN {
            mb = b / 1e6
            pwall = "–"; pcpu = "–"; pratio = "–"
            if (pw > 0) {
                pwall = sprintf("%.3f", pw); pcpu = sprintf("%.2f", pu + ps)
                pratio = sprintf("%.1f", pw / w)
            }
            printf "| %d | %.2f | %.3f | %.2f | %.0f | %.1f | %.1f | %d | %s | %s | %s | %s | %.3f | %.2f |\n",
                n, mb, w, u + s, n / w, mb / w, p / 1024, c, l, pwall, pcpu, pratio, fw, w / fw
        }'
done
echo
if [[ "${SKIP_PYTHON:-0}" != 1 && "$INSTRUMENT" == zi-2021 ]]; then
    # The Python scorer must give pmprb's totals, or the comparison means nothing.
    check_dir="$WORK/set-$(printf '%s\n' $SIZES | sort -n | awk '$1 <= 2000' | tail -1)"
    "$BIN" compare "$check_dir" --format csv |
        awk -F, 'NR > 1 {print $4 "," $2 "," $5}' | sort >"$WORK/totals-pmprb.txt"
    "$PYTHON" "$ROOT/Tests/Benchmarks/score_zi2021.py" "$check_dir" | sort >"$WORK/totals-python.txt"
    if cmp -s "$WORK/totals-pmprb.txt" "$WORK/totals-python.txt"; then
        echo "Totals of pmprb and the Python scorer agree on all $(wc -l <"$WORK/totals-pmprb.txt") worksheets of $check_dir."
    else
        echo "error: the Python scorer's totals differ from pmprb's on $check_dir" >&2
        exit 1
    fi
    echo
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
