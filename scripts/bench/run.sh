#!/usr/bin/env bash
# The register benchmark: ppid replaying a workload script against sqlite3 doing the
# same bookkeeping in SQL, plus start-up time. See scripts/bench/README.md.
#
#   scripts/bench/run.sh [--quick | --big] [--pairs K] [--sizes N,N,...] [--strict] [PPID_BINARY]
#
# Exit: 0 done (targets are reported, not enforced, unless --strict); 1 a wrong answer
# from ppid or sqlite3; 2 a target missed under --strict; 64 usage; 66 binary not found.
set -euo pipefail
export LC_ALL=C                       # EPOCHREALTIME and printf use '.' as the decimal point

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=$HERE/work
SQLITE3=${SQLITE3:-sqlite3}
GNU_TIME=${GNU_TIME-/usr/bin/time}    # set GNU_TIME= to measure without it

usage() { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "run.sh: $1" >&2; exit "${2:-1}"; }

sizes="10000,100000"
pairs=3
startup_runs=30
strict=""
quick=""
ppid=""
while (($#)); do
    case $1 in
        --quick) sizes="1000"; pairs=1; startup_runs=5; quick="--quick" ;;
        --big) sizes="10000,100000,1000000" ;;
        --pairs) [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || die "--pairs needs a positive integer" 64; pairs=$2; shift ;;
        --sizes) [[ ${2:-} =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die "--sizes needs N,N,..." 64; sizes=$2; shift ;;
        --strict) strict="--strict" ;;
        -h|--help) usage; exit 0 ;;
        -*) usage >&2; exit 64 ;;
        *) [[ -z $ppid ]] || die "only one PPID_BINARY, got '$ppid' and '$1'" 64; ppid=$1 ;;
    esac
    shift
done

# --- the two programs --------------------------------------------------------------
BENCH_NAME=run.sh
source "$HERE/lib.sh"
ppid=$(bench_ppid "$ROOT" "$ppid") || exit $?
SQLITE3=$(bench_sqlite3 "$SQLITE3") || exit $?

if [[ -n $GNU_TIME && -x $GNU_TIME ]]; then
    have_time=1
else
    have_time=""
    echo "note: GNU time ($GNU_TIME) is missing (Debian: apt-get install -y time):" \
         "wall clock only, no peak memory" >&2
fi

mkdir -p "$WORK"
echo "== machine: $(uname -srm), $(nproc) cores; $("$SQLITE3" --version | cut -d' ' -f1,2)"
echo "== ppid: $ppid ($(du -h "$ppid" | cut -f1))"

# --- helpers -----------------------------------------------------------------------
# timed OUT ERR COMMAND...: runs COMMAND (stdin inherited) with stdout to OUT, stderr to
# ERR; sets WALL (seconds, microsecond clock) and PEAK (KiB, or "-") and RC.
timed() {
    local out=$1 err=$2; shift 2
    local tf=$WORK/time.txt t0 t1
    t0=$EPOCHREALTIME
    if [[ -n $have_time ]]; then
        "$GNU_TIME" -f "%e %M" -o "$tf" "$@" >"$out" 2>"$err" && RC=0 || RC=$?
    else
        "$@" >"$out" 2>"$err" && RC=0 || RC=$?
    fi
    t1=$EPOCHREALTIME
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
    if [[ -n $have_time ]]; then
        # On failure GNU time writes "Command exited with ..." first; the figures are last.
        PEAK=$(tail -n 1 "$tf" | awk '{ print $2 }')
        [[ $PEAK =~ ^[0-9]+$ ]] || PEAK="-"
    else
        PEAK="-"
    fi
}

# fail WHAT OUT ERR: a loud stop on a wrong answer, with what the program said.
fail() {
    local what=$1 out=$2 err=$3
    {
        echo
        echo "!!!! WRONG RESULT: $what"
        echo "---- stdout (last 20 lines):"; tail -n 20 "$out"
        echo "---- stderr (last 20 lines):"; tail -n 20 "$err"
    } >&2
    exit 1
}

