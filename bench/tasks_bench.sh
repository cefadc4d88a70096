#!/usr/bin/env bash
# bench/tasks_bench.sh [BUILD_DIR] — times `plan tasks` against `plan check` on one plan.
#
# Target (issue 3): `plan tasks FILE --role X` on a 10,000-tactic plan within 1.2x
# of `plan check FILE`: the list must not cost more than the check it starts with.
#
# Builds nothing: BUILD_DIR (default: build, beside this folder) must hold `plan`.
# For meaningful figures use a Release build:
#
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release && cmake --build build-bench -j2 --target plan
#   bench/tasks_bench.sh build-bench
#
# Generates the plan with bench/gen_plan.py into bench/plans/ (git-ignored), then for
# each case runs `plan check` and `plan tasks` alternately (bench/measure.py pair), so
# both see the same machine load, and prints the median wall and CPU times and ratios.
# Exits 0 whatever the figures are.
#
# Environment:
#   PLAN_BENCH_TACTICS=N   tactics in the plan (default 10000)
#   PLAN_BENCH_RUNS=N      runs of each command per case (default 15)
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
  echo "bench/tasks_bench.sh: $build does not hold plan; build it first (see --help)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "bench/tasks_bench.sh: needs python3" >&2; exit 2; }

n=${PLAN_BENCH_TACTICS:-10000}
runs=${PLAN_BENCH_RUNS:-15}
mkdir -p "$here/plans"
file=$here/plans/plan-$n.yaml
if [[ ! -s $file || $here/gen_plan.py -nt $file ]]; then
  python3 "$here/gen_plan.py" "$n" >"$file.tmp"
  mv "$file.tmp" "$file"
fi
# The first role of the generated plan, and how many tasks it lists.
role=$(sed -n '/^roles:/,/^[a-z_]*:/s/^ *- id: *//p' "$file" | head -n 1)
code=0
"$plan" tasks "$file" --role "$role" --format csv >"$file.csv" 2>/dev/null || code=$?
if ((code != 0)); then
  echo "bench/tasks_bench.sh: plan tasks exits $code on $file" >&2
  exit 2
fi
listed=$(($(wc -l <"$file.csv") - 1))
rm -f "$file.csv"

fmt() { python3 -c "import sys; print(format(eval(sys.argv[1]), sys.argv[2]))" "$1" "$2"; }
verdict() { python3 -c "import sys; print('MET' if eval(sys.argv[1]) else 'NOT MET')" "$1"; }

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
echo "plan tasks benchmark — build: $build (${build_type:-unknown build type}); $(nproc 2>/dev/null || echo '?') cores"
echo "plan: $file ($n tactics, $(fmt "$(stat -c %s "$file")/1e6" .1f) MB); role \`$role\`: $listed open tasks"
echo "median of $runs alternating runs each; ms: wall time, cpu: user + system"
echo
printf '%-32s %9s %9s %9s %9s %7s %7s\n' case "check ms" "tasks ms" "check cpu" "tasks cpu" ratio "cpu"
first_ratio=
first_cpu_ratio=
for args in "--role $role" "--role $role --format csv" "--role $role --format json" \
  "--role $role --format ics" "--format text" "--status all --format ics"; do
  # shellcheck disable=SC2086 # the case's arguments are words
  read -r cw cc tw tc < <(python3 "$here/measure.py" pair "$runs" "$plan" check "$file" \
    --then "$plan" tasks "$file" $args)
  ratio=$(fmt "$tw/$cw" .2f)
  cpu_ratio=$(fmt "$tc/$cc" .2f)
  [[ -z $first_ratio ]] && first_ratio=$ratio && first_cpu_ratio=$cpu_ratio
  printf '%-32s %9s %9s %9s %9s %7s %7s\n' "tasks $args" "$(fmt "$cw*1e3" .1f)" \
    "$(fmt "$tw*1e3" .1f)" "$(fmt "$cc*1e3" .1f)" "$(fmt "$tc*1e3" .1f)" "x$ratio" "x$cpu_ratio"
done
echo
printf '  %-50s %-8s %s\n' "tasks --role $role within 1.2x of check" \
  "$(verdict "$first_ratio <= 1.2")" "(wall x$first_ratio; cpu x$first_cpu_ratio)"
