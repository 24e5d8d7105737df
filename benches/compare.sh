#!/usr/bin/env bash
# Runs the benchmark programs of shared/bench/py under hyper (release build) and Debian's
# CPython side by side, checks they print the same, and prints the wall-clock ratios.
#
# Usage: benches/compare.sh [PROGRAM ...]      (default: every program)
# Env:   RUNS (default 3): timed runs per command, the median is reported.
#        PYTHON (default /usr/bin/python3, the faster PGO build; falls back to python3).
#        HYPER_FLAGS: extra flags for `hyper run` (e.g. --no-jit).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${BENCH:-../shared/bench/py}
RUNS=${RUNS:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || PYTHON=python3
HYPER=target/release/hyper
cargo build --release -q
ALL="loop_sum fib_rec particles nbody spectral_norm mandelbrot fannkuch sieve binary_trees dict_words big_fib"
PROGS=${*:-$ALL}

# Median wall time in seconds of RUNS runs of a command (its output discarded).
median_time() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'
}

printf '%-14s %10s %10s %8s  %s\n' program hyper cpython ratio output
for p in $PROGS; do
  f="$BENCH/$p.py"
  [ -f "$f" ] || { echo "missing $f"; continue; }
  same=same
  if ! diff -q <($HYPER run ${HYPER_FLAGS:-} "$f" 2>&1) <($PYTHON "$f" 2>&1) > /dev/null; then same=DIFFERS; fi
  th=$(median_time $HYPER run ${HYPER_FLAGS:-} "$f")
  tc=$(median_time $PYTHON "$f")
  ratio=$(echo "$th / $tc" | bc -l)
  printf '%-14s %9ss %9ss %7.2fx  %s\n' "$p" "$th" "$tc" "$ratio" "$same"
done
echo "(ratio = hyper time / CPython time; below 1 means hyper is faster)"
