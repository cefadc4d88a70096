#!/usr/bin/env bash
# bench/run.sh [BUILD_DIR] — times `plan check` against yaml-cpp's bare event parse.
#
# Builds nothing: BUILD_DIR (default: build at the project's top) must hold `plan`
# and `bench/plan_bench_parse`. For meaningful figures use a Release build:
#
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-bench -j2 --target plan plan_bench_parse
#   bench/run.sh build-bench
#
# Generates plans of 1,000, 10,000 and 100,000 tactics (bench/gen_plan.py) into
# bench/plans/ (git-ignored), and prints for each the file size, the median time of
# the bare parse and of `plan check` (their runs alternate, so that both see the same
# machine load), their ratio in wall and CPU time, max RSS and time per tactic; then
# one run of the broken 100,000-tactic plan, and `plan check examples/whale-hunting.yaml`
# (timed with hyperfine when installed). It prints figures and target verdicts, and
# exits 0 whatever the figures are.
#
# Environment:
#   PLAN_BENCH_SIZES="1000 10000 100000"   plan sizes in tactics
#   PLAN_BENCH_RUNS=N                      runs per median (default by size: 15, 10, 5)
#   PLAN_BENCH_NO_HYPERFINE=1              time the example with the Python loop, not hyperfine
#   PLAN_BENCH_NO_GNU_TIME=1               read max RSS from wait4 even if /usr/bin/time exists
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
parse=$build/bench/plan_bench_parse
if [[ ! -x $plan || ! -x $parse ]]; then
  {
    echo "bench/run.sh: $build does not hold plan and bench/plan_bench_parse."
    echo "Build them first, for example:"
    echo "  cmake -S $root -B $build -DCMAKE_BUILD_TYPE=Release"
    echo "  cmake --build $build -j2 --target plan plan_bench_parse"
  } >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "bench/run.sh: needs python3" >&2; exit 2; }

measure=(python3 "$here/measure.py")
sizes=${PLAN_BENCH_SIZES:-1000 10000 100000}
plans=$here/plans
mkdir -p "$plans"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/plan-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

use_hyperfine=0
if [[ -z ${PLAN_BENCH_NO_HYPERFINE:-} ]] && command -v hyperfine >/dev/null; then
  use_hyperfine=1
fi
gnu_time=
if [[ -z ${PLAN_BENCH_NO_GNU_TIME:-} && -x /usr/bin/time ]] &&
  /usr/bin/time -f %M -o "$tmp/probe" true 2>/dev/null; then
  gnu_time=/usr/bin/time
fi

runs_for() { # tactics -> runs per median
  if [[ -n ${PLAN_BENCH_RUNS:-} ]]; then
    echo "$PLAN_BENCH_RUNS"
  elif (($1 <= 2000)); then
    echo 15
  elif (($1 <= 20000)); then
    echo 10
  else
    echo 5
  fi
}

median_seconds() { # runs cmd... -> "wall cpu": median wall time, CPU (user + system) time, seconds
  local runs=$1
  shift
  if ((use_hyperfine)); then
    local quoted
    quoted=$(printf '%q ' "$@")
    hyperfine -N -i --style none --warmup 1 --runs "$runs" \
      --export-json "$tmp/hyperfine.json" -- "$quoted" >/dev/null 2>&1
    "${measure[@]}" median "$tmp/hyperfine.json"
  else
    "${measure[@]}" time "$runs" "$@"
  fi
}

once() { # cmd... -> "seconds max_rss_kib exit_status" of one run
  if [[ -n $gnu_time ]]; then
    local code=0
    "$gnu_time" -f '%e %M' -o "$tmp/time" "$@" </dev/null >/dev/null 2>&1 || code=$?
    echo "$(tail -n 1 "$tmp/time") $code"
  else
    "${measure[@]}" once "$@"
  fi
}

