#!/usr/bin/env python3
"""Small measuring helpers for bench/run.sh (standard library only).

    measure.py time RUNS CMD...     "WALL CPU": median wall and CPU (user + system) time of
                                    RUNS runs after one warm-up, seconds
    measure.py pair RUNS CMD_A... --then CMD_B...
                                    "WALL_A CPU_A WALL_B CPU_B": as `time`, but the runs of A
                                    and B alternate, so both see the same machine load
    measure.py rss CMD...           max RSS of one run, KiB (from wait4's rusage)
    measure.py once CMD...          "SECONDS KIB EXIT" of one run
    measure.py median FILE.json     "WALL CPU" from a hyperfine --export-json file: the median
                                    wall time and the mean user + system time, seconds

CMD's standard output and error go to /dev/null; its exit status is not checked
(the broken plan exits 1), except that a command that cannot start is an error.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd: list[str]) -> tuple[float, int, int, float]:
    """Wall time in seconds, max RSS in KiB, exit status and CPU seconds of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode, usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    what = argv[1]
    if what == "time" and len(argv) >= 4:
        runs = max(1, int(argv[2]))
        cmd = argv[3:]
        run_once(cmd)  # warm-up: page cache, dynamic loader
        results = [run_once(cmd) for _ in range(runs)]
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[3] for r in results)
        print(f"{wall:.6f} {cpu:.6f}")
        return 0
    if what == "pair" and len(argv) >= 6 and "--then" in argv[4:]:
        runs = max(1, int(argv[2]))
        split = argv.index("--then", 4)
        a, b = argv[3:split], argv[split + 1:]
        run_once(a)  # warm-up
        run_once(b)
        ra, rb = [], []
        for _ in range(runs):
            ra.append(run_once(a))
            rb.append(run_once(b))
        print(" ".join(f"{statistics.median(r[k] for r in rs):.6f}"
                       for rs in (ra, rb) for k in (0, 3)))
        return 0
    if what == "rss" and len(argv) >= 3:
        print(run_once(argv[2:])[1])
        return 0
    if what == "once" and len(argv) >= 3:
        elapsed, rss, code, _ = run_once(argv[2:])
        print(f"{elapsed:.6f} {rss} {code}")
        return 0
    if what == "median" and len(argv) == 3:
        with open(argv[2], encoding="utf-8") as f:
            result = json.load(f)["results"][0]
        median = result.get("median")
        if median is None:
            median = statistics.median(result["times"])
        print(f"{median:.6f} {result['user'] + result['system']:.6f}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
