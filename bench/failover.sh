#!/usr/bin/env bash
# Several nodes behind haproxy: kill -9 one node, restart it, then a rolling restart (each node drains:
# its tablets move to the other node between two students, then it stops), while simulated
# tablets record acts and staff browse. Asserts acknowledged acts lost = 0 and duplicates = 0; reports
# failed requests and when, the time until the dead node's tablets are back at their avatars, staff
# errors on the surviving node and failed saves during the rolling restart. See docs/deploy.md and
# docs/benchmarks.md, "Failover: two nodes behind haproxy".
#
#   bench/failover.sh                    # 16 tablets, 4 staff, 20 s steady, 20 s after the kill
#   TABLETS=8 STEADY=10 bench/failover.sh
#   SHORT=1 bench/failover.sh           # what .ci/run runs: 8 tablets, 10 s steady, 10 s after the kill
#
# Runs FailoverBenchmarkIT (skipped in a normal build) through failsafe, after `package` has built the
# production jar: two `java -jar target/ripple-*.jar` nodes on loopback ports and /usr/sbin/haproxy in
# front of them, on a throwaway database ripple_test_<random> (dropped at the end). Node and haproxy
# logs stay in /tmp/ripple-failover*/.
#
# Knobs (environment): TABLETS=16 STAFF=4 STUDENTS=25 STEADY=20 AFTER_KILL=20 PAUSE_MS=300
set -euo pipefail
. "$(dirname "$0")/nodes-common.sh"
LOG=target/bench-failover.log
if [ -n "${SHORT:-}" ]; then
  TABLETS=${TABLETS:-8} STAFF=${STAFF:-2} STEADY=${STEADY:-10} AFTER_KILL=${AFTER_KILL:-10}
fi
./mvnw -B ${MVN_OFFLINE:+-o} verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FailoverBenchmarkIT -Dbench.failover=true \
  -Dbench.tablets="${TABLETS:-16}" -Dbench.staff="${STAFF:-4}" -Dbench.students="${STUDENTS:-25}" \
  -Dbench.steady="${STEADY:-20}" -Dbench.afterKill="${AFTER_KILL:-20}" -Dbench.pause="${PAUSE_MS:-300}" >"$LOG" 2>&1 \
  || { grep '^FAILOVER' "$LOG" || true; tail -n 80 "$LOG"; exit 1; }
grep '^FAILOVER' "$LOG"
echo "uptime after:$(uptime)"
