#!/bin/sh
# Repeated callgrind counts of one build (session 45, h-perf45): V8 kept deterministic (GC and the
# optimising compiler on the main thread, fixed seeds), N runs, each run's count on one line.
#   sh bench/icount-run.sh BUILD N STAGE WARM REPS [--by-stage] -- files…
# e.g. sh bench/icount-run.sh . 3 all 2 2 -- $(node bench/icount-files.mjs)
BUILD=$1 N=$2 STAGE=$3 WARM=$4 REPS=$5; shift 5
EXTRA=""
while [ "$1" != "--" ]; do EXTRA="$EXTRA $1"; shift; done; shift
V8="${V8_FLAGS:---predictable --predictable-gc-schedule --random-seed=1 --hash-seed=1}"
i=0
while [ $i -lt "$N" ]; do
  CG_TOGGLE=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null -q \
    node $V8 "$(dirname "$0")/icount.mjs" --build "$BUILD" --stage "$STAGE" --warm "$WARM" --reps "$REPS" $EXTRA "$@" 2>/dev/null | grep -E '^(icount |\{)'
  i=$((i + 1))
done
