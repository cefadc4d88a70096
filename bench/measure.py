#!/usr/bin/env python3
"""Small measuring helpers for bench/run.sh (standard library only).

    measure.py time RUNS CMD...     median wall time of RUNS runs (after one warm-up), seconds
    measure.py rss CMD...           max RSS of one run, KiB (from wait4's rusage)
    measure.py once CMD...          "SECONDS KIB EXIT" of one run
    measure.py median FILE.json     the median time in a hyperfine --export-json file, seconds

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


def run_once(cmd: list[str]) -> tuple[float, int, int]:
    """Wall time in seconds, max RSS in KiB and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, proc.returncode


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    what = argv[1]
    if what == "time" and len(argv) >= 4:
        runs = max(1, int(argv[2]))
        cmd = argv[3:]
        run_once(cmd)  # warm-up: page cache, dynamic loader
        print(f"{statistics.median(run_once(cmd)[0] for _ in range(runs)):.6f}")
        return 0
    if what == "rss" and len(argv) >= 3:
        print(run_once(argv[2:])[1])
        return 0
    if what == "once" and len(argv) >= 3:
        elapsed, rss, code = run_once(argv[2:])
        print(f"{elapsed:.6f} {rss} {code}")
        return 0
    if what == "median" and len(argv) == 3:
        with open(argv[2], encoding="utf-8") as f:
            result = json.load(f)["results"][0]
        median = result.get("median")
        if median is None:
            median = statistics.median(result["times"])
        print(f"{median:.6f}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
