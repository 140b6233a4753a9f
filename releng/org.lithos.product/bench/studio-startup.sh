#!/usr/bin/env bash
# Studio start-up benchmark: starts `./lithos studio dsl/examples/tour.cell` N times (default 5) under a virtual X
# server, each in a new JVM on the same workspace, and prints the time from JVM start until the workbench window
# with tour.cell open answers events (the studio's smoke-test mode prints it, checks nothing else and closes), then
# the median, minimum and maximum. Run it on an idle machine: it prints the load average before and after.
#   releng/org.lithos.product/bench/studio-startup.sh [N]
# The first start of a new workspace is not counted (it creates the workspace's metadata, once per workspace).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
N="${1:-5}"
command -v xvfb-run >/dev/null || { echo "studio-startup: xvfb-run is needed" >&2; exit 2; }
WORKSPACE="$(mktemp -d -t lithos-bench-workspace.XXXXXX)"
trap 'rm -rf "$WORKSPACE"' EXIT
start() {
  (cd "$ROOT" && LITHOS_WORKSPACE="$WORKSPACE" \
    LITHOS_VMARGS="-Xmx2g -Xms512m -XX:+UseSerialGC -Dlithos.studio.smokeTest=true" \
    timeout 300 xvfb-run -a ./lithos studio dsl/examples/tour.cell 2>&1)
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start >/dev/null || true   # builds the product if needed, creates the workspace
times=()
for i in $(seq 1 "$N"); do
  out="$(start)" || { echo "studio-startup: start $i failed: $(tail -n 5 <<<"$out")" >&2; exit 1; }
  line="$(grep -o "workbench window open after [0-9]* ms, title '[^']*'" <<<"$out" || true)"
  [[ "$line" == *"title 'tour.cell - Lithos Studio'"* && "$out" == *"editors [tour.cell]"* ]] \
    || { echo "studio-startup: start $i did not open tour.cell: $(tail -n 5 <<<"$out")" >&2; exit 1; }
  ms="$(sed -E 's/.*after ([0-9]+) ms.*/\1/' <<<"$line")"
  echo "start $i: $ms ms"
  times+=("$ms")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
count=${#sorted[@]}
if (( count % 2 )); then median=${sorted[$((count / 2))]}
else median=$(( (sorted[count / 2 - 1] + sorted[count / 2]) / 2 )); fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v n="$count" -v med="$median" -v min="${sorted[0]}" -v max="${sorted[count-1]}" 'BEGIN {
  printf "studio start to a usable workbench with tour.cell open, %d starts: median %.1f s, min %.1f s, max %.1f s\n",
    n, med / 1000, min / 1000, max / 1000 }'
