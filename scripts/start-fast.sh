#!/usr/bin/env bash
# Production-style start of the built jar with the measured fast configuration (see docs/benchmarks.md):
# the jar extracted, an AppCDS archive made by one training run (once per build), lazy initialisation of
# beans not needed at start, the serial collector and a 256 MB heap.
# Usage: ./mvnw -DskipTests package && scripts/start-fast.sh      (environment variables as in README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/fazhi.jar
DIR=target/fast
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
if [ ! -f "$DIR/fazhi.jar" ] || [ "$JAR" -nt "$DIR/fazhi.jar" ]; then
  rm -rf "$DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
fi
if [ ! -f "$DIR/app.jsa" ]; then
  echo "training the class-data archive (once per build) ..." >&2
  FAZHI_HOME="$DIR/train-home" FAZHI_PORT=0 FAZHI_DEMO_PLAN=false FAZHI_ADMIN_PASSWORD='Train@2026xyz' \
    java -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$DIR/fazhi.jar" \
    >"$DIR/train.log" 2>&1 || true
  pkill -f "$DIR/train-home/postgres" 2>/dev/null || true
  rm -rf "$DIR/train-home"
fi
exec java -XX:SharedArchiveFile="$DIR/app.jsa" -XX:+UseSerialGC -Xmx${FAZHI_HEAP:-256m} \
  -Dspring.main.lazy-initialization=true -jar "$DIR/fazhi.jar" "$@"
