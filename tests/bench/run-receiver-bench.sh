#!/usr/bin/env bash
# Webhook receiver benchmark: the same signed load (bench_receiver) against Syncdesk's
# WebhookReceiver (in-process, on its worker thread) and against a minimal Node.js/Express
# receiver doing the same verification, in alternating rounds; prints the medians as a table.
#
#   tests/bench/run-receiver-bench.sh [--events N] [--connections C] [--pipeline D] [--rounds R]
#
# Defaults: 100000 events, 16 keep-alive connections, no pipelining, 3 rounds each.
# Environment: SYNCDESK_BENCH_BUILD (build dir, default build-bench, Release),
#              SYNCDESK_BENCH_BIN (use this bench_receiver binary instead of building one).
# Express is installed into tests/bench/express-receiver/node_modules here, at bench time only.
set -euo pipefail

EVENTS=100000
CONNECTIONS=16
PIPELINE=1
ROUNDS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --pipeline) PIPELINE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    *) echo "usage: $0 [--events N] [--connections C] [--pipeline D] [--rounds R]" >&2; exit 2 ;;
  esac
done

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${SYNCDESK_BENCH_BUILD:-$SRC/build-bench}
EXPRESS_DIR="$SRC/tests/bench/express-receiver"
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "$tool is needed for the Express reference" >&2; exit 1; }
done

if [ -n "${SYNCDESK_BENCH_BIN:-}" ]; then
  BENCH=$SYNCDESK_BENCH_BIN
else
  LAUNCHER=()
  command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release "${LAUNCHER[@]}" >/dev/null
  cmake --build "$BUILD" --target bench_receiver
  BENCH="$BUILD/tests/bench/bench_receiver"
fi

(cd "$EXPRESS_DIR" && npm install --no-audit --no-fund --omit=dev --no-package-lock --loglevel=error)
EXPRESS_VERSION=$(cd "$EXPRESS_DIR" && node -p "require('express/package.json').version")

WORK=$(mktemp -d)
SECRET="bench-$(date +%s)-$RANDOM"
ZOOM_WEBHOOK_SECRET_TOKEN=$SECRET PORT=0 node "$EXPRESS_DIR/server.js" >"$WORK/express.log" 2>&1 &
NODE_PID=$!
cleanup() {
  kill "$NODE_PID" 2>/dev/null || true
  wait "$NODE_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 100); do
  grep -q '^listening ' "$WORK/express.log" && break
  sleep 0.1
done
PORT=$(awk '/^listening /{print $2}' "$WORK/express.log")
[ -n "$PORT" ] || { echo "Express did not start:" >&2; cat "$WORK/express.log" >&2; exit 1; }

TICKS=$(getconf CLK_TCK)
node_cpu_ticks() { awk '{print $14 + $15}' "/proc/$NODE_PID/stat"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR + 1) / 2)] : 0)}'; }

COMMON=(--events "$EVENTS" --connections "$CONNECTIONS" --pipeline "$PIPELINE" --secret "$SECRET")
echo "bench_receiver: $EVENTS events, $CONNECTIONS connections, pipeline $PIPELINE, $ROUNDS rounds each;" \
     "node $(node --version), express $EXPRESS_VERSION, $(nproc) CPUs"
status=0
for round in $(seq "$ROUNDS"); do
  echo "--- round $round: syncdesk (in-process WebhookReceiver)"
  "$BENCH" "${COMMON[@]}" --label syncdesk | tee "$WORK/ours.$round" \
    | grep -E '^syncdesk: |^latency|^CPU|^delivered to' || status=1
  grep -q 'delivered=all' "$WORK/ours.$round" || { echo "not every event was delivered" >&2; status=1; }
  echo "--- round $round: express ($EXPRESS_DIR/server.js)"
  before=$(node_cpu_ticks)
  "$BENCH" "${COMMON[@]}" --url "http://127.0.0.1:$PORT/webhook" --label express \
    | tee "$WORK/express.$round" | grep -E '^express: |^latency' || status=1
  after=$(node_cpu_ticks)
  events=$(grep '^RESULT' "$WORK/express.$round" | field events)
  awk -v t=$((after - before)) -v hz="$TICKS" -v n="$events" \
    'BEGIN { printf "node process CPU: %.1f us/event\n", (n > 0 ? t / hz * 1e6 / n : 0) }' | tee "$WORK/express.cpu.$round"
done

summary() { # label files-prefix
  local prefix=$1
  eps=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field eps | median)
  p50=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field p50_us | median)
  p99=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field p99_us | median)
}
summary ours
OURS_EPS=$eps OURS_P50=$p50 OURS_P99=$p99
OURS_CPU=$(cat "$WORK"/ours.[0-9]* | sed -n 's/.*webhook-receive [0-9]*% (\([0-9.]*\) us\/event).*/\1/p' | median)
summary express
EXP_EPS=$eps EXP_P50=$p50 EXP_P99=$p99
EXP_CPU=$(cat "$WORK"/express.cpu.* | sed -n 's/.*: \([0-9.]*\) us\/event/\1/p' | median)

echo
echo "| receiver | events/s (median of $ROUNDS) | p50 latency | p99 latency | server CPU per event |"
echo "|---|---:|---:|---:|---:|"
printf "| Syncdesk WebhookReceiver (Qt, worker thread) | %s | %s us | %s us | %s us |\n" "$OURS_EPS" "$OURS_P50" "$OURS_P99" "$OURS_CPU"
printf "| Express %s on Node %s | %s | %s us | %s us | %s us |\n" "$EXPRESS_VERSION" "$(node --version)" "$EXP_EPS" "$EXP_P50" "$EXP_P99" "$EXP_CPU"
awk -v a="$OURS_EPS" -v b="$EXP_EPS" 'BEGIN {
  r = (b > 0 ? a / b : 0)
  printf "\nratio: %.2fx; targets: >= 20000 events/s %s, >= 4x Express %s\n", r, (a >= 20000 ? "met" : "MISSED"), (r >= 4 ? "met" : "MISSED")
}'
exit $status
