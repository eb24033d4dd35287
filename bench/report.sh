#!/bin/sh
# Term report benchmark: one 30-student class with a full term (first report after start, warm
# p50/p95, bytes allocated per report), then a bulk zip of 20 classes. Figures are printed and
# written to target/benchmarks/report.txt; record them in docs/benchmarks.md.
# Options: -Dbenchmark.reports=60 -Dbenchmark.classes=20
set -e
cd "$(dirname "$0")/.."
./mvnw -B test -Dtest=ReportBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true "$@"
cat target/benchmarks/report.txt
