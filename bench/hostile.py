#!/usr/bin/env python3
"""Hostile inputs, measured: for each, `plan check` on it once, its exit status,
wall time and max RSS; then the worst of each. A figure, never a verdict on
its own: the limits it is read against are in bench/README.md.

    bench/hostile.py [PLAN]     PLAN: the plan binary (default build-bench/plan)
    bench/hostile.py --make DIR writes the inputs into DIR (used by the above)

Inputs are made in a temporary folder and removed afterwards. Standard
library only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

VALID = """name: Hostile
as_of: 2027-03-15
strategy:
  name: s
  end: 2030-12-31
  goals: [{id: g, name: g}]
process:
  name: p
  stages: [{id: a, name: a, exit: e, probability: 0.1}, {id: b, name: b, exit: e, probability: 0.5}]
roles: [{id: r, name: r, people: [P]}]
tactical_plan:
  start: 2027-01-01
  end: 2027-12-31
  tactics:
    - {id: t, title: t, owner: r, due: 2027-06-01, supports: g, measure: {metric: m}}
"""


def inputs():
    """(name, bytes) pairs, made one at a time so that this script stays small
    (a child's max RSS counts the parent's memory at the fork)."""
    laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]\n"
        for i in range(1, 10))
    yield from [
        ("deep flow nesting, 100k [", b"[" * 100_000),
        ("alias bomb, 10^10 nodes", laughs.encode()),
    ]
    yield ("deep block nesting, 10k levels",
           "".join(" " * i + "- \n" for i in range(10_000)).encode())
    yield ("one 30 MB string", b"a" * (30 << 20))
    yield ("a 30 MB quoted name in a plan",
           VALID.replace("name: Hostile", 'name: "' + "n" * (30 << 20) + '"').encode())
    yield ("100,000 unknown keys", (VALID + "".join(f"k{i}: {i}\n" for i in range(100_000))).encode())
    yield ("100,000 keys under x-",
           (VALID + "x-n:\n" + "".join(f"  k{i}: {i}\n" for i in range(100_000))).encode())
    yield ("100,000 repeated keys under x-", (VALID + "x-d:\n" + "  k: 1\n" * 100_000).encode())
    yield from [
        ("NUL bytes", VALID.encode() + b"x: \0\0\0\n"),
        ("invalid UTF-8 in a key", VALID.replace("name: s", "na\xffme: s").encode("latin-1")),
        ("UTF-16 without a BOM", VALID.encode("utf-16-le")),
        ("lone CR line endings", VALID.replace("\n", "\r").encode()),
        ("unclosed quote at the end", VALID.encode() + b'x-q: "' + b"q" * (1 << 20)),
    ]


def run(plan: str, args: list[str]) -> tuple[int, float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen([plan, *args], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss


def make(folder: str) -> None:
    """Writes the inputs as 00.yaml, 01.yaml, ... and their names in names.txt."""
    with open(os.path.join(folder, "names.txt"), "w", encoding="utf-8") as names:
        for i, (name, data) in enumerate(inputs()):
            with open(os.path.join(folder, f"{i:02d}.yaml"), "wb") as out:
                out.write(data)
            names.write(name + "\n")


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--make":
        make(argv[2])
        return 0
    plan = argv[1] if len(argv) > 1 else "build-bench/plan"
    if not os.access(plan, os.X_OK):
        print(f"hostile.py: no plan binary at {plan}; build it first (see bench/README.md)",
              file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory(prefix="plan-hostile.") as folder:
        # Made by another process: a child's max RSS counts its parent's
        # memory at the fork, so this one stays small.
        subprocess.run([sys.executable, __file__, "--make", folder], check=True)
        with open(os.path.join(folder, "names.txt"), encoding="utf-8") as names:
            for i, name in enumerate(names.read().splitlines()):
                path = os.path.join(folder, f"{i:02d}.yaml")
                code, seconds, rss = run(plan, ["check", path])
                rows.append((name, os.path.getsize(path), code, seconds, rss))
        code, seconds, rss = run(plan, ["check", "/dev/zero"])
        rows.append(("/dev/zero (endless)", 0, code, seconds, rss))
    print(f"{'input':34} {'size MB':>8} {'exit':>5} {'seconds':>8} {'max RSS MB':>11}")
    for name, size, code, seconds, rss in rows:
        print(f"{name:34} {size / 1e6:8.1f} {code:5d} {seconds:8.3f} {rss / 1024:11.1f}")
    slowest = max(rows, key=lambda r: r[3])
    largest = max(rows, key=lambda r: r[4])
    print(f"slowest: {slowest[0]} ({slowest[3]:.3f} s); "
          f"most memory: {largest[0]} ({largest[4] / 1024:.1f} MB)")
    crashed = [r[0] for r in rows if r[2] not in (0, 1, 2)]
    print("every input ended in exit 0, 1 or 2" if not crashed else
          "did not end in exit 0, 1 or 2: " + ", ".join(crashed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
