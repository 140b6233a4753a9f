#!/usr/bin/env bash
# Fault tests of the headless product (issue 14): interrupt, kill, concurrent runs, reruns, unusable and full
# output folders. After each, the output folder must be trustworthy: study.json present and matching the run
# folders (every finished run has a complete folder, nothing else is there), no temporary file, the right exit code.
set -uo pipefail
set -m # background jobs get the default SIGINT disposition, as an interactive Ctrl-C would
PRODUCTS="$1"
CLI="$PRODUCTS/lithos.cli/linux/gtk/x86_64/lithos"
failures=0
fail() { echo "fault test FAILED: $*" >&2; failures=$((failures + 1)); }
lithos() { "$CLI/lithos" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# a sweep of 30 half cells x 2000 cycles, each file in its own folder (a folder's files are one project)
mkdir -p "$work/sweep" "$work/quick" "$work/kill" "$work/fewer"
cat > "$work/sweep/sweep.cell" <<'CELL'
package faults
import lithos.materials.*
cell Half {
    format half
    area 1 cm2
    counter Li foil 100 um
    separator Li6PS5Cl 600 um
    collector Cu 10 um
    pressure 5 MPa
}
protocol Cycle(j = 1 mA/cm2, n = 2000) { repeat n { plate at j for 0.2 mAh/cm2  strip at j until 0.2 V } }
study Sweep {
    vary j in [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42, 0.44,
               0.46, 0.48, 0.5, 0.52, 0.54, 0.56, 0.58, 0.6, 0.62, 0.64, 0.66, 0.68] mA/cm2
    run Half with Cycle(j = j)
}
CELL
sed -e 's/n = 2000/n = 3/' -e 's/study Sweep/study Quick/' "$work/sweep/sweep.cell" > "$work/quick/quick.cell"

# check_folder STUDY_DIR STATUS: study.json says STATUS and lists exactly the run folders present, each complete
check_folder() {
  local dir="$1" status="$2"
  [ -f "$dir/study.json" ] || { fail "$dir has no study.json"; return; }
  grep -q "\"status\": \"$status\"" "$dir/study.json" || fail "$dir/study.json is not '$status': $(grep '"status"' "$dir/study.json")"
  local listed present
  listed=$(grep -o '"folder": "[^"]*"' "$dir/study.json" | sed 's/"folder": "\(.*\)"/\1/' | sort)
  present=$(find "$dir" -mindepth 1 -maxdepth 1 -type d ! -name charts -printf '%f\n' | sort)
  [ "$listed" = "$present" ] || fail "$dir: folders on disk differ from study.json: $(diff <(echo "$listed") <(echo "$present") | head -5)"
  for run in $listed; do
    for file in result.json cycles.csv series.csv; do
      [ -s "$dir/$run/$file" ] || fail "$dir/$run/$file missing in a run listed as finished"
    done
  done
  [ -z "$(find "$dir" -name '*.part')" ] || fail "$dir holds temporary files: $(find "$dir" -name '*.part' | head -3)"
  local finished cancelled runs
  finished=$(grep -c '"state": "finished"' "$dir/study.json")
  [ "$finished" = "$(echo "$listed" | grep -c .)" ] || fail "$dir: $finished finished runs but $(echo "$listed" | grep -c .) folders"
}

# wait_for_runs LOG N: until a running study's log reports N finished runs (at most 60 s)
wait_for_runs() {
  for _ in $(seq 600); do
    [ "$(grep -c ': finished (' "$1" 2>/dev/null)" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

# 1. SIGINT mid-sweep: exit 130, finished runs kept, the others recorded as cancelled
out="$work/out-int"
"$CLI/lithos" run "$work/sweep/sweep.cell" --out "$out" --jobs 1 >"$work/int.log" 2>&1 &
pid=$!
wait_for_runs "$work/int.log" 1 || fail "SIGINT: no run finished within 60 s: $(tail -3 "$work/int.log")"
start=$(date +%s)
kill -INT -- "-$pid"
wait "$pid"; code=$?
seconds=$(( $(date +%s) - start ))
echo "fault test: Ctrl-C mid-sweep exited $code after $seconds s" >&2
[ "$code" = 130 ] || fail "SIGINT: exit code $code, expected 130: $(tail -3 "$work/int.log")"
[ "$seconds" -le 20 ] || fail "SIGINT: the run took $seconds s to stop (runs in flight must notice at once)"
check_folder "$out/Sweep" cancelled
grep -q '"state": "cancelled"' "$out/Sweep/study.json" || fail "SIGINT: no run recorded as cancelled"
grep -q '"state": "finished"' "$out/Sweep/study.json" || fail "SIGINT: the run that finished before was not kept"

# 2. two concurrent runs on one folder: the second is refused at once, the first is unharmed
out="$work/out-concurrent"
"$CLI/lithos" run "$work/sweep/sweep.cell" --out "$out" --jobs 1 >"$work/first.log" 2>&1 &
pid=$!
wait_for_runs "$work/first.log" 1 || fail "concurrent: the first run did not start"
second=$(lithos run "$work/quick/quick.cell" --out "$out" 2>&1); code=$?
[ "$code" = 1 ] || fail "concurrent: the second run exited $code, expected 1"
[[ "$second" == *"another Lithos run is writing to $out"* ]] || fail "concurrent: the second run said: $second"
[ ! -e "$out/Quick" ] || fail "concurrent: the refused run wrote $out/Quick"
kill -INT -- "-$pid"; wait "$pid"
check_folder "$out/Sweep" cancelled

# 3. SIGKILL mid-write: the previous results stay as they were; the next run cleans up and replaces them
out="$work/out-kill"
lithos run "$work/quick/quick.cell" --out "$out" >/dev/null 2>&1 || fail "kill: the first run failed"
check_folder "$out/Quick" finished
before=$(cd "$out/Quick" && find . -type f -exec md5sum {} + | sort)
sed -e 's/n = 3)/n = 2000)/' "$work/quick/quick.cell" > "$work/kill/kill.cell"
"$CLI/lithos" run "$work/kill/kill.cell" --out "$out" --jobs 2 >"$work/kill.log" 2>&1 &
pid=$!
wait_for_runs "$work/kill.log" 2 || fail "kill: no run finished"
kill -KILL -- "-$pid"; wait "$pid" 2>/dev/null
after=$(cd "$out/Quick" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "kill: the previous results changed"
lithos run "$work/quick/quick.cell" --out "$out" >/dev/null 2>&1 || fail "kill: the rerun failed"
check_folder "$out/Quick" finished
[ -z "$(find "$out" -maxdepth 1 -name '.*staging*')" ] || fail "kill: the killed run's staging folder is still there"

# 4. a rerun with fewer runs leaves exactly the new runs
sed -e 's/vary j in \[.*/vary j in [0.1] mA\/cm2/' -e '/^               0.46/d' "$work/quick/quick.cell" > "$work/fewer/fewer.cell"
lithos run "$work/fewer/fewer.cell" --out "$out" >/dev/null 2>&1 || fail "rerun: failed"
check_folder "$out/Quick" finished
[ "$(find "$out/Quick" -mindepth 1 -maxdepth 1 -type d ! -name charts | wc -l)" = 1 ] || fail "rerun: old run folders left"

# 5. unusable output folders are refused before simulating
msg=$(lithos run "$work/quick/quick.cell" --out /proc/lithos-fault 2>&1); code=$?
[ "$code" = 1 ] && [[ "$msg" == *"/proc"* ]] && [[ "$msg" != *"results in"* ]] || fail "/proc: exit $code: $msg"
touch "$work/a-file"
msg=$(lithos run "$work/quick/quick.cell" --out "$work/a-file" 2>&1); code=$?
[ "$code" = 1 ] && [[ "$msg" == *"is a file, not a folder"* ]] || fail "file as --out: exit $code: $msg"

# 6. a full disk (a small tmpfs; needs root, as CI has): refused up front, or failing mid-run without a trace
if [ "$(id -u)" = 0 ] && mkdir -p "$work/full" && mount -t tmpfs -o size=2m tmpfs "$work/full" 2>/dev/null; then
  msg=$(lithos run "$work/quick/quick.cell" --out "$work/full/out" 2>&1); code=$?
  [ "$code" = 1 ] && [[ "$msg" == *"full"* ]] || fail "full disk: exit $code: $msg"
  umount "$work/full"
  mount -t tmpfs -o size=6m tmpfs "$work/full"
  msg=$(lithos run "$work/kill/kill.cell" --out "$work/full/out" --jobs 2 2>&1); code=$?
  [ "$code" = 1 ] || fail "disk filling up: exit $code: $msg"
  if [ -d "$work/full/out/Quick" ]; then check_folder "$work/full/out/Quick" incomplete; fi
  [ -z "$(find "$work/full/out" -maxdepth 1 -name '.*staging*')" ] || fail "disk filling up: staging folder left"
  umount "$work/full"
else
  echo "fault test: not root or no tmpfs here, full disk not checked" >&2
fi

if [ "$failures" -gt 0 ]; then
  echo "fault test: $failures failed" >&2
  exit 1
fi
echo "fault test: interrupt, kill, concurrent, rerun, unusable and full folders OK"
