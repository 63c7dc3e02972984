#!/usr/bin/env bash
# Cold start to first HTTP 200 on /login and idle RSS of `java -jar`, median of N runs, for a set of JVM
# flag variants, on the embedded PostgreSQL and (if FAZHI_BENCH_DB_URL is set) an external one.
# Usage: scripts/bench-startup.sh [runs]   (build first: ./mvnw -DskipTests package)
#   FAZHI_BENCH_DB_URL / _USER / _PASSWORD: also measure on that external PostgreSQL
#   FAZHI_BENCH_ONLY_EXTERNAL=1: only the external variants
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=target/fazhi.jar
PORT=${FAZHI_BENCH_PORT:-18080}
OUT=${FAZHI_BENCH_OUT:-target/bench-startup}
mkdir -p "$OUT"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# AppCDS archive (Java 17: dynamic archive from a training run that exits after the context refresh).
if [ ! -f "$OUT/extracted/fazhi.jar" ] || [ "$JAR" -nt "$OUT/extracted/fazhi.jar" ]; then
  rm -rf "$OUT/extracted"
  java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
  rm -f "$OUT/app.jsa"
fi
if [ ! -f "$OUT/app.jsa" ]; then
  FAZHI_HOME="$OUT/train-home" FAZHI_PORT=$PORT FAZHI_ADMIN_PASSWORD='Bench@2026xyz' FAZHI_DEMO_PLAN=false \
    java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh -jar "$OUT/extracted/fazhi.jar" \
    >"$OUT/train.log" 2>&1 || true
  # the training run exits at refresh without closing the context, so its embedded server is left behind
  pkill -f "$OUT/train-home/postgres" 2>/dev/null || true
fi

run_once() { # $1 = label, rest = java args
  local label=$1; shift
  local home="$OUT/home-$label"
  local start end pid rss
  start=$(date +%s%N)
  FAZHI_HOME="$home" FAZHI_PORT=$PORT FAZHI_ADMIN_PASSWORD='Bench@2026xyz' java "$@" >"$OUT/$label.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200; do
    if ! kill -0 $pid 2>/dev/null; then echo "start failed, see $OUT/$label.log" >&2; return 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  sleep 5
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

variant() { # $1 = label, rest = java args
  local label=$1; shift
  run_once "$label" "$@" >/dev/null  # first start of a data directory runs initdb and the migrations: not counted
  : >"$OUT/$label.txt"
  for i in $(seq 1 "$RUNS"); do run_once "$label" "$@" >>"$OUT/$label.txt"; done
  printf '%-34s start median %6s ms   idle RSS median %5s MB   (runs: %s)\n' "$label" \
    "$(cut -d' ' -f1 "$OUT/$label.txt" | median)" "$(cut -d' ' -f2 "$OUT/$label.txt" | median)" \
    "$(cut -d' ' -f1 "$OUT/$label.txt" | tr '\n' ' ')"
}

if [ -z "${FAZHI_BENCH_ONLY_EXTERNAL:-}" ]; then
variant plain -jar "$JAR"
variant serialgc-xmx256 -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 -jar "$JAR"
variant cds-lazy-serialgc -XX:SharedArchiveFile="$OUT/app.jsa" -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 \
  -Dspring.main.lazy-initialization=true -jar "$OUT/extracted/fazhi.jar"
fi
if [ -n "${FAZHI_BENCH_FULL_JIT:-}" ]; then  # what scripts/start-fast.sh runs: full JIT for peak throughput
  variant cds-lazy-serialgc-fulljit -XX:SharedArchiveFile="$OUT/app.jsa" -XX:+UseSerialGC -Xmx256m \
    -Dspring.main.lazy-initialization=true -jar "$OUT/extracted/fazhi.jar"
fi
if [ -n "${FAZHI_BENCH_DB_URL:-}" ]; then
  export FAZHI_DB_URL=$FAZHI_BENCH_DB_URL FAZHI_DB_USER=${FAZHI_BENCH_DB_USER:-fazhi} FAZHI_DB_PASSWORD=${FAZHI_BENCH_DB_PASSWORD:-}
  variant external-plain -jar "$JAR"
  variant external-cds-lazy-serialgc -XX:SharedArchiveFile="$OUT/app.jsa" -XX:+UseSerialGC -Xmx256m \
    -XX:TieredStopAtLevel=1 -Dspring.main.lazy-initialization=true -jar "$OUT/extracted/fazhi.jar"
fi
