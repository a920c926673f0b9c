#!/usr/bin/env bash
# The bounded cases: inputs that must END quickly and within memory, with an error (or, for
# the append loop, with the right answer in linear time). Each runs under `ulimit -v` and
# `timeout`; one line per case: wall time, peak RSS, exit status, the error code printed.
#
#   scripts/bench/bounded.sh [--quick] [PPID_BINARY]
#
# --quick (the test suite's): smaller inputs that still reach each limit (a 1.2 MB string literal,
# --max-memory 64 with 4 MB texts, a 10k/1k append loop). Exit: 0 every case ended as it
# must; 1 one did not; 64 usage; 66 binary not found.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BOUNDED_WORK:-$HERE/work/bounded}
GNU_TIME=${GNU_TIME-/usr/bin/time}
LIMIT_KB=1500000                      # ulimit -v: ~1.5 GB of address space
SECONDS_MAX=10

quick=""
ppid=""
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "bounded.sh: unknown option $1" >&2; exit 64 ;;
        *) ppid=$1 ;;
    esac
    shift
done
ppid=${ppid:-$ROOT/.build/release/ppid}
[[ -x $ppid ]] || { echo "bounded.sh: ppid binary not found: $ppid" >&2; exit 66; }
mkdir -p "$WORK"

if [[ -n $quick ]]; then
    stmt_items=400000; mem_flag=(--max-memory 64); doublings=22; big=10000; small=1000
else
    stmt_items=3333333; mem_flag=(); doublings=26; big=100000; small=10000
fi

# The inputs. Dates drive the loops (ppid has no integer ranges): 2000-01-01 plus N days.
python3 - "$WORK" "$stmt_items" "$doublings" "$big" "$small" <<'EOF'
import sys, datetime
work, items, doublings, big, small = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
def day(n): return (datetime.date(2000, 1, 1) + datetime.timedelta(days=n)).isoformat()
with open(f"{work}/statement.ppid", "w") as f:
    # --quick: one string literal (the lexer's limit); else a list literal of numbers.
    if items < 1000000:
        f.write('let x = "' + "x" * (3 * items) + '"\nprint 1\n')
    else:
        f.write("let x = [" + "0, " * items + "0]\nprint 1\n")
with open(f"{work}/strings.ppid", "w") as f:
    f.write(f'let s = "x"\nfor d in {day(0)}..{day(doublings - 1)} {{ s = s + s }}\n')
    f.write(f'let l = []\nfor d in {day(0)}..{day(39)} {{ l = l + [s + str(d)] }}\nprint len(l)\n')
with open(f"{work}/shared.ppid", "w") as f:
    f.write(f'let l = [1]\nfor d in {day(0)}..{day(59)} {{ l = [l, l] }}\nprint len(l)\nfor d in {day(0)}..{day(9)} {{ l = [l, l] }}\n')
for n in (big, small):
    with open(f"{work}/append-{n}.ppid", "w") as f:
        f.write(f'let l = []\nfor d in {day(0)}..{day(n - 1)} {{ l = l + [d] }}\nprint len(l)\n')
EOF

status=0
# case NAME WANT FILE [FLAGS...]: WANT is the error code expected on stderr, or "ok:TEXT"
# for a run that must succeed printing TEXT.
case_() {
    local name=$1 want=$2 file=$3; shift 3
    local tf=$WORK/time.txt out=$WORK/out.txt err=$WORK/err.txt rc t0 t1 wall peak code
    t0=$EPOCHREALTIME
    set +e
    if [[ -n $GNU_TIME && -x $GNU_TIME ]]; then
        (ulimit -v $LIMIT_KB; exec timeout $SECONDS_MAX "$GNU_TIME" -f "%M" -o "$tf" "$ppid" run "$@" "$file") >"$out" 2>"$err"
    else
        (ulimit -v $LIMIT_KB; exec timeout $SECONDS_MAX "$ppid" run "$@" "$file") >"$out" 2>"$err"
        echo "-" >"$tf"
    fi
    rc=$?
    set -e
    t1=$EPOCHREALTIME
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    peak=$(tail -n 1 "$tf" 2>/dev/null | awk '{ print $NF }')
    code=$(grep -o '\[E[0-9]\{3\}\]' "$err" | head -n 1 | tr -d '[]' || true)
    local verdict=ok
    if [[ $want == ok:* ]]; then
        [[ $rc == 0 && $(cat "$out") == "${want#ok:}" ]] || verdict=WRONG
    else
        [[ $code == "$want" ]] || verdict=WRONG
    fi
    ((rc != 124)) || verdict=TIMEOUT
    printf '%-34s %7s s %9s KiB  exit %3s  %-5s %s\n' "$name" "$wall" "$peak" "$rc" "${code:--}" "$verdict"
    [[ $verdict == ok ]] || { status=1; sed -n '1,3p' "$err" | cut -c1-200 >&2; }
}

echo "== bounded cases (ulimit -v $LIMIT_KB KiB, timeout ${SECONDS_MAX}s)"
case_ "statement of $(($(wc -c <"$WORK/statement.ppid") / 1000000)) MB" E110 "$WORK/statement.ppid"
case_ "40 texts of $((2 ** doublings / 1048576)) MiB${mem_flag:+ (${mem_flag[*]})}" E313 "$WORK/strings.ppid" "${mem_flag[@]}"
case_ "l = [l, l] x 60, then deeper" E310 "$WORK/shared.ppid"
case_ "append loop of $big" "ok:$big" "$WORK/append-$big.ppid"
case_ "append loop of $small" "ok:$small" "$WORK/append-$small.ppid"
exit $status
