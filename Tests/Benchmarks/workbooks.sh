#!/usr/bin/env bash
# `pmprb compare` over generated worksheets as CSV files and as their workbook twins, written
# by `pmprb template --from`: the wall and CPU time of each, and their ratio. See
# docs/performance.md, *Workbooks (.xlsx)*.
#
#   Tests/Benchmarks/workbooks.sh
#   COUNT=200 ROUNDS=5 Tests/Benchmarks/workbooks.sh
#
# Settings (environment variables):
#   COUNT        how many worksheets (default: 2000)
#   SEED         seed of the generated worksheets (default: 2026)
#   ROUNDS       how many times each folder is compared, alternating; medians are reported
#                (default: 9)
#   STATIC=0     measure the plain `swift build -c release` instead of the README's install
#                build (`--static-swift-stdlib`, scratch path .build/static)
#   WORK         folder for the worksheets (default: a new temporary folder, removed at the
#                end; a given folder is kept and reused)
#   SKIP_BUILD=1 use the binary already built
#   PMPRB_BIN    measure this binary instead of building one
#   PMPRB_JOBS   passed on to pmprb: files read at once (default: the number of processors)
#
# It first checks that both folders give the same `compare --format csv`, the file names
# apart, and fails if not. Needs: bash, coreutils, sed, Python 3. Not a SwiftPM target.

set -euo pipefail

COUNT=${COUNT:-2000}
SEED=${SEED:-2026}
ROUNDS=${ROUNDS:-9}
BUILD_FLAGS=(--static-swift-stdlib)
SCRATCH=.build/static
if [[ "${STATIC:-1}" == 0 ]]; then
    BUILD_FLAGS=()
    SCRATCH=.build
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

source Tests/Benchmarks/binary.sh
echo "binary: $BIN" >&2

if [[ -n "${WORK:-}" ]]; then
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/pmprb-workbooks.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
fi

CSV="$WORK/csv-$COUNT"
XLSX="$WORK/xlsx-$COUNT"
if [[ ! -d "$CSV" ]] || [[ $(find "$CSV" -name '*.csv' | wc -l) -ne $COUNT ]]; then
    rm -rf "$CSV" "$XLSX"
    echo "generating $COUNT worksheets (seed $SEED) in $CSV" >&2
    "$BIN" generate zi-2021 --count "$COUNT" --seed "$SEED" -o "$CSV" >&2
fi
if [[ ! -d "$XLSX" ]] || [[ $(find "$XLSX" -name '*.xlsx' | wc -l) -ne $COUNT ]]; then
    rm -rf "$XLSX"
    mkdir -p "$XLSX"
    echo "writing their workbooks in $XLSX" >&2
    for file in "$CSV"/*.csv; do
        name=$(basename "$file" .csv)
        "$BIN" template zi-2021 --from "$file" -o "$XLSX/$name.xlsx" >/dev/null
    done
fi

# Both folders must give the same comparison, the file names apart.
"$BIN" compare "$CSV" --format csv >"$WORK/csv.out"
"$BIN" compare "$XLSX" --format csv | sed 's/\.xlsx/.csv/g; s/xlsx-'"$COUNT"'/csv-'"$COUNT"'/g' >"$WORK/xlsx.out"
if ! cmp -s "$WORK/csv.out" "$WORK/xlsx.out"; then
    echo "error: the workbooks do not compare as their CSV twins" >&2
    diff "$WORK/csv.out" "$WORK/xlsx.out" | head -5 >&2
    exit 1
fi

echo "CSV: $(du -sh "$CSV" | cut -f1), workbooks: $(du -sh "$XLSX" | cut -f1)" >&2
python3 Tests/Benchmarks/workbook_ratio.py "$ROUNDS" "$BIN" "$CSV" "$XLSX"
