#!/usr/bin/env bash
# bench/report_bench.sh [BUILD_DIR] — times `plan report` and `plan pipeline`,
# in every format, against `plan check` on the same generated plan.
#
# Target (issue 4): each report within 1.2x of `plan check` on a
# 10,000-tactic plan. Both commands load and check the plan the same way, so
# the ratio is the cost of the report's figures and its rendering.
#
# BUILD_DIR (default: build, beside this folder) must hold a `plan` built for
# speed, for example:
#
#   cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target plan
#   bench/report_bench.sh build-rel
#
# The plan comes from bench/gen_plan.py (10,000 tactics, about 500 deals).
# Runs alternate between the commands so that a busy machine slows them
# alike; the figures are medians of CPU time (user + system) and of wall
# time. Prints a table and the verdict; exits 0 whatever the figures are.
#
# Environment:
#   PLAN_BENCH_TACTICS=N   tactics in the generated plan (default 10000)
#   PLAN_BENCH_RUNS=N      runs per command (default 15)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")

case "${1:-}" in
  -h | --help)
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac

build=${1:-$root/build}
plan=$build/plan
if [[ ! -x $plan ]]; then
  echo "bench/report_bench.sh: $build holds no plan binary; build it first:" >&2
  echo "  cmake -S $root -B $build -DCMAKE_BUILD_TYPE=Release && cmake --build $build --target plan" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "bench/report_bench.sh: needs python3" >&2; exit 2; }

tactics=${PLAN_BENCH_TACTICS:-10000}
runs=${PLAN_BENCH_RUNS:-15}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plan-report-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_plan.py" "$tactics" >"$tmp/plan.yaml"

python3 - "$plan" "$tmp/plan.yaml" "$runs" <<'EOF'
import os, statistics, subprocess, sys, time

plan, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
commands = [
    ("check", ["check", path]),
    ("report text", ["report", path]),
    ("report markdown", ["report", path, "--format", "markdown"]),
    ("report json", ["report", path, "--format", "json"]),
    ("pipeline text", ["pipeline", path]),
    ("pipeline markdown", ["pipeline", path, "--format", "markdown"]),
    ("pipeline csv", ["pipeline", path, "--format", "csv"]),
    ("pipeline json", ["pipeline", path, "--format", "json"]),
]

def once(args):
    start = time.perf_counter()
    proc = subprocess.Popen([plan, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"plan {' '.join(args)} failed")
    return usage.ru_utime + usage.ru_stime, wall

for _, args in commands:  # warm the page cache
    once(args)
cpu = {name: [] for name, _ in commands}
wall = {name: [] for name, _ in commands}
for _ in range(runs):
    for name, args in commands:
        c, w = once(args)
        cpu[name].append(c)
        wall[name].append(w)

base_cpu = statistics.median(cpu["check"])
base_wall = statistics.median(wall["check"])
size = os.path.getsize(path)
print(f"plan: {path} ({size / 1e6:.1f} MB), {runs} runs each, medians")
print(f"{'command':<18} {'cpu ms':>8} {'x check':>8} {'wall ms':>8} {'x check':>8}")
worst = 0.0
for name, _ in commands:
    c, w = statistics.median(cpu[name]), statistics.median(wall[name])
    ratio = c / base_cpu
    if name != "check":
        worst = max(worst, ratio)
    print(f"{name:<18} {c * 1000:8.1f} {ratio:8.2f} {w * 1000:8.1f} {w / base_wall:8.2f}")
print(f"worst CPU ratio {worst:.2f}: {'within' if worst <= 1.2 else 'OVER'} the 1.2x target")
EOF
