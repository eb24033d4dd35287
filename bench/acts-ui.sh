#!/usr/bin/env bash
# Acts recorded per second through Vaadin's own protocol over HTTP, against pgbench's raw INSERT of
# the same kindness_act row, measured in the same run. See docs/benchmarks.md,
# "Recording acts through the UI protocol".
#
#   bench/acts-ui.sh                      # 16 tablets, 3 runs of 20 s (+ 10 s pgbench each)
#   TABLETS=8 RUNS=5 bench/acts-ui.sh
#
# Runs ActsUiBenchmarkIT (skipped in a normal build) through failsafe: the real app (Spring Boot on a
# random port, Vaadin production mode as built by `./mvnw package`, a throwaway database
# ripple_test_<random> on the local PostgreSQL, dropped at the end) and N virtual tablets, one per
# class, in the same JVM. pgbench comes from /usr/lib/postgresql/*/bin.
#
# Knobs (environment): TABLETS=16 STUDENTS=25 DURATION=20 WARMUP=15 RUNS=3 PG_CLIENTS=4 PG_SECONDS=10 PREFILL=2000 GZIP=true
#   EXTRA="-D..." (more Maven/system properties, e.g. a JFR recording in the failsafe JVM).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), uptime:$(uptime)"
LOG=target/bench-acts-ui.log
mkdir -p target
# shellcheck disable=SC2086
./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ActsUiBenchmarkIT -Dbench.acts=true \
  -Dbench.tablets="${TABLETS:-16}" -Dbench.students="${STUDENTS:-25}" -Dbench.seconds="${DURATION:-20}" \
  -Dbench.warmup="${WARMUP:-15}" -Dbench.runs="${RUNS:-3}" -Dbench.pgbench.clients="${PG_CLIENTS:-4}" \
  -Dbench.pgbench.seconds="${PG_SECONDS:-10}" -Dbench.prefill="${PREFILL:-2000}" -Dbench.gzip="${GZIP:-true}" ${EXTRA:-} >"$LOG" 2>&1 || { tail -n 80 "$LOG"; exit 1; }
grep '^BENCH' "$LOG"
echo "uptime after:$(uptime)"
