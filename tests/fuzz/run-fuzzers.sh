#!/usr/bin/env bash
# Builds the libFuzzer targets in a build directory of their own (clang, -DSYNCDESK_FUZZ=ON) and
# runs each for N seconds (default 20) on a copy of the seed corpus.
#
#   tests/fuzz/run-fuzzers.sh [seconds] [target...]
#   SYNCDESK_FUZZ_BUILD=/tmp/fuzz tests/fuzz/run-fuzzers.sh 60 fuzz_http_request
#
# Exit status is non-zero when a target crashes or breaks an invariant; the reproducer is left in
# $BUILD/fuzz-artifacts/ (re-run it with: $BUILD/tests/fuzz/<target> <file>).
set -euo pipefail

SECS=${1:-20}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(fuzz_event_parser fuzz_http_request)
fi

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SYNCDESK_FUZZ_BUILD:-$SRC/build-fuzz}
LAUNCHER=()
if command -v ccache >/dev/null 2>&1; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -G Ninja -DSYNCDESK_FUZZ=ON -DSYNCDESK_BUILD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" >/dev/null
cmake --build "$BUILD" --target "${TARGETS[@]}"

status=0
for t in "${TARGETS[@]}"; do
  work="$BUILD/fuzz-corpus/$t"
  artifacts="$BUILD/fuzz-artifacts"
  mkdir -p "$work" "$artifacts"
  args=(-max_total_time="$SECS" -print_final_stats=1 -artifact_prefix="$artifacts/$t-" -max_len=8192)
  if [ -f "$SRC/tests/fuzz/$t.dict" ]; then
    args+=(-dict="$SRC/tests/fuzz/$t.dict")
  fi
  echo "=== $t: ${SECS}s ==="
  # New inputs go to the first directory (in the build tree); the seeds in the source tree stay as they are.
  if "$BUILD/tests/fuzz/$t" "${args[@]}" "$work" "$SRC/tests/fuzz/corpus/$t" 2>"$BUILD/$t.log"; then
    grep -E '^#[0-9]+.*(DONE|pulse)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added)' \
      "$BUILD/$t.log" | tail -6
    echo "$t: OK"
  else
    tail -40 "$BUILD/$t.log"
    echo "$t: FAILED (log: $BUILD/$t.log)"
    status=1
  fi
done
exit $status
