# What the benchmark scripts share: finding (or building) the ppid binary they measure and
# checking for the sqlite3 shell they compare it with. Sourced, not run:
#
#   source "$HERE/lib.sh"
#   ppid=$(bench_ppid "$ROOT" "$ppid") || exit $?
#   SQLITE3=$(bench_sqlite3 "$SQLITE3") || exit $?
#
# Both print the absolute path on stdout, or say why not on stderr and return 66 (a program
# not found) or 1 (the build failed). The caller's name for messages is $BENCH_NAME.

# bench_ppid ROOT [BINARY]: BINARY as an absolute path; without one, ROOT's release binary,
# built first (`swift build -c release --static-swift-stdlib`) when it is missing.
bench_ppid() {
    local root=$1 ppid=${2:-}
    if [[ -z $ppid ]]; then
        ppid=$root/.build/release/ppid
        if [[ ! -x $ppid ]]; then
            echo "== building $ppid (swift build -c release --static-swift-stdlib)" >&2
            (cd "$root" && swift build -c release --static-swift-stdlib >&2) \
                || { echo "${BENCH_NAME:-bench}: build failed" >&2; return 1; }
        fi
    fi
    [[ -x $ppid ]] || { echo "${BENCH_NAME:-bench}: ppid binary not found or not executable: $ppid" >&2; return 66; }
    echo "$(cd "$(dirname "$ppid")" && pwd)/$(basename "$ppid")"
}

# bench_sqlite3 COMMAND: the sqlite3 shell's absolute path.
bench_sqlite3() {
    command -v "$1" >/dev/null \
        || { echo "${BENCH_NAME:-bench}: sqlite3 not found (apt-get install -y sqlite3)" >&2; return 66; }
    command -v "$1"
}
