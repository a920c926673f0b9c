#!/usr/bin/env bash
# Opening a journal from its snapshot against replaying it whole (docs/language.md §17,
# "The snapshot"). Called by run.sh with the journal it opens; runs on its own too:
#
#   scripts/bench/snapshot.sh [--strict] PPID_BINARY JOURNAL
#
# Prints one line: both medians of 7 opens and their ratio (target: at most 0.10), after
# checking that both opens reach the same digest. Exit: 0 done; 1 a wrong answer (the
# digests differ, no snapshot written, an open failed); 2 the target missed under --strict;
# 64 usage.
set -euo pipefail
export LC_ALL=C

strict=""
if [[ ${1:-} == --strict ]]; then strict=1; shift; fi
(($# == 2)) || { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 64; }
ppid=$1 source=$2
[[ -x $ppid && -s $source ]] || { echo "snapshot.sh: need a ppid binary and a journal" >&2; exit 64; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journal=$work/journal.ppid
cp "$source" "$journal"
mkdir -p "$work/home"

# open ARGS...: opens the journal (stdin not a terminal: replay, end of input, exit) and
# prints the wall-clock seconds it took.
open_journal() {
    local t0 t1
    t0=$EPOCHREALTIME
    HOME=$work/home "$ppid" --no-init "$@" "$journal" </dev/null >"$work/out" 2>"$work/err" \
        || { echo "snapshot.sh: opening the journal failed:" >&2; tail -n 5 "$work/err" >&2; exit 1; }
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}
# Seven opens each: a 40 ms open varies by a quarter from one run to the next here, and a
# median of three followed that noise.
median() { sort -g | sed -n 4p; }
digest() { echo 'print digest()' | HOME=$work/home "$ppid" --no-init "$@" "$journal" 2>"$work/err"; }

full=$(for k in 1 2 3 4 5 6 7; do open_journal --no-snapshot; done | median)
[[ ! -e $journal.snapshot ]] || { echo "snapshot.sh: --no-snapshot wrote a snapshot" >&2; exit 1; }
first=$(open_journal)                                   # replays whole and writes the snapshot
[[ -s $journal.snapshot ]] || { echo "snapshot.sh: no snapshot was written" >&2; exit 1; }
with=$(for k in 1 2 3 4 5 6 7; do open_journal; done | median)

want=$(digest --no-snapshot)
got=$(digest)
[[ -n $want && $got == "$want" ]] || { echo "snapshot.sh: digest from the snapshot $got, replayed whole $want" >&2; exit 1; }

size=$(du -k "$journal.snapshot" | cut -f1)
ratio=$(awk -v a="$with" -v b="$full" 'BEGIN { printf "%.3f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 0.10 ? "ok" : "MISS") }')
printf 'prompt: opening it from its snapshot (%s KiB): %.3f s, replaying it whole: %.3f s, the first open writing the snapshot: %.3f s; ratio %s (target <= 0.10) %s\n' \
    "$size" "$with" "$full" "$first" "$ratio" "$verdict"
[[ $verdict == ok || -z $strict ]] || exit 2
