#!/usr/bin/env bash
# bench/diff_bench.sh [BUILD_DIR] — times `plan diff` of two 10,000-tactic
# plans that differ in 1% of their tactics, against one `plan check`.
#
# Target (issue 12): at most 2.5x one `plan check` of the new plan. `plan
# diff` loads and checks both sides (about 2x), then matches items by id and
# findings by rule and subject through hash tables, linear in the plan's size.
#
# BUILD_DIR (default: build, beside this folder) must hold a `plan` built for
# speed, for example:
#
#   cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target plan
#   bench/diff_bench.sh build-rel
#
# The old plan comes from bench/gen_plan.py; the new one moves the due date
# of every 100th tactic by a week. Runs alternate between the commands; the
# figures are medians of CPU time (user + system) and wall time. Prints a
# table and the verdict; exits 0 whatever the figures are.
#
# Environment:
#   PLAN_BENCH_TACTICS=N   tactics in the generated plan (default 10000)
#   PLAN_BENCH_RUNS=N      runs per command (default 11)
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
  echo "bench/diff_bench.sh: $build holds no plan binary; build it first:" >&2
  echo "  cmake -S $root -B $build -DCMAKE_BUILD_TYPE=Release && cmake --build $build --target plan" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "bench/diff_bench.sh: needs python3" >&2; exit 2; }

tactics=${PLAN_BENCH_TACTICS:-10000}
runs=${PLAN_BENCH_RUNS:-11}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plan-diff-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_plan.py" "$tactics" >"$tmp/old.yaml"

python3 - "$plan" "$tmp" "$runs" <<'PY'
import datetime, os, re, resource, statistics, subprocess, sys, time

plan, tmp, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
old = open(f"{tmp}/old.yaml", encoding="utf-8").read()

# 1% of the tactics: that many explicit due dates, spread evenly, move a
# week later (the tactics that wait on them slip too).
tactics = old.count("\n    - id: ")
pattern = re.compile(r"(\n      due: )(\d{4}-\d{2}-\d{2})")
step = max(1, len(pattern.findall(old)) // max(1, tactics // 100))
count = moved = 0
def slip(match):
    global count, moved
    count += 1
    if count % step or moved >= tactics // 100:
        return match.group(0)
    moved += 1
    d = datetime.date.fromisoformat(match.group(2)) + datetime.timedelta(days=7)
    return f"{match.group(1)}{d.isoformat()}"
new = pattern.sub(slip, old)
open(f"{tmp}/new.yaml", "w", encoding="utf-8").write(new)

def timed(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall

check = [plan, "check", f"{tmp}/new.yaml", "--as-of", "2027-03-15"]
diffs = {f: [plan, "diff", f"{tmp}/old.yaml", f"{tmp}/new.yaml", "--as-of", "2027-03-15",
             "--format", f] for f in ("text", "markdown", "json")}
for argv in [check, *diffs.values()]:
    timed(argv)  # warm-up
times = {name: [] for name in ["check", *diffs]}
for _ in range(runs):
    times["check"].append(timed(check))
    for f, argv in diffs.items():
        times[f].append(timed(argv))

out = subprocess.run(diffs["json"], capture_output=True, text=True).stdout
slips = out.count('"kind": "slipped"')
base_cpu = statistics.median(c for c, _ in times["check"])
base_wall = statistics.median(w for _, w in times["check"])
print(f"{os.path.getsize(tmp + '/new.yaml') / 1e6:.1f} MB plans, {moved} tactics moved, "
      f"{slips} slips found, median of {runs} runs")
print(f"{'command':<30}{'cpu s':>8}{'wall s':>8}{'cpu ratio':>11}")
print(f"{'plan check':<30}{base_cpu:>8.3f}{base_wall:>8.3f}{1.0:>11.2f}")
worst = 0.0
for f in diffs:
    cpu = statistics.median(c for c, _ in times[f])
    wall = statistics.median(w for _, w in times[f])
    worst = max(worst, cpu / base_cpu)
    print(f"{'plan diff --format ' + f:<30}{cpu:>8.3f}{wall:>8.3f}{cpu / base_cpu:>11.2f}")
print(f"target: at most 2.5x plan check -> {'met' if worst <= 2.5 else 'NOT met'} "
      f"(worst {worst:.2f}x)")
PY
