#!/usr/bin/env bash
# Issue 9, figure 5: start-up time and memory (RSS after start, and after 1,000 requests) of the product
# against a bare Camunda Spring Boot web application with the same versions (bench/bare-camunda), both on
# in-memory H2 with the same heap limit, started alternately RUNS times on this machine. Start-up is timed to
# the first answer about the deployed process. Adds its rows to target/benchmark/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
# The same heap limit for both, as a production set-up would give one (without it the JVM may take a quarter
# of the machine's memory and the RSS measures the collector's leisure rather than what the application needs).
HEAP=${HEAP:--Xmx512m}
REQUESTS=${REQUESTS:-1000}
PRODUCT_PORT=18080
BARE_PORT=18081

mvn -q -ntp -B package -DskipTests
mvn -q -ntp -B -f bench/bare-camunda/pom.xml package -DskipTests
PRODUCT_JAR=$(ls target/privacy-requests-*.jar | grep -v original | head -1)
BARE_JAR=bench/bare-camunda/target/bare-camunda-1.jar

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# start <jar> <port> <url that answers once it is up and its process is deployed> [args...]: prints "pid seconds"
start() {
  local jar=$1 port=$2 url=$3; shift 3
  local begin; begin=$(date +%s.%N)
  java "$HEAP" -jar "$jar" --server.port="$port" "$@" > "target/benchmark/$(basename "$jar").log" 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null -u demo:demo "$url"; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "$jar did not start" >&2; exit 1; }
  done
  echo "$pid $(awk -v now="$(date +%s.%N)" -v begin="$begin" 'BEGIN { printf "%.1f", now - begin }')"
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

mkdir -p target/benchmark
declare -a P_START P_RSS P_RSS_LOAD B_START B_RSS B_RSS_LOAD
for run in $(seq 1 "$RUNS"); do
  read -r pid secs < <(start "$PRODUCT_JAR" $PRODUCT_PORT "http://127.0.0.1:$PRODUCT_PORT/engine-rest/process-definition/key/data-subject-request" \
      --spring.datasource.url="jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1" --privacy.mail.embedded-server.smtp-port=33025 \
      --privacy.mail.embedded-server.imap-port=33143)
  P_START+=("$secs"); P_RSS+=("$(rss_mb "$pid")")
  seq 1 "$REQUESTS" | xargs -P 4 -I@@ curl -fs -o /dev/null -u demo:demo -H 'Content-Type: application/json' \
      "http://127.0.0.1:$PRODUCT_PORT/api/requests" \
      -d '{"requesterEmail":"load@@@bench.example","requestTypes":["access"],"text":"Inzage","language":"nl"}'
  sleep 5
  P_RSS_LOAD+=("$(rss_mb "$pid")")
  stop "$pid"

  read -r pid secs < <(start "$BARE_JAR" $BARE_PORT "http://127.0.0.1:$BARE_PORT/engine-rest/process-definition/key/bare")
  B_START+=("$secs"); B_RSS+=("$(rss_mb "$pid")")
  seq 1 "$REQUESTS" | xargs -P 4 -I@@ curl -fs -o /dev/null -H 'Content-Type: application/json' \
      "http://127.0.0.1:$BARE_PORT/engine-rest/process-definition/key/bare/start" -d '{}'
  sleep 5
  B_RSS_LOAD+=("$(rss_mb "$pid")")
  stop "$pid"
  echo "run $run: product ${P_START[-1]} s, ${P_RSS[-1]} MB, ${P_RSS_LOAD[-1]} MB after load; bare ${B_START[-1]} s, ${B_RSS[-1]} MB, ${B_RSS_LOAD[-1]} MB after load"
done

# row <what> <unit> <goal> <ours...> -- <baseline...>: min / median / max of each and of the per-run ratios
python3 - "$RUNS" "${P_START[@]}" "${B_START[@]}" "${P_RSS[@]}" "${B_RSS[@]}" "${P_RSS_LOAD[@]}" "${B_RSS_LOAD[@]}" <<'PY'
import sys, statistics
runs = int(sys.argv[1]); v = [float(x) for x in sys.argv[2:]]
groups = [v[i * runs:(i + 1) * runs] for i in range(6)]
def mmm(xs, unit):
    return f"{min(xs):.1f} / {statistics.median(xs):.1f} / {max(xs):.1f}{unit}"
rows = [("Start-up time to first answer", " s", groups[0], groups[1]),
        ("Memory (RSS) after start", " MB", groups[2], groups[3]),
        ("Memory (RSS) after 1,000 requests", " MB", groups[4], groups[5])]
with open("target/benchmark/results.md", "a") as out:
    for what, unit, ours, bare in rows:
        ratios = [o / b for o, b in zip(ours, bare)]
        met = statistics.median(ratios) <= 1.3
        row = (f"| {what}, against a bare Camunda web app | {mmm(bare, unit)} | {mmm(ours, unit)} | "
               f"{min(ratios):.2f} / {statistics.median(ratios):.2f} / {max(ratios):.2f} | ≤ 1.3 | {'met' if met else '**missed**'} |")
        print("BENCHMARK " + row)
        out.write(row + "\n")
PY
