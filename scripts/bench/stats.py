#!/usr/bin/env python3
"""Statistics and tables for scripts/bench/run.sh (standard library only).

    stats.py table MEASUREMENTS.tsv [--strict]
        MEASUREMENTS.tsv rows: N <tab> tool <tab> pair <tab> wall_seconds <tab> peak_kib
        (tool is "ppid" or "sqlite3"; peak_kib is "-" when unknown). Prints the
        replay/memory table and the growth lines; exit 2 with --strict if a target is missed.
    stats.py hyperfine RESULT.json [--strict]
        Reads `hyperfine --export-json` for the two start-up commands (ppid first).
    stats.py startup RUNS PPID_BINARY SQLITE3_BINARY [--strict]
        Alternates `PPID -e 'print 1'` and `SQLITE3 :memory: 'select 1'` RUNS times each,
        timed with time.perf_counter around posix_spawn/waitpid; prints the medians.
"""

import json
import os
import statistics
import sys
import time

REPLAY_TARGET = 0.25    # ppid replay time / sqlite3 time
MEMORY_TARGET = 1.5     # ppid peak RSS / sqlite3 peak RSS
STARTUP_TARGET = 2.0    # ppid start-up / sqlite3 start-up
GROWTH_SLACK = 1.5      # time per item may grow at most this much from one N to the next


def mark(ok):
    return "ok" if ok else "MISS"


def fmt_n(n):
    if n % 1_000_000 == 0:
        return "%dM" % (n // 1_000_000)
    if n % 1000 == 0:
        return "%dk" % (n // 1000)
    return str(n)


def table(path):
    rows = {}
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 5:
                continue
            n, tool, _pair, wall, kib = parts
            entry = rows.setdefault(int(n), {}).setdefault(tool, {"wall": [], "kib": []})
            entry["wall"].append(float(wall))
            if kib != "-":
                entry["kib"].append(int(kib))
    missed = []
    header = ("N", "ppid s", "sqlite3 s", "ratio", "≤%g" % REPLAY_TARGET, "ppid MiB", "sqlite3 MiB", "ratio",
              "≤%g" % MEMORY_TARGET, "pairs")
    out = [header]
    medians = {}
    ratios = []                 # one line each per N under the table, for the final report
    for n in sorted(rows):
        p, s = rows[n].get("ppid"), rows[n].get("sqlite3")
        if not p or not s:
            continue
        pw, sw = statistics.median(p["wall"]), statistics.median(s["wall"])
        medians[n] = (pw, sw)
        tratio = pw / sw if sw > 0 else float("inf")
        tok = tratio <= REPLAY_TARGET
        ratios.append("replay ratio %s: ppid / sqlite3 = %.2f (target ≤ %g) %s"
                      % (fmt_n(n), tratio, REPLAY_TARGET, mark(tok)))
        if not tok:
            missed.append("replay %s: %.2f > %g" % (fmt_n(n), tratio, REPLAY_TARGET))
        if p["kib"] and s["kib"]:
            pm, sm = max(p["kib"]) / 1024, max(s["kib"]) / 1024
            mratio = pm / sm
            mok = mratio <= MEMORY_TARGET
            if not mok:
                missed.append("memory %s: %.2f > %g" % (fmt_n(n), mratio, MEMORY_TARGET))
            mem = ("%.1f" % pm, "%.1f" % sm, "%.2f" % mratio, mark(mok))
            ratios.append("peak memory ratio %s: ppid / sqlite3 = %.2f (target ≤ %g) %s"
                          % (fmt_n(n), mratio, MEMORY_TARGET, mark(mok)))
        else:
            mem = ("n/a", "n/a", "n/a", "n/a")
        out.append((fmt_n(n), "%.3f" % pw, "%.3f" % sw, "%.2f" % tratio, mark(tok)) + mem
                   + (str(min(len(p["wall"]), len(s["wall"]))),))
    widths = [max(len(r[c]) for r in out) for c in range(len(header))]
    for k, r in enumerate(out):
        print("  ".join(cell.rjust(widths[c]) for c, cell in enumerate(r)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print("(peak MiB is the largest RSS over the pairs; times are medians of wall clock)")
    for line in ratios:
        print(line)
    ns = sorted(medians)
    for a, b in zip(ns, ns[1:]):
        size = b / a
        for idx, tool in ((0, "ppid"), (1, "sqlite3")):
            ta, tb = medians[a][idx], medians[b][idx]
            growth = tb / ta if ta > 0 else float("inf")
            ok = growth <= size * GROWTH_SLACK
            if tool == "ppid" and not ok:
                missed.append("growth %s→%s: ×%.1f > ×%.1f" % (fmt_n(a), fmt_n(b), growth, size * GROWTH_SLACK))
            print("growth %-7s %s→%s: ×%.1f (linear ×%.0f)%s"
                  % (tool, fmt_n(a), fmt_n(b), growth, size, "" if tool != "ppid" else "  " + mark(ok)))
    return missed


def startup_line(p, s):
    ratio = p / s if s > 0 else float("inf")
    ok = ratio <= STARTUP_TARGET
    print("start-up: ppid %.2f ms, sqlite3 %.2f ms, ratio %.2f (target ≤ %.0f) %s"
          % (p * 1000, s * 1000, ratio, STARTUP_TARGET, mark(ok)))
    return [] if ok else ["start-up: %.2f > %.1f" % (ratio, STARTUP_TARGET)]


def hyperfine(path):
    with open(path) as f:
        results = json.load(f)["results"]
    if len(results) != 2:
        raise SystemExit("stats.py: expected two hyperfine results in %s" % path)
    p, s = results[0], results[1]
    print("(hyperfine: %d and %d runs; medians)" % (len(p["times"]), len(s["times"])))
    return startup_line(p["median"], s["median"])


def spawn_time(argv):
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        t0 = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status = os.waitpid(pid, 0)
        t1 = time.perf_counter()
    finally:
        os.close(devnull)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit("stats.py: %s exited with %d" % (" ".join(argv), code))
    return t1 - t0


def startup(runs, ppid, sqlite3):
    a = [ppid, "-e", "print 1"]
    b = [sqlite3, ":memory:", "select 1"]
    for _ in range(3):                       # warm the page cache
        spawn_time(a)
        spawn_time(b)
    pt, st = [], []
    for _ in range(runs):
        pt.append(spawn_time(a))
        st.append(spawn_time(b))
    print("(python loop: %d alternating pairs; medians)" % runs)
    return startup_line(statistics.median(pt), statistics.median(st))


def main(argv):
    strict = "--strict" in argv
    args = [a for a in argv[1:] if a != "--strict"]
    if not args:
        sys.stderr.write(__doc__)
        return 64
    cmd = args[0]
    if cmd == "table" and len(args) == 2:
        missed = table(args[1])
    elif cmd == "hyperfine" and len(args) == 2:
        missed = hyperfine(args[1])
    elif cmd == "startup" and len(args) == 4:
        missed = startup(int(args[1]), args[2], args[3])
    else:
        sys.stderr.write(__doc__)
        return 64
    for m in missed:
        print("target missed: " + m)
    return 2 if (strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
