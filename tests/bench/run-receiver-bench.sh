#!/usr/bin/env bash
# Webhook receiver benchmark: the same signed load (bench_receiver) against Syncdesk's
# WebhookReceiver (in-process, on its worker thread), against a minimal Node.js/Express receiver
# doing the same verification, and (with --zoom-sample) against Zoom's official webhook sample,
# in alternating rounds; prints the medians as a table.
#
#   tests/bench/run-receiver-bench.sh [--events N] [--connections C] [--pipeline D] [--rounds R]
#                                     [--zoom-sample DIR]
#
# Defaults: 100000 events, 16 keep-alive connections, no pipelining, 3 rounds each.
# --zoom-sample DIR: a checkout of github.com/zoom/webhook-sample, OUTSIDE this repository, set up
#   as published (cd DIR && npm install). It is run as published too: `node index.js`, stdout
#   (one console.log of headers and body per request) to /dev/null.
# Environment: SYNCDESK_BENCH_BUILD (build dir, default build-bench, Release),
#              SYNCDESK_BENCH_BIN (use this bench_receiver binary instead of building one).
# Express is installed into tests/bench/express-receiver/node_modules here, at bench time only.
set -euo pipefail

EVENTS=100000
CONNECTIONS=16
PIPELINE=1
ROUNDS=3
ZOOM_SAMPLE=
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --pipeline) PIPELINE=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --zoom-sample) ZOOM_SAMPLE=$(cd "$2" && pwd); shift 2 ;;
    *) echo "usage: $0 [--events N] [--connections C] [--pipeline D] [--rounds R] [--zoom-sample DIR]" >&2; exit 2 ;;
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
SAMPLE_PID=
cleanup() {
  kill "$NODE_PID" 2>/dev/null || true
  wait "$NODE_PID" 2>/dev/null || true
  if [ -n "$SAMPLE_PID" ]; then
    kill "$SAMPLE_PID" 2>/dev/null || true
    wait "$SAMPLE_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 100); do
  grep -q '^listening ' "$WORK/express.log" && break
  sleep 0.1
done
PORT=$(awk '/^listening /{print $2}' "$WORK/express.log")
[ -n "$PORT" ] || { echo "Express did not start:" >&2; cat "$WORK/express.log" >&2; exit 1; }

if [ -n "$ZOOM_SAMPLE" ]; then
  case "$ZOOM_SAMPLE/" in "$SRC"/*) echo "--zoom-sample must be outside the repository" >&2; exit 2 ;; esac
  [ -d "$ZOOM_SAMPLE/node_modules" ] || { echo "run npm install in $ZOOM_SAMPLE first" >&2; exit 1; }
  SAMPLE_VERSIONS=$(cd "$ZOOM_SAMPLE" && node -p "'express ' + require('express/package.json').version + ', body-parser ' + require('body-parser/package.json').version")
  # The sample listens on $PORT (default 4000) and announces it on stdout only: pick a free port.
  SAMPLE_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  (cd "$ZOOM_SAMPLE" && ZOOM_WEBHOOK_SECRET_TOKEN=$SECRET PORT=$SAMPLE_PORT exec node index.js >/dev/null 2>"$WORK/sample.log") &
  SAMPLE_PID=$!
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$SAMPLE_PORT") 2>/dev/null && break
    sleep 0.1
  done
fi

TICKS=$(getconf CLK_TCK)
proc_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR + 1) / 2)] : 0)}'; }

# A node receiver's round: events/s from bench_receiver, CPU per event from /proc/<pid>/stat.
node_round() { # label url pid round
  local label=$1 url=$2 pid=$3 round=$4 before after events
  before=$(proc_cpu_ticks "$pid")
  "$BENCH" "${COMMON[@]}" --url "$url" --label "$label" \
    | tee "$WORK/$label.$round" | grep -E "^$label: |^latency" || status=1
  after=$(proc_cpu_ticks "$pid")
  # The node process also served the warm-up requests in that time.
  events=$(( $(grep '^RESULT' "$WORK/$label.$round" | field events) + WARMUP ))
  awk -v t=$((after - before)) -v hz="$TICKS" -v n="$events" \
    'BEGIN { printf "node process CPU: %.1f us/event\n", (n > 0 ? t / hz * 1e6 / n : 0) }' | tee "$WORK/$label.cpu.$round"
}

WARMUP=5000
COMMON=(--events "$EVENTS" --warmup "$WARMUP" --connections "$CONNECTIONS" --pipeline "$PIPELINE" --secret "$SECRET")
echo "bench_receiver: $EVENTS events, $CONNECTIONS connections, pipeline $PIPELINE, $ROUNDS rounds each;" \
     "node $(node --version), express $EXPRESS_VERSION, $(nproc) CPUs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for round in $(seq "$ROUNDS"); do
  echo "--- round $round: syncdesk (in-process WebhookReceiver)"
  "$BENCH" "${COMMON[@]}" --label syncdesk | tee "$WORK/ours.$round" \
    | grep -E '^syncdesk: |^latency|^CPU|^delivered to' || status=1
  grep -q 'delivered=all' "$WORK/ours.$round" || { echo "not every event was delivered" >&2; status=1; }
  echo "--- round $round: express ($EXPRESS_DIR/server.js)"
  node_round express "http://127.0.0.1:$PORT/webhook" "$NODE_PID" "$round"
  if [ -n "$SAMPLE_PID" ]; then
    echo "--- round $round: zoom-sample ($ZOOM_SAMPLE/index.js)"
    node_round zoom-sample "http://127.0.0.1:$SAMPLE_PORT/webhook" "$SAMPLE_PID" "$round"
    # The sample answers 401 to a signature it cannot reproduce: such a round would measure nothing.
    grep -q ' errors=0 ' "$WORK/zoom-sample.$round" || { echo "the Zoom sample refused requests" >&2; status=1; }
  fi
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

summary() { # files-prefix
  local prefix=$1
  eps=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field eps | median)
  p50=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field p50_us | median)
  p99=$(cat "$WORK/$prefix".[0-9]* | grep '^RESULT' | field p99_us | median)
  cpu=$({ cat "$WORK/$prefix".cpu.[0-9]* 2>/dev/null || true; } | sed -n 's/.*: \([0-9.]*\) us\/event/\1/p' | median)
}
summary ours
OURS_EPS=$eps OURS_P50=$p50 OURS_P99=$p99
OURS_CPU=$(cat "$WORK"/ours.[0-9]* | sed -n 's/.*webhook-receive [0-9]*% (\([0-9.]*\) us\/event).*/\1/p' | median)
summary express
EXP_EPS=$eps EXP_P50=$p50 EXP_P99=$p99 EXP_CPU=$cpu

echo
echo "| receiver | events/s (median of $ROUNDS) | p50 latency | p99 latency | server CPU per event |"
echo "|---|---:|---:|---:|---:|"
printf "| Syncdesk WebhookReceiver (Qt, worker thread) | %s | %s us | %s us | %s us |\n" "$OURS_EPS" "$OURS_P50" "$OURS_P99" "$OURS_CPU"
printf "| Express %s on Node %s (tests/bench/express-receiver) | %s | %s us | %s us | %s us |\n" "$EXPRESS_VERSION" "$(node --version)" "$EXP_EPS" "$EXP_P50" "$EXP_P99" "$EXP_CPU"
if [ -n "$SAMPLE_PID" ]; then
  summary zoom-sample
  SAMPLE_EPS=$eps
  printf "| zoom/webhook-sample (%s), stdout to /dev/null | %s | %s us | %s us | %s us |\n" "$SAMPLE_VERSIONS" "$eps" "$p50" "$p99" "$cpu"
fi
awk -v a="$OURS_EPS" -v b="$EXP_EPS" -v z="${SAMPLE_EPS:-0}" -v ca="$OURS_CPU" -v cb="$EXP_CPU" 'BEGIN {
  r = (b > 0 ? a / b : 0)
  printf "\nvs Express: %.2fx (target >= 4x: %s); >= 20000 events/s: %s\n", r, (r >= 4 ? "met" : "MISSED"), (a >= 20000 ? "met" : "MISSED")
  if (z > 0) { rz = a / z; printf "vs zoom/webhook-sample: %.2fx (target >= 8x: %s)\n", rz, (rz >= 8 ? "met" : "MISSED") }
  if (ca > 0 && cb > 0) printf "server CPU per event, Express / ours: %.1fx\n", cb / ca
}'
exit $status