# check_output TOOL N OUT ERR: the program's stdout must be exactly what gen.py expects.
check_output() {
    local tool=$1 n=$2 out=$3 err=$4 want got
    local expected=$WORK/workload-$n.expected
    if [[ $tool == ppid ]]; then
        want=$(sed -n 2p "$expected")                    # print count(dip where class == berkala)
    else
        want=$(cat "$expected")                          # both counts
    fi
    got=$(cat "$out")
    ((RC == 0)) || fail "$tool on N=$n exited with $RC" "$out" "$err"
    [[ $got == "$want" ]] || fail "$tool on N=$n printed '$got', expected '$want'" "$out" "$err"
    if [[ $tool == sqlite3 && -s $err ]]; then
        fail "sqlite3 on N=$n wrote to stderr" "$out" "$err"
    fi
}

# --- replay ------------------------------------------------------------------------
tsv=$WORK/measurements.tsv
: >"$tsv"
IFS=, read -r -a ns <<<"$sizes"
for n in "${ns[@]}"; do
    base=$WORK/workload-$n
    if [[ ! -s $base.ppid || ! -s $base.sql || ! -s $base.expected
          || $HERE/gen.py -nt $base.ppid ]]; then
        echo "== generating N=$n"
        python3 "$HERE/gen.py" "$n" "$WORK"
    fi
    echo "== N=$n: $pairs pair(s) of ppid run / sqlite3 (expected: $(paste -sd' ' "$base.expected"))"
    for ((pair = 1; pair <= pairs; pair++)); do
        timed "$WORK/ppid.out" "$WORK/ppid.err" "$ppid" run "$base.ppid"
        check_output ppid "$n" "$WORK/ppid.out" "$WORK/ppid.err"
        printf '%s\tppid\t%d\t%s\t%s\n' "$n" "$pair" "$WALL" "$PEAK" >>"$tsv"
        printf '   pair %d: ppid %8.3f s %8s KiB' "$pair" "$WALL" "$PEAK"

        timed "$WORK/sqlite3.out" "$WORK/sqlite3.err" "$SQLITE3" -bail :memory: <"$base.sql"
        check_output sqlite3 "$n" "$WORK/sqlite3.out" "$WORK/sqlite3.err"
        printf '%s\tsqlite3\t%d\t%s\t%s\n' "$n" "$pair" "$WALL" "$PEAK" >>"$tsv"
        printf '   sqlite3 %8.3f s %8s KiB\n' "$WALL" "$PEAK"
    done
done

# --- start-up ----------------------------------------------------------------------
echo "== start-up: ppid -e 'print 1' vs sqlite3 :memory: 'select 1'"
got=$("$ppid" -e 'print 1' 2>"$WORK/ppid.err") && RC=0 || RC=$?
printf '%s\n' "$got" >"$WORK/ppid.out"
((RC == 0)) || fail "ppid -e 'print 1' exited with $RC" "$WORK/ppid.out" "$WORK/ppid.err"
[[ $got == 1 ]] || fail "ppid -e 'print 1' printed '$got'" "$WORK/ppid.out" "$WORK/ppid.err"

