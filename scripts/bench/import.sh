#!/usr/bin/env bash
# The import benchmark: `ppid run` importing a DIP sheet of N rows (CSV, then XLSX) against
# sqlite3 doing `.import --csv` of the same CSV into an in-memory table, in one run.
#
#   scripts/bench/import.sh [--rows N] [--runs K] [--strict] [PPID_BINARY]
#
# Prints the best of K runs of each and the ratios. Target: 5,000 rows in under 1 s (the
# CSV and the XLSX). Exit: 0 done (the target is reported, not enforced, unless --strict);
# 1 a wrong answer; 2 the target missed under --strict; 64 usage; 66 a program not found.
set -euo pipefail
export LC_ALL=C                       # EPOCHREALTIME and printf use '.' as the decimal point

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$HERE/work
SQLITE3=${SQLITE3:-sqlite3}

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "import.sh: $1" >&2; exit "${2:-1}"; }

rows=5000
runs=3
strict=""
ppid=""
while (($#)); do
    case $1 in
        --rows) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--rows needs a positive integer" 64; rows=$2; shift ;;
        --runs) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive integer" 64; runs=$2; shift ;;
        --strict) strict=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; exit 64 ;;
        *) [[ -z $ppid ]] || die "only one PPID_BINARY, got '$ppid' and '$1'" 64; ppid=$1 ;;
    esac
    shift
done

BENCH_NAME=import.sh
source "$HERE/lib.sh"
ppid=$(bench_ppid "$ROOT" "$ppid") || exit $?
SQLITE3=$(bench_sqlite3 "$SQLITE3") || exit $?
command -v python3 >/dev/null || die "python3 not found" 66

mkdir -p "$WORK"
python3 "$HERE/gen-import.py" "$rows" "$WORK"
expected=$(( rows / 3 ))          # rows whose number is a multiple of 3 are Berkala

# best_of CMD...: runs CMD $runs times in $WORK, checks its last line, prints the best seconds.
best_of() {
    local best="" t0 t1 out
    for ((k = 0; k < runs; k++)); do
        t0=$EPOCHREALTIME
        out=$(cd "$WORK" && "$@" 2>&1) || die "failed: $* — $out"
        t1=$EPOCHREALTIME
        [[ ${out##*$'\n'} == "$expected" ]] || die "wrong answer from $1: '${out##*$'\n'}', expected $expected"
        local t
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    echo "$best"
}

csv=$(best_of "$ppid" run "import-$rows.ppid")
xlsx=$(best_of "$ppid" run "import-xlsx-$rows.ppid")
sql=$(best_of sh -c "'$SQLITE3' :memory: < sqlite-$rows.sql")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "inf" }'; }
printf '%-44s %8s s\n' "ppid run: import $rows rows from CSV" "$csv" \
                      "ppid run: import $rows rows from XLSX" "$xlsx" \
                      "sqlite3 :memory: .import --csv $rows rows" "$sql"
echo "ratio ppid CSV / sqlite3: $(ratio "$csv" "$sql")x; ppid XLSX / sqlite3: $(ratio "$xlsx" "$sql")x (best of $runs)"
missed=""
for t in "$csv" "$xlsx"; do
    awk -v t="$t" 'BEGIN { exit !(t >= 1.0) }' && missed=1
done
if [[ -n $missed ]]; then
    echo "target missed: $rows rows in under 1 s"
    [[ -n $strict ]] && exit 2
else
    echo "target met: $rows rows in under 1 s"
fi
exit 0
