#!/usr/bin/env bash
# Foundation benchmark: cold start and idle memory of the production jar.
#
#   ./mvnw -B -DskipTests package && bench/startup.sh
#
# Builds nothing. Uses a throwaway database ripple_bench_<random> on the local PostgreSQL
# (RIPPLE_BENCH_DB_HOST/PORT/USER, defaults 127.0.0.1/5432/postgres), dropped at the end.
#
# Cold start = from launching `java` to the first HTTP 200 on /login (curl every 50 ms), in
# three modes:
#   jar        java -jar target/ripple-*.jar (what the README tells people to run)
#   extracted  the same jar unpacked with Spring Boot's `-Djarmode=tools extract`
#   aot        extracted + a JDK 25 AOT cache (-XX:AOTCache) from a training run (needs JDK 24+)
# Idle memory = VmRSS from /proc/<pid>/status RSS_AFTER seconds after launch, with no request
# before that moment, for each set of JVM flags in RSS_VARIANTS (mode RSS_MODE).
#
# Knobs (environment): RUNS=5 RSS_RUNS=3 RSS_AFTER=30 MODES="jar extracted aot" RSS_MODE=jar
#   RSS_VARIANTS="flags;flags;..." (an empty entry means JVM defaults) JAVA_OPTS (added everywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
RSS_RUNS=${RSS_RUNS:-3}
RSS_AFTER=${RSS_AFTER:-30}
MODES=${MODES:-jar extracted aot}
RSS_MODE=${RSS_MODE:-jar}
RSS_VARIANTS=${RSS_VARIANTS:-;-Xms64m -Xmx512m;-XX:+UseSerialGC -Xms64m -Xmx512m}
JAVA_OPTS=${JAVA_OPTS:-}
DB_HOST=${RIPPLE_BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${RIPPLE_BENCH_DB_PORT:-5432}
DB_USER=${RIPPLE_BENCH_DB_USER:-postgres}

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

JAR=$(ls target/ripple-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || { echo "No target/ripple-*.jar: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

WORK=target/bench
DB=ripple_bench_$$_$RANDOM
PORT=$(( 20000 + RANDOM % 20000 ))
APP_PID=""

psql_admin() { psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -c "$1"; }

# Stops the app with SIGTERM, waiting up to $1 seconds (default 10) before SIGKILL.
stop_app() {
  local grace=${1:-10}
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 $(( grace * 10 ))); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  stop_app
  psql_admin "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

# Launches the app in the background: launch MODE "extra flags"
launch() {
  local mode=$1 flags=$2 cmd
  case $mode in
    jar) cmd=(-jar "$JAR") ;;
    extracted) cmd=(-jar "$WORK/app/$(basename "$JAR")") ;;
    aot) cmd=(-XX:AOTCache="$WORK/app.aot" -jar "$WORK/app/$(basename "$JAR")") ;;
    aot-train) cmd=(-XX:AOTCacheOutput="$WORK/app.aot" -jar "$WORK/app/$(basename "$JAR")") ;;
    *) echo "unknown mode $mode" >&2; exit 1 ;;
  esac
  # shellcheck disable=SC2086
  RIPPLE_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB" RIPPLE_DB_USER="$DB_USER" PORT=$PORT \
    "$JAVA" $JAVA_OPTS $flags "${cmd[@]}" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
}

# CPU seconds (user + system) the app has used so far: unlike wall-clock time, hardly changed by
# other processes competing for the cores, so it tells a slow run on a busy machine from a slow app.
cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$APP_PID/stat"; }

# Waits for HTTP 200 on /login, polling every 50 ms; prints "<ms since $1> <cpu s>", or fails after 180 s.
wait_ready() {
  local start=$1
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; then
      echo "$(( $(now_ms) - start )) $(cpu_seconds)"; return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; log: $WORK/app.log" >&2; tail -n 30 "$WORK/app.log" >&2; exit 1; }
    [ $(( $(now_ms) - start )) -lt 180000 ] || { echo "no 200 on /login after 180 s" >&2; exit 1; }
    sleep 0.05
  done
}

