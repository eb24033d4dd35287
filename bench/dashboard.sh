#!/usr/bin/env bash
# Dashboard benchmark: 1,000,000 generated acts in 500 classes (DashboardDataset, SQL generate_series),
# then class dashboard data and the school overview at the service/SQL layer, dashboard navigation
# round trips through Vaadin's UIDL protocol over HTTP, and heap per dashboard session.
#
#   bench/dashboard.sh            # all three measurements, figures printed as "BENCHMARK ..." lines
#
# Knobs (environment, passed as -Dbenchmark.*): CLASSES=500 ACTS=1000000 ITERATIONS=1000
#   NAVIGATIONS=300 SESSIONS=100 ROUNDS=3. Uses the test database of the failsafe JVM
#   (ripple_test_<random> on the local PostgreSQL, dropped at the end). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(uptime | sed 's/.*load average: //')"
./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmarkIT \
  -Dbenchmark=true \
  -Dbenchmark.classes="${CLASSES:-500}" -Dbenchmark.acts="${ACTS:-1000000}" \
  -Dbenchmark.iterations="${ITERATIONS:-1000}" -Dbenchmark.navigations="${NAVIGATIONS:-300}" \
  -Dbenchmark.sessions="${SESSIONS:-100}" -Dbenchmark.rounds="${ROUNDS:-3}" \
  | tee target/dashboard-benchmark.log | grep -E "BENCHMARK|Tests run|FAIL" || true
echo "load after: $(uptime | sed 's/.*load average: //')"
