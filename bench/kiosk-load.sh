#!/usr/bin/env bash
# Several nodes under load: 3,000 open kiosk sessions spread by haproxy over two production-jar nodes,
# each saving an act every 30 s, for 3 minutes. Reports memory per node (RSS, heap, heap after a full
# GC) with every session open and under load, and the save's round trip through haproxy (p50/p95/p99).
# Figures in docs/benchmarks.md, "Failover: two nodes behind haproxy" (load).
#
#   bench/kiosk-load.sh
#   SESSIONS=1000 SECONDS_RUN=60 bench/kiosk-load.sh
#
# Runs FailoverBenchmarkIT's load test (skipped in a normal build; -Dbench.load=true) on a throwaway
# database ripple_test_<random>; node and haproxy logs stay in /tmp/ripple-load*/. Run it alone: it
# takes both cores.
set -euo pipefail
. "$(dirname "$0")/nodes-common.sh"
LOG=target/bench-kiosk-load.log
./mvnw -B ${MVN_OFFLINE:+-o} verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FailoverBenchmarkIT -Dbench.load=true \
  -Dbench.loadSessions="${SESSIONS:-3000}" -Dbench.loadInterval="${INTERVAL:-30}" -Dbench.loadSeconds="${SECONDS_RUN:-180}" \
  -Dbench.xmx="${XMX:-1g}" -Dbench.jit="-XX:+TieredCompilation" >"$LOG" 2>&1 \
  || { grep '^FAILOVER' "$LOG" || true; tail -n 80 "$LOG"; exit 1; }
grep '^FAILOVER' "$LOG"
echo "uptime after:$(uptime)"
