#!/usr/bin/env bash
# Many schools: a district of SCHOOLS x CLASSES x ACTS_PER_CLASS acts (40 x 25 x 2,000 = 2,000,000 by default,
# DistrictDataset, set-based SQL as the owner) in a database of its own, then, as the app's runtime role with
# row-level security on: the district overview call p95, the class dashboard and act recording with row-level
# security on and off in interleaved rounds (JVM time per call, and PostgreSQL's own statement times from its
# log, as bench/dashboard-sql.sh reads them), figures printed as "BENCHMARK ..." lines.
#
#   bench/district.sh                          # full size; the database is dropped at the end
#   KEEP=1 bench/district.sh                   # keep it: the next run of the same scale skips the build
#   SCHOOLS=3 ACTS_PER_CLASS=200 PAIRS=2 bench/district.sh    # a quick check of the harness
#
# Knobs (environment, passed as -Dbenchmark.*): SCHOOLS=40 CLASSES=25 ACTS_PER_CLASS=2000 DB=ripple_bench_district
#   KEEP=0 REBUILD=0 OVERVIEWS=20 (district overview calls measured) PAIRS=6 (on/off pairs of rounds) DASHBOARDS=100
#   RECORDINGS=100 (calls per round) WARMUP=10 (unmeasured calls per round) SQL_LOG=1.
# SQL_LOG=1 sets log_min_duration_statement = 0 for the benchmark's database only (not the server) and reads the
# server's log (Debian: /var/log/postgresql/postgresql-<ver>-main.log; PG_LOG=<file> to name another).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bool() { case "${1:-0}" in 1|true|yes) echo true ;; *) echo false ;; esac; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
  "$(psql -h 127.0.0.1 -U postgres -qAt -c 'show server_version' 2>/dev/null | sed 's/^/PostgreSQL /');" \
  "load before: $(uptime | sed 's/.*load average: //')"
PGLOG_OPT=()
if [ -n "${PG_LOG:-}" ]; then PGLOG_OPT=(-Dbenchmark.pglog="$PG_LOG"); fi
./mvnw -B ${MVN_OFFLINE:+-o} test-compile failsafe:integration-test failsafe:verify -Dit.test=DistrictBenchmarkIT \
  -Dbenchmark=true \
  -Dbenchmark.schools="${SCHOOLS:-40}" -Dbenchmark.classes="${CLASSES:-25}" -Dbenchmark.actsPerClass="${ACTS_PER_CLASS:-2000}" \
  -Dbenchmark.db="${DB:-ripple_bench_district}" -Dbenchmark.keep="$(bool "${KEEP:-0}")" -Dbenchmark.rebuild="$(bool "${REBUILD:-0}")" \
  -Dbenchmark.overviews="${OVERVIEWS:-20}" -Dbenchmark.pairs="${PAIRS:-6}" -Dbenchmark.dashboards="${DASHBOARDS:-100}" \
  -Dbenchmark.recordings="${RECORDINGS:-100}" -Dbenchmark.warmup="${WARMUP:-10}" -Dbenchmark.sqlLog="$(bool "${SQL_LOG:-1}")" \
  "${PGLOG_OPT[@]}" \
  | tee target/district-benchmark.log | grep -E "BENCHMARK|Tests run|FAIL|ERROR\]" || true
echo "load after: $(uptime | sed 's/.*load average: //')"