# --- the prompt: opening a journal, and a query over 100k items -----------------------
# Skipped by --quick. The journal is gen.py 50000's workload without its closing assert and
# print: about 100k statements (info, classify, start, complete), as an office's journal
# would hold them. It is opened as a workspace (`ppid JOURNAL`) with stdin not a terminal,
# so ppid replays it, reads end of input and exits; HOME is a scratch folder.
prompt_lines=()
if [[ $sizes != 1000 ]]; then
    jbase=$WORK/workload-50000
    [[ -s $jbase.ppid && ! $HERE/gen.py -nt $jbase.ppid ]] || python3 "$HERE/gen.py" 50000 "$WORK" >/dev/null
    journal=$WORK/journal-100k.ppid
    grep -v -e '^#' -e '^assert ' -e '^print ' "$jbase.ppid" >"$journal"
    statements=$(grep -c . "$journal")
    mkdir -p "$WORK/home"
    opens=()
    for ((k = 1; k <= 3; k++)); do
        cp "$journal" "$WORK/journal-open.ppid"
        # --no-snapshot: this measures the replay; snapshot.sh below measures opening from the snapshot.
        HOME=$WORK/home timed "$WORK/ppid.out" "$WORK/ppid.err" "$ppid" --no-init --no-snapshot "$WORK/journal-open.ppid" </dev/null
        ((RC == 0)) || fail "ppid opening the journal exited with $RC" "$WORK/ppid.out" "$WORK/ppid.err"
        opens+=("$WALL")
    done
    open_median=$(printf '%s\n' "${opens[@]}" | sort -g | sed -n 2p)
    verdict=$(awk -v t="$open_median" 'BEGIN { print (t < 1.0 ? "ok" : "MISS") }')
    prompt_lines+=("prompt: opening a journal of $statements statements: $(printf '%.3f' "$open_median") s (median of 3; target < 1 s) $verdict")
    [[ $verdict == ok || -z $strict ]] || prompt_missed=2

    # --- the journal's snapshot: opening from it against replaying whole (snapshot.sh) ---
    snapshot_rc=0
    "$HERE/snapshot.sh" $strict "$ppid" "$journal" >"$WORK/snapshot.out" || snapshot_rc=$?
    ((snapshot_rc != 1 && snapshot_rc != 64)) || fail "scripts/bench/snapshot.sh exited with $snapshot_rc" "$WORK/snapshot.out" /dev/null
    ((snapshot_rc == 0)) || prompt_missed=2
    prompt_lines+=("$(cat "$WORK/snapshot.out")")

    # count(...) over 100k items: the 100k workload plus 100 queries, less the workload alone.
    qbase=$WORK/workload-100000
    [[ -s $qbase.ppid ]] || python3 "$HERE/gen.py" 100000 "$WORK" >/dev/null
    query='count(info where class == berkala and status == approved)'
    list=$(seq -s ', ' 1 100)
    { cat "$qbase.ppid"; echo "let n = 0"; echo "for i in [$list] { n = n + $query }"; echo "print n"; } >"$WORK/query-100.ppid"
    { cat "$qbase.ppid"; echo "let n = 0"; echo "print n"; } >"$WORK/query-0.ppid"
    with=() without=()
    for ((k = 1; k <= 3; k++)); do
        timed "$WORK/ppid.out" "$WORK/ppid.err" "$ppid" run "$WORK/query-0.ppid"
        ((RC == 0)) || fail "ppid run query-0.ppid exited with $RC" "$WORK/ppid.out" "$WORK/ppid.err"
        without+=("$WALL")
        timed "$WORK/ppid.out" "$WORK/ppid.err" "$ppid" run "$WORK/query-100.ppid"
        ((RC == 0)) || fail "ppid run query-100.ppid exited with $RC" "$WORK/ppid.out" "$WORK/ppid.err"
        with+=("$WALL")
    done
    w=$(printf '%s\n' "${with[@]}" | sort -g | sed -n 2p)
    wo=$(printf '%s\n' "${without[@]}" | sort -g | sed -n 2p)
    prompt_lines+=("query: $query over 100k items: $(awk -v a="$w" -v b="$wo" 'BEGIN { printf "%.1f", (a - b) * 10 }') ms each (medians: 100 queries added $(awk -v a="$w" -v b="$wo" 'BEGIN { printf "%.2f", a - b }') s)")
fi

missed=0
prompt_missed=${prompt_missed:-0}
echo
echo "== results"
python3 "$HERE/stats.py" table "$tsv" $strict || missed=$?
if command -v hyperfine >/dev/null; then
    hyperfine -N --style none --warmup 3 --runs "$startup_runs" \
        --export-json "$WORK/startup.json" \
        "$ppid -e 'print 1'" "$SQLITE3 :memory: 'select 1'" >/dev/null
    python3 "$HERE/stats.py" hyperfine "$WORK/startup.json" $strict || missed=$?
else
    python3 "$HERE/stats.py" startup "$startup_runs" "$ppid" "$SQLITE3" $strict || missed=$?
fi
for line in "${prompt_lines[@]}"; do echo "$line"; done

# The bounded cases (scripts/bench/bounded.sh): each ends in time and memory with its error.
"$HERE/bounded.sh" $quick "$ppid" || missed=1
((prompt_missed == 0)) || missed=$prompt_missed
((missed == 0)) || exit "$missed"
