#!/usr/bin/env bash
# Fuzz "parse, resolve and run" of the ppid language with libFuzzer.
#
#   scripts/fuzz/run.sh [SECONDS] [extra libFuzzer flags...]   (default: 60 seconds)
#
# Builds the PPIDFuzz target (the one build command that works with libFuzzer on this
# toolchain: debug, -sanitize=fuzzer,address, an @_cdecl entry point) into scripts/fuzz/.build-fuzz, seeds the corpus in
# scripts/fuzz/work/corpus with every .ppid under scripts/ and Tests/, and writes crashes,
# timeouts and out-of-memory inputs to scripts/fuzz/work/crashes/. Both folders are
# git-ignored. Scripts run in a throwaway folder, /tmp/ppid-fuzz-sandbox/wd, so an
# `export` in a fuzzed script cannot write anywhere else. A run that computes for more than
# a second is interrupted as Ctrl-C would (Sources/PPIDFuzz/Watchdog.swift), so only an input
# that ignores the interrupt reaches the 5 s timeout.
#
# Replay one input:   scripts/fuzz/.build-fuzz/debug/PPIDFuzz FILE
# Minimise a crasher: scripts/fuzz/.build-fuzz/debug/PPIDFuzz -minimize_crash=1 -runs=2000 FILE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
shift || true

cd "$here"
swift build -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
  --scratch-path "$here/.build-fuzz" --product PPIDFuzz 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
bin="$(swift build -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
  --scratch-path "$here/.build-fuzz" --show-bin-path)/PPIDFuzz"

# The seeds, renamed without their .ppid suffix (the golden tests run every .ppid under scripts/).
mkdir -p work/corpus work/crashes
# Generated, git-ignored files (the benchmark's workloads, export folders) are not seeds.
find "$root/scripts" "$root/Tests" -name '*.ppid' -not -path "$here/*" -not -path "$root/scripts/bench/work/*" -not -path "$root/*/out/*" -print0 |
  while IFS= read -r -d '' f; do
    rel="${f#"$root"/}"
    cp "$f" "work/corpus/seed-${rel//\//_}.txt"
  done

# The sandbox: the working folder, with the calendar and SOP scripts the seeds load ("../calendar/...").
sandbox=/tmp/ppid-fuzz-sandbox
rm -rf "$sandbox"
mkdir -p "$sandbox/wd"
cp -r "$root/scripts/calendar" "$root/scripts/sop" "$sandbox/"

# Leak detection stays on (a leak is a finding too); pass -detect_leaks=0 to fuzz past one.
# Swift's own crash backtracer is off: under ASan it reads the stack and raises a second,
# misleading report; libFuzzer prints the stack of a Swift trap by itself.
# To keep going past crashes: run.sh SECONDS -fork=1 -ignore_crashes=1 -ignore_timeouts=1
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
exec "$bin" work/corpus \
  -dict="$here/ppid.dict" \
  -max_len=4096 -timeout=5 -rss_limit_mb=2048 \
  -max_total_time="$seconds" \
  -artifact_prefix="$here/work/crashes/" \
  -print_final_stats=1 \
  "$@"
