#!/usr/bin/env bash
# Runs the benchmark programs of shared/bench/py under hyper (release build: JIT on, and
# --no-jit) and Debian's CPython side by side, checks they print the same, and prints the
# wall-clock ratios; pypy3, luajit and gcc -O2 columns are added when they are installed
# (`apt-get install pypy3 luajit`).
#
# Usage: benches/compare.sh [PROGRAM ...]      (default: every program)
# Env:   RUNS (default 3): timed runs per command, the median is reported.
#        PYTHON (default /usr/bin/python3, the faster PGO build; falls back to python3).
#        HYPER_FLAGS: extra flags for `hyper run` in the JIT column.
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

LUA=${BENCH%/py}/lua
CSRC=${BENCH%/py}/c
HAVE_PYPY=$(command -v pypy3 || true)
HAVE_LUAJIT=$(command -v luajit || true)
HAVE_GCC=$(command -v gcc || true)
mkdir -p target/bench-c
header=$(printf '%-14s %9s %9s %9s %8s %8s' program hyper no-jit cpython jit/cpy nojit/cpy)
[ -n "$HAVE_PYPY" ] && header="$header $(printf '%9s' pypy)"
[ -n "$HAVE_LUAJIT" ] && header="$header $(printf '%9s' luajit)"
[ -n "$HAVE_GCC" ] && header="$header $(printf '%9s' 'gcc -O2')"
echo "$header  output"
for p in $PROGS; do
  f="$BENCH/$p.py"
  [ -f "$f" ] || { echo "missing $f"; continue; }
  same=same
  if ! diff -q <($HYPER run ${HYPER_FLAGS:-} "$f" 2>&1) <($PYTHON "$f" 2>&1) > /dev/null; then same=DIFFERS; fi
  if ! diff -q <($HYPER run --no-jit "$f" 2>&1) <($PYTHON "$f" 2>&1) > /dev/null; then same="$same, no-jit DIFFERS"; fi
  th=$(median_time $HYPER run ${HYPER_FLAGS:-} "$f")
  tn=$(median_time $HYPER run --no-jit "$f")
  tc=$(median_time $PYTHON "$f")
  line=$(printf '%-14s %8ss %8ss %8ss %7.2fx %7.2fx' "$p" "$th" "$tn" "$tc" "$(echo "$th / $tc" | bc -l)" "$(echo "$tn / $tc" | bc -l)")
  if [ -n "$HAVE_PYPY" ]; then line="$line $(printf '%8ss' "$(median_time pypy3 "$f")")"; fi
  if [ -n "$HAVE_LUAJIT" ]; then
    if [ -f "$LUA/$p.lua" ]; then line="$line $(printf '%8ss' "$(median_time luajit "$LUA/$p.lua")")"; else line="$line $(printf '%9s' -)"; fi
  fi
  if [ -n "$HAVE_GCC" ]; then
    if [ -f "$CSRC/$p.c" ] && gcc -O2 -o "target/bench-c/$p" "$CSRC/$p.c" -lm 2>/dev/null; then
      line="$line $(printf '%8ss' "$(median_time "target/bench-c/$p")")"
    else
      line="$line $(printf '%9s' -)"
    fi
  fi
  echo "$line  $same"
done
echo "(jit/cpy, nojit/cpy = hyper time / CPython time; below 1 means hyper is faster)"