mkdir -p "$WORK"
echo "# Ripple startup benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "jar: $JAR ($(du -m "$JAR" | cut -f1) MB)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}"

psql_admin "create database $DB"
# One untimed start migrates the schema, so every timed run starts against the same empty database.
start=$(now_ms); launch jar ""
wait_ready "$start" >/dev/null
stop_app

if [[ " $MODES " == *" extracted "* || " $MODES " == *" aot "* || "$RSS_MODE" != jar ]]; then
  rm -rf "$WORK/app"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
fi
if [[ " $MODES " == *" aot "* || "$RSS_MODE" == aot ]]; then
  # Training run: start, serve the sign-in page a few times, stop; the JVM writes the cache on exit.
  rm -f "$WORK/app.aot"
  start=$(now_ms); launch aot-train ""
  wait_ready "$start" >/dev/null
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; curl -s -o /dev/null "http://127.0.0.1:$PORT/"; done
  # On exit the JVM starts a child JVM that assembles the cache: give it time.
  stop_app 300
  [ -s "$WORK/app.aot" ] || { echo "the training run wrote no AOT cache; log: $WORK/app.log" >&2; exit 1; }
  echo "AOT cache: $(du -m "$WORK/app.aot" | cut -f1) MB"
fi

echo
echo "## Cold start (launch -> first 200 on /login), ms"
declare -A START_MEDIAN CPU_MEDIAN
for mode in $MODES; do
  times=(); cpus=()
  for i in $(seq 1 "$RUNS"); do
    start=$(now_ms)
    launch "$mode" ""
    read -r ms cpu < <(wait_ready "$start") || true
    [ -n "${cpu:-}" ] || exit 1
    stop_app
    times+=("$ms")
    cpus+=("${cpu/./}")
    echo "$mode run $i: $ms ms, ${cpu} s CPU (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  START_MEDIAN[$mode]=$(printf '%s\n' "${times[@]}" | median)
  CPU_MEDIAN[$mode]=$(printf '%s\n' "${cpus[@]}" | median | awk '{printf "%.1f", $1 / 10}')
  echo "$mode median: ${START_MEDIAN[$mode]} ms, ${CPU_MEDIAN[$mode]} s CPU"
done

echo
echo "## Idle RSS ${RSS_AFTER} s after launch, no traffic (mode $RSS_MODE), MB"
declare -A RSS_MEDIAN
IFS=';' read -r -a variants <<<"$RSS_VARIANTS"
for flags in "${variants[@]}"; do
  label=${flags:-defaults}
  values=()
  for i in $(seq 1 "$RSS_RUNS"); do
    start=$(now_ms)
    launch "$RSS_MODE" "$flags"
    sleep "$RSS_AFTER"
    note=""
    if ! grep -q "Started Application in" "$WORK/app.log"; then
      # A busy machine may not have finished starting yet: measure 10 s after it has (still no traffic).
      until grep -q "Started Application in" "$WORK/app.log"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; log: $WORK/app.log" >&2; exit 1; }
        sleep 0.5
      done
      sleep 10
      note=" (measured $(( ($(now_ms) - start) / 1000 )) s after launch: start-up took longer than ${RSS_AFTER} s)"
    fi
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
    # Only now touch the app: it must actually be up for the figure to count.
    wait_ready "$start" >/dev/null
    stop_app
    values+=($(( kb / 1024 )))
    echo "[$label] run $i: $(( kb / 1024 )) MB$note"
  done
  RSS_MEDIAN[$label]=$(printf '%s\n' "${values[@]}" | median)
  echo "[$label] median: ${RSS_MEDIAN[$label]} MB"
done

echo
echo "## Summary"
for mode in $MODES; do echo "cold start median, $mode: ${START_MEDIAN[$mode]} ms (${CPU_MEDIAN[$mode]} s CPU)"; done
for flags in "${variants[@]}"; do label=${flags:-defaults}; echo "idle RSS median, $label: ${RSS_MEDIAN[$label]} MB"; done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
