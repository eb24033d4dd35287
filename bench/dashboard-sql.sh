#!/usr/bin/env bash
# The class dashboard "at the SQL layer": the time PostgreSQL itself spends on the statements of one
# class dashboard (parse + bind + execute of each, COMMIT included), as PostgreSQL logs it, for every
# class dashboard of a bench/dashboard.sh run. The Java side (JDBC round trips, mapping, Spring's
# transaction and security) is left out here; bench/dashboard.sh reports the whole service call.
#
#   bench/dashboard-sql.sh          # ITERATIONS=1000 by default; the other parts of the run are cut short
#
# It switches on log_min_duration_statement = 0 for the whole local server for the length of the run
# (ALTER SYSTEM + reload, reset at the end, also on failure), so run it on a server you own.
# Needs python3 and the cluster's log file (Debian: /var/log/postgresql/postgresql-<ver>-main.log).
set -euo pipefail
cd "$(dirname "$0")/.."
LOG="${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | head -1)}"
PSQL="psql -h 127.0.0.1 -U postgres -qAt"
start=$(wc -l < "$LOG")
$PSQL -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
trap '$PSQL -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null' EXIT
ITERATIONS="${ITERATIONS:-1000}" NAVIGATIONS=20 SESSIONS=5 ROUNDS=1 bench/dashboard.sh | grep -E "BENCHMARK (select|class)" || true
tail -n +"$((start + 1))" "$LOG" > target/dashboard-sql.log
python3 - target/dashboard-sql.log <<'PY'
import re, sys, collections
by_pid = collections.defaultdict(list)
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"\[(\d+)\] \S+ LOG:  duration: ([\d.]+) ms\s+(\w+) [^:]*: (.*)", line)
    if m:
        by_pid[m.group(1)].append((float(m.group(2)), m.group(3), m.group(4)))
dashboards = []
for entries in by_pid.values():
    tx = []
    for d, phase, sql in entries:
        tx.append((d, phase, sql))
        if phase == "execute" and sql.startswith("COMMIT"):
            # one class dashboard = one read-only transaction whose header query starts "select c.name,"
            if any(s.startswith("select c.name,") for _, _, s in tx) and len(tx) < 100:
                dashboards.append(sum(x for x, _, _ in tx))
            tx = []
dashboards.sort()
n = len(dashboards)
if n == 0:
    sys.exit("no class dashboard found in the log")
pct = lambda p: dashboards[min(n - 1, int(n * p / 100))]
print("BENCHMARK class dashboard at the SQL layer (PostgreSQL's own statement times, per dashboard): "
      "n=%d p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms" % (n, pct(50), pct(95), pct(99), dashboards[-1]))
PY