max_rss_kib() { # cmd... -> max RSS of one run, KiB
  local r
  r=$(once "$@")
  r=${r#* }
  echo "${r%% *}"
}

generate() { # tactics [--broken] -> path of the plan (regenerated when the generator changed)
  local n=$1 kind=plan
  [[ ${2:-} == --broken ]] && kind=broken
  local out=$plans/$kind-$n.yaml
  if [[ ! -s $out || $here/gen_plan.py -nt $out ]]; then
    python3 "$here/gen_plan.py" "$n" ${2:+"$2"} >"$out.tmp"
    mv "$out.tmp" "$out"
  fi
  echo "$out"
}

# A child's max RSS counts the memory of the process that started it (the kernel keeps
# the larger of the two across exec): /usr/bin/time adds about 2 MB, the Python
# fallback about 15 MB. Figures at that floor mean "at most the floor".
rss_floor_kib=$(max_rss_kib true)
rss_mb() { # kib -> MB, or "<=floor" when the figure is the launcher's own
  if ((${1} <= rss_floor_kib + 256)); then
    echo "<=$(fmt "$rss_floor_kib/1024" .1f)"
  else
    fmt "$1/1024" .1f
  fi
}

fmt() { python3 -c "import sys; print(format(eval(sys.argv[1]), sys.argv[2]))" "$1" "$2"; }
verdict() { python3 -c "import sys; print('MET' if eval(sys.argv[1]) else 'NOT MET')" "$1"; }

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
echo "plan benchmark — build: $build (${build_type:-unknown build type}); $(nproc 2>/dev/null || echo '?') cores"
echo "timing: median, parse and check runs alternating (bench/measure.py); example: $( ((use_hyperfine)) && echo "hyperfine $(hyperfine --version | cut -d' ' -f2)" || echo "python loop")"
echo "max RSS: $([[ -n $gnu_time ]] && echo "/usr/bin/time %M" || echo "wait4 rusage") (launcher floor $(fmt "$rss_floor_kib/1024" .1f) MB)"
echo

rows=()
declare -A check_s parse_s check_cpu parse_cpu rss_kib
for n in $sizes; do
  file=$(generate "$n")
  # A generated plan must check clean, or the figures are for the error path.
  code=0
  "$plan" check -q "$file" >"$tmp/out" 2>&1 || code=$?
  if ((code != 0)); then
    echo "warning: plan check exits $code on $file (expected 0):" >&2
    head -n 5 "$tmp/out" >&2
  fi
  runs=$(runs_for "$n")
  bytes=$(stat -c %s "$file")
  # Interleaved runs: on a shared machine both commands see the same load, so the ratio holds.
  read -r p_wall p_cpu c_wall c_cpu \
    < <("${measure[@]}" pair "$runs" "$parse" "$file" --then "$plan" check "$file")
  parse_s[$n]=$p_wall parse_cpu[$n]=$p_cpu check_s[$n]=$c_wall check_cpu[$n]=$c_cpu
  rss_kib[$n]=$(max_rss_kib "$plan" check "$file")
  parse_rss=$(max_rss_kib "$parse" "$file")
  rows+=("$(printf '%8s %8s %9s %9s %6s %6s %9s %9s %10s %9s %4s' \
    "$n" "$(fmt "$bytes/1e6" .1f)" \
    "$(fmt "${parse_s[$n]}*1e3" .1f)" "$(fmt "${check_s[$n]}*1e3" .1f)" \
    "$(fmt "${check_s[$n]}/${parse_s[$n]}" .2f)" "$(fmt "${check_cpu[$n]}/${parse_cpu[$n]}" .2f)" \
    "$(rss_mb "$parse_rss")" "$(rss_mb "${rss_kib[$n]}")" \
    "$(fmt "${check_s[$n]}*1e9/$n" .0f)" "$(fmt "${check_cpu[$n]}*1e9/$n" .0f)" "$runs")")
done

printf '%8s %8s %9s %9s %6s %6s %9s %9s %10s %9s %4s\n' \
  tactics "size" "parse" "check" ratio "cpu" "parse" "check" "check" "check" runs
printf '%8s %8s %9s %9s %6s %6s %9s %9s %10s %9s %4s\n' \
  "" "MB" "ms" "ms" "" "ratio" "RSS MB" "RSS MB" "ns/tactic" "cpu ns/t" ""
printf '%s\n' "${rows[@]}"
echo "(parse: yaml-cpp's bare event parse, plan_bench_parse; ms: median wall time;"
echo " cpu: median user + system time; RSS: one run)"
echo

# The error path: the broken 100,000-tactic plan (about 1% errors), one run.
broken_n=100000
for n in $sizes; do broken_n=$n; done
file=$(generate "$broken_n" --broken)
read -r secs kib code < <(once "$plan" check "$file")
errors=$("$plan" check "$file" 2>/dev/null | tail -n 1 || true)
printf 'broken plan, %s tactics: check %s ms, max RSS %s MB, exit %s (%s)\n' \
  "$broken_n" "$(fmt "$secs*1e3" .0f)" "$(rss_mb "$kib")" "$code" "${errors##*: }"

# The example plan.
whale=$root/examples/whale-hunting.yaml
whale_ms=
if [[ -f $whale ]]; then
  read -r whale_s _ < <(median_seconds 30 "$plan" check "$whale")
  whale_ms=$(fmt "$whale_s*1e3" .2f)
  printf 'examples/whale-hunting.yaml: check %s ms (median of 30), max RSS %s MB\n' \
    "$whale_ms" "$(rss_mb "$(max_rss_kib "$plan" check "$whale")")"
else
  echo "examples/whale-hunting.yaml: skipped (the example does not exist yet)"
fi
echo

echo "targets (wall time decides; CPU time is shown too, as it holds up on a busy machine):"
line() { printf '  %-50s %-8s %s\n' "$@"; }
big=
for n in $sizes; do big=$n; done
if [[ $big == 100000 ]]; then
  line "100k plan: max RSS <= 300 MB" "$(verdict "${rss_kib[$big]} <= 300*1024")" \
    "($(fmt "${rss_kib[$big]}/1024" .1f) MB)"
  line "100k plan: check time <= 1.5x bare yaml-cpp parse" \
    "$(verdict "${check_s[$big]} <= 1.5*${parse_s[$big]}")" \
    "(wall x$(fmt "${check_s[$big]}/${parse_s[$big]}" .2f), cpu x$(fmt "${check_cpu[$big]}/${parse_cpu[$big]}" .2f): $(verdict "${check_cpu[$big]} <= 1.5*${parse_cpu[$big]}") on cpu)"
else
  echo "  100k targets: skipped (PLAN_BENCH_SIZES does not end at 100000)"
fi
# Linear growth: time per tactic may not rise by more than half from one size to the next
# (quadratic behaviour multiplies it by the size step, 10x here).
prev='' steps='' linear=1 cpu_linear=1
for n in $sizes; do
  if [[ -n $prev ]]; then
    growth=$(fmt "(${check_s[$n]}/$n)/(${check_s[$prev]}/$prev)" .2f)
    cpu_growth=$(fmt "(${check_cpu[$n]}/$n)/(${check_cpu[$prev]}/$prev)" .2f)
    steps+="${steps:+, }${prev}->${n}: x$growth (cpu x$cpu_growth)"
    [[ $(verdict "$growth <= 1.5") == MET ]] || linear=0
    [[ $(verdict "$cpu_growth <= 1.5") == MET ]] || cpu_linear=0
  fi
  prev=$n
done
if [[ -n $steps ]]; then
  line "time grows linearly with tactics" "$( ((linear)) && echo MET || echo 'NOT MET')" \
    "(time per tactic $steps; $( ((cpu_linear)) && echo MET || echo 'NOT MET') on cpu)"
fi
if [[ -n $whale_ms ]]; then
  line "examples/whale-hunting.yaml under 20 ms" "$(verdict "$whale_ms < 20")" "($whale_ms ms)"
else
  line "examples/whale-hunting.yaml under 20 ms" "skipped" "(the example does not exist yet)"
fi
