#!/usr/bin/env bash
# bench/timeline_bench.sh [BUILD_DIR] — times `plan timeline` in every format
# and the HTML pages of `plan report` and `plan pipeline` against `plan check`
# on the same generated plan, and shows that their output grows linearly
# with the tactics.
#
# Target (issue 11): each within 1.3x of `plan check` on a 10,000-tactic plan;
# output bytes per tactic about the same at 1,000 and 10,000 tactics.
#
# BUILD_DIR (default: build, beside this folder) must hold a `plan` built for
# speed (see bench/README.md). Runs of each command alternate with runs of
# `plan check` (bench/measure.py pair); the figures are medians of CPU time
# (user + system). Prints a table and the verdict; exits 0 whatever the
# figures are.
#
# Environment:
#   PLAN_BENCH_TACTICS=N   tactics in the timed plan (default 10000)
#   PLAN_BENCH_RUNS=N      runs per command (default 11)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build}
plan=$build/plan
if [[ ! -x $plan ]]; then
  echo "bench/timeline_bench.sh: $build holds no plan binary; build it first (bench/README.md)" >&2
  exit 2
fi
tactics=${PLAN_BENCH_TACTICS:-10000}
runs=${PLAN_BENCH_RUNS:-11}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plan-timeline-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_plan.py" "$tactics" >"$tmp/plan.yaml"
python3 "$here/gen_plan.py" 1000 >"$tmp/small.yaml"

commands=(
  "timeline text|timeline --width 160"
  "timeline svg|timeline --format svg"
  "timeline mermaid|timeline --format mermaid"
  "report html|report --format html"
  "pipeline html|pipeline --format html"
)
printf '%-18s %9s %9s %7s %12s %12s\n' command "cpu ms" "check ms" "x check" "B/tactic 1k" "B/tactic ${tactics}"
worst=0
for entry in "${commands[@]}"; do
  name=${entry%%|*}
  read -r -a args <<<"${entry#*|}"
  # shellcheck disable=SC2046
  set -- $(python3 "$here/measure.py" pair "$runs" "$plan" "${args[0]}" "$tmp/plan.yaml" "${args[@]:1}" \
    --then "$plan" check "$tmp/plan.yaml")
  cpu_a=$2 cpu_b=$4
  big=$("$plan" "${args[0]}" "$tmp/plan.yaml" "${args[@]:1}" | wc -c)
  small=$("$plan" "${args[0]}" "$tmp/small.yaml" "${args[@]:1}" | wc -c)
  ratio=$(python3 -c "print(f'{$cpu_a / $cpu_b:.2f}')")
  worst=$(python3 -c "print(max($worst, $ratio))")
  printf '%-18s %9.1f %9.1f %7s %12.0f %12.0f\n' "$name" "$(python3 -c "print($cpu_a * 1000)")" \
    "$(python3 -c "print($cpu_b * 1000)")" "$ratio" "$(python3 -c "print($small / 1000)")" \
    "$(python3 -c "print($big / $tactics)")"
done
verdict=$(python3 -c "print('within' if $worst <= 1.3 else 'OVER')")
echo "worst CPU ratio $worst: $verdict the 1.3x target"
