#!/usr/bin/env bash
# Page throughput under wrk against a constant endpoint in the same run.
# Usage: scripts/bench-pages.sh USER PATH... (paths may contain {unit}: the user's unit page id, found from /progress)
# Needs: target/fazhi.jar (./mvnw -DskipTests package), wrk. Starts its own instance with the demo accounts.
set -euo pipefail
user=${1:?user}; shift
port=${BENCH_PORT:-18097}
home=$(mktemp -d /tmp/fazhi-bench.XXXX)
FAZHI_HOME=$home FAZHI_PORT=$port FAZHI_DEMO=true FAZHI_ADMIN_PASSWORD='Admin@12345x' \
  java -jar target/fazhi.jar > "$home/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
jar=$home/cookies
token=$(curl -s -c "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=Fazhi@2026demo&_csrf=$token" "http://localhost:$port/login"
sid=$(awk '$6=="JSESSIONID"{print $7}' "$jar")
unit=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: JSESSIONID=$sid" "http://localhost:$port/progress" | sed -n 's#.*/progress/units/\([0-9]*\).*#\1#p')
for path in /actuator/health "$@"; do
  path=${path//\{unit\}/$unit}
  wrk -t2 -c32 -d10s -H "Cookie: JSESSIONID=$sid" "http://localhost:$port$path" >/dev/null   # warm-up
  echo "== $path"
  wrk -t2 -c32 -d20s --latency -H "Cookie: JSESSIONID=$sid" "http://localhost:$port$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
