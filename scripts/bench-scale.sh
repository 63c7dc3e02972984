#!/usr/bin/env bash
# Page throughput under wrk on an existing data directory (e.g. one filled by `java -jar target/fazhi.jar generate`),
# against a constant endpoint measured in the same run as the ceiling: CEILING, default /actuator/health/liveness
# (the liveness probe: no database; /actuator/health also asks the database, so it is slower than a constant).
# Usage: FAZHI_HOME=/tmp/fazhi-gen-city scripts/bench-scale.sh USER [PATH...]
#   PATH may contain {unit} (the user's unit, from /progress) and {task} (the first task on the user's /my-unit page);
#   default: /progress/units/{unit} /plans/tasks/{task}. Add more pages by path, e.g. /dashboard.
# Output per run: round path req/s p50(ms) p99(ms) non-2xx timeouts, and the server's CPU time per request
# (utime+stime of the java process from /proc, which moves less than req/s when other work shares the cores).
# wrk's timeout is 30 s, so slow pages are measured, not dropped.
# Env: ROUNDS (3) rounds, each measuring the ceiling and every path in turn; DURATION (20s); CONNECTIONS (32);
#      WARMUP (10s) per path before the rounds (on 2 cores the JIT is still compiling after 10 s);
#      BENCH_PORT (18098); JAVA_OPTS (e.g. -Xmx2g); FAZHI_JAR (target/fazhi.jar; another build for an A/B run). Prints every run, then medians and the ratio to the ceiling.
# Needs: target/fazhi.jar (./mvnw -DskipTests package), wrk, curl. Starts and stops its own instance (FAZHI_DEMO=true).
set -euo pipefail
home=${FAZHI_HOME:?set FAZHI_HOME to the data directory}
user=${1:?user}; shift
paths=("$@"); [ ${#paths[@]} -gt 0 ] || paths=(/progress/units/{unit} /plans/tasks/{task})
port=${BENCH_PORT:-18098}; rounds=${ROUNDS:-3}; dur=${DURATION:-20s}; conns=${CONNECTIONS:-32}
log=$(mktemp /tmp/fazhi-bench-scale.XXXX.log); jar=$(mktemp /tmp/fazhi-bench-cookies.XXXX)
FAZHI_HOME=$home FAZHI_PORT=$port FAZHI_DEMO=true FAZHI_ADMIN_PASSWORD=${FAZHI_ADMIN_PASSWORD:-'Admin@12345x'} \
  java ${JAVA_OPTS:-} -jar "${FAZHI_JAR:-target/fazhi.jar}" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$jar"' EXIT
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
token=$(curl -s -c "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=Fazhi@2026demo&_csrf=$token" "http://localhost:$port/login"
sid=$(awk '$6=="JSESSIONID"{print $7}' "$jar")
cookie="Cookie: JSESSIONID=$sid"
unit=$(curl -s -o /dev/null -w '%{redirect_url}' -H "$cookie" "http://localhost:$port/progress" | sed -n 's#.*/progress/units/\([0-9]*\).*#\1#p')
# users without /my-unit (office, city leader) get no {task} unless TASK is set
task=${TASK:-$( (curl -s -H "$cookie" "http://localhost:$port/my-unit" | grep -o '/plans/tasks/[0-9]*' | head -1 | sed 's#.*/##') || true)}
echo "# $(date -u +%FT%TZ) user=$user unit=$unit task=$task home=$home c=$conns d=$dur rounds=$rounds; load: $(cut -d' ' -f1-3 /proc/loadavg)"
ceiling=${CEILING:-/actuator/health/liveness}
all=("$ceiling")
for p in "${paths[@]}"; do p=${p//\{unit\}/$unit}; all+=("${p//\{task\}/$task}"); done
for p in "${all[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "http://localhost:$port$p")
  echo "# $p -> HTTP $code"
  wrk -t2 -c"$conns" -d"${WARMUP:-10s}" -H "$cookie" "http://localhost:$port$p" >/dev/null   # warm-up
done
results=$(mktemp)
for r in $(seq 1 "$rounds"); do
  for p in "${all[@]}"; do
    before=$(awk '{ print $14 + $15 }' /proc/$app/stat)
    out=$(wrk -t2 -c"$conns" -d"$dur" --timeout 30s --latency -H "$cookie" "http://localhost:$port$p")
    cpu=$(( ($(awk '{ print $14 + $15 }' /proc/$app/stat) - before) * 1000 / $(getconf CLK_TCK) ))
    echo "$out" | awk -v p="$p" -v r="$r" -v cpu="$cpu" '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 } /Socket errors/ { to = $NF } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /Non-2xx/ { bad = $NF }
      END { printf "%d %s %.1f %.2f %.2f non2xx=%s timeouts=%s cpu_ms_per_req=%.2f\n", r, p, rps, p50, p99, bad + 0, to + 0, (n ? cpu / n : 0) }' | tee -a "$results"
  done
  echo "# load after round $r: $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "# medians over $rounds rounds: path req/s p50(ms) p99(ms) ratio-to-ceiling"
sort -k2,2 -k3,3n "$results" | awk -v n="$rounds" '
  { k = $2; c[k]++; rps[k, c[k]] = $3; } END { for (k in c) print k, rps[k, int((c[k] + 1) / 2)] }' > "$results.rps"
for p in "${all[@]}"; do
  m=$(awk -v p="$p" '$1 == p { print $2 }' "$results.rps")
  p50=$(awk -v p="$p" '$2 == p { print $4 }' "$results" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  p99=$(awk -v p="$p" '$2 == p { print $5 }' "$results" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  ceil=$(awk -v c="$ceiling" '$1 == c { print $2 }' "$results.rps")
  echo "$p $m $p50 $p99 $(awk -v a="$m" -v b="$ceil" 'BEGIN { printf "%.2f", a / b }')"
done
rm -f "$results" "$results.rps"
