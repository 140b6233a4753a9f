#!/usr/bin/env bash
# Cell editor benchmark: runs the editor's speed benchmark (dsl/org.lithos.dsl.ui.tests, EditorSpeedBenchmarkTest,
# skipped in ordinary builds) in the real workbench under a virtual X server, on a generated file of about 2,000
# lines, and prints its two figures: UI-thread work per keystroke (200 keys typed every 80 ms in the middle of the
# file) and the time from the last keystroke to the diagnostic in the editor and to the Problems-view marker (5
# rounds that break and repair a unit). Run it on an idle machine: the report gives the load average.
#   releng/org.lithos.product/bench/editor-speed.sh
# It builds what the editor needs offline (./mvnw -o; about 2-4 minutes of build before the benchmark itself).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
MODULE=dsl/org.lithos.dsl.ui.tests
REPORT="$ROOT/$MODULE/target/benchmark.txt"
rm -f "$REPORT"
log="$(mktemp -t lithos-editor-bench.XXXXXX.log)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if ! (cd "$ROOT" && ./mvnw -B -o verify -pl "$MODULE" -am -DskipTests -Dlithos.ui.skipTests=false \
    -Dlithos.benchmark=true -Dtest=EditorSpeedBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1) \
    || [ ! -s "$REPORT" ]; then
  echo "editor-speed: the benchmark did not run; the last lines of $log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
rm -f "$log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$REPORT"
